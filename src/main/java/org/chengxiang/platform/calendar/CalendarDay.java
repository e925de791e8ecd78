package org.chengxiang.platform.calendar;

import java.time.LocalDate;

/**
 * A day that departs from the ordinary week, with the festival it belongs to and where it came from.
 *
 * @param date the day
 * @param kind holiday or worked weekend day
 * @param name the festival, e.g. 国庆节
 * @param source {@value #BUNDLED} or {@value #ADMIN}
 */
public record CalendarDay(LocalDate date, DayKind kind, String name, String source) {

	/** Source of the days shipped with the application in {@code calendar/cn-holidays.csv}. */
	public static final String BUNDLED = "bundled:calendar/cn-holidays.csv";

	/** Source of the days an administrator defined. */
	public static final String ADMIN = "admin";

}
