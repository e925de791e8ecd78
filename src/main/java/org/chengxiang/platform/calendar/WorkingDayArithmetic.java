package org.chengxiang.platform.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Map;

/**
 * Counting in working days over a fixed set of special days: Monday to Friday work, Saturday and
 * Sunday rest, unless a special day says otherwise.
 */
final class WorkingDayArithmetic {

	/** About fourteen years: far beyond any legal deadline, small enough to stay a typo guard. */
	static final int MAX_WORKING_DAYS = 3650;

	/** The five-day week began on 1995-05-01; before it Saturdays were worked, so the rule is wrong. */
	static final LocalDate FIRST_SUPPORTED = LocalDate.of(1995, 5, 1);

	static final LocalDate LAST_SUPPORTED = LocalDate.of(2999, 12, 31);

	private final Map<LocalDate, DayKind> specialDays;

	WorkingDayArithmetic(Map<LocalDate, DayKind> specialDays) {
		this.specialDays = Map.copyOf(specialDays);
	}

	boolean isWorkingDay(LocalDate date) {
		requireSupported(date, "date");
		return works(date);
	}

	private boolean works(LocalDate date) {
		DayKind kind = specialDays.get(date);
		if (kind != null) {
			return kind == DayKind.WORKDAY;
		}
		DayOfWeek weekday = date.getDayOfWeek();
		return weekday != DayOfWeek.SATURDAY && weekday != DayOfWeek.SUNDAY;
	}

	/**
	 * The {@code days}-th working day after {@code start}; {@code start} itself never counts, so
	 * zero days answers {@code start} even when it is a holiday.
	 */
	LocalDate addWorkingDays(LocalDate start, int days) {
		requireSupported(start, "start");
		if (days < 0) {
			throw new InvalidCalendarInput("days", CalendarProblem.NEGATIVE_DAYS);
		}
		if (days > MAX_WORKING_DAYS) {
			throw new InvalidCalendarInput("days", CalendarProblem.TOO_MANY_DAYS, String.valueOf(MAX_WORKING_DAYS));
		}
		LocalDate day = start;
		for (int counted = 0; counted < days;) {
			day = day.plusDays(1);
			if (works(day)) {
				counted++;
			}
		}
		return day;
	}

	/**
	 * Working days in {@code (from, to]}, so that {@code workingDaysBetween(d, addWorkingDays(d, n)) == n};
	 * negative when {@code to} is before {@code from} (e.g. how many working days a deadline is past).
	 */
	int workingDaysBetween(LocalDate from, LocalDate to) {
		requireSupported(from, "from");
		requireSupported(to, "to");
		if (to.isBefore(from)) {
			return -countWorkingDays(to, from);
		}
		return countWorkingDays(from, to);
	}

	private int countWorkingDays(LocalDate fromExclusive, LocalDate toInclusive) {
		int count = 0;
		long span = ChronoUnit.DAYS.between(fromExclusive, toInclusive);
		for (long offset = 1; offset <= span; offset++) {
			if (works(fromExclusive.plusDays(offset))) {
				count++;
			}
		}
		return count;
	}

	static void requireSupported(LocalDate date, String field) {
		if (date == null) {
			throw new InvalidCalendarInput(field, CalendarProblem.REQUIRED);
		}
		if (date.isBefore(FIRST_SUPPORTED) || date.isAfter(LAST_SUPPORTED)) {
			throw new InvalidCalendarInput(field, CalendarProblem.DATE_OUT_OF_RANGE, FIRST_SUPPORTED.toString(),
					LAST_SUPPORTED.toString());
		}
	}

}
