package org.chengxiang.platform.calendar;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * Command to add or replace one special day of the calendar.
 */
public record DefineCalendarDay(@NotNull LocalDate date, @NotNull DayKind kind,
		@NotBlank @Size(max = 100) String name) {
}
