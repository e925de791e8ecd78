package org.chengxiang.platform.calendar;

import java.time.LocalDate;

/**
 * A day that departs from the ordinary week: its kind, festival (国庆节) and source ({@link #BUNDLED}, {@link #ADMIN}).
 */
public record CalendarDay(LocalDate date, DayKind kind, String name, String source) {

	/** Source of the days shipped with the application in {@code calendar/cn-holidays.csv}. */
	public static final String BUNDLED = "bundled:calendar/cn-holidays.csv";

	/** Source of the days an administrator defined. */
	public static final String ADMIN = "admin";

}
