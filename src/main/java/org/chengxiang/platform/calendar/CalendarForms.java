package org.chengxiang.platform.calendar;

/**
 * What people type into the calendar page's forms, as text: a date or number that cannot be read
 * comes back to the form as typed, with the problem on its field.
 */
final class CalendarForms {

	private CalendarForms() {
	}

	/** A special day to define: {@code date} as {@code yyyy-MM-dd}, {@code kind} a {@link DayKind}. */
	record DayForm(String date, String kind, String name) {

		static DayForm blank() {
			return new DayForm("", DayKind.HOLIDAY.name(), "");
		}

	}

	/** The {@code days}-th working day after {@code start}. */
	record AdditionForm(String start, String days) {
	}

	/** The working days after {@code from} up to and including {@code to}. */
	record BetweenForm(String from, String to) {
	}

}
