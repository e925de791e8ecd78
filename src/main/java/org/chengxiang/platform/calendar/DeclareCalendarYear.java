package org.chengxiang.platform.calendar;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * Command to record that a year's official arrangement is complete, citing the notice it comes from.
 */
public record DeclareCalendarYear(int year, @NotBlank @Size(max = 1000) String source) {
}
