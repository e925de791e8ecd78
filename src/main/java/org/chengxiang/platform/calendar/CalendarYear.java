package org.chengxiang.platform.calendar;

/**
 * A year whose official holiday arrangement is loaded, with the notice it comes from.
 */
public record CalendarYear(int year, String source) {
}
