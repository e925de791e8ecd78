package org.chengxiang.platform.calendar;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * Command to record that a year's official arrangement is complete in the calendar.
 *
 * @param year the year the arrangement is for
 * @param source the notice it comes from (title, document number, URL)
 */
public record DeclareCalendarYear(int year, @NotBlank @Size(max = 1000) String source) {
}
