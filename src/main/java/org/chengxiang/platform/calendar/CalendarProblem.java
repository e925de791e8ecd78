package org.chengxiang.platform.calendar;


import org.chengxiang.platform.web.ReaderLocale;

import org.springframework.context.MessageSource;

/**
 * What can be wrong with a calendar request, worded for the ProblemDetail {@code detail} in the reader's language
 * ({@code 工作日数不能为负}, or {@code days must not be negative}); the field is the problem's {@code field} property.
 * <p>
 * The texts here are defaults: a key present in the messages files wins. Argument {@code {0}} is
 * always the field name.
 */
enum CalendarProblem {

	TITLE("calendar.problem.title"),

	REQUIRED("calendar.problem.required"),

	INVALID_DATE("calendar.problem.invalid-date"),

	INVALID_NUMBER("calendar.problem.invalid-number"),

	INVALID_KIND("calendar.problem.invalid-kind"),

	UNREADABLE("calendar.problem.unreadable"),

	TOO_LONG("calendar.problem.too-long"),

	NEGATIVE_DAYS("calendar.problem.negative-days"),

	TOO_MANY_DAYS("calendar.problem.too-many-days"),

	DATE_OUT_OF_RANGE("calendar.problem.date-out-of-range"),

	YEAR_OUT_OF_RANGE("calendar.problem.year-out-of-range");

	private final String key;

	CalendarProblem(String key) {
		this.key = key;
	}

	String key() {
		return key;
	}

	/**
	 * The text for a field in the reader's language (the field itself goes to the problem's {@code field} property);
	 * arguments are strings so that numbers are not grouped ({@code 3,650}).
	 */
	String describe(MessageSource messages, String field, String... arguments) {
		Object[] all = new Object[arguments.length + 1];
		all[0] = field;
		System.arraycopy(arguments, 0, all, 1, arguments.length);
		return inReaderLanguage(messages, all);
	}

	/**
	 * The text without a field, for titles.
	 */
	String describe(MessageSource messages) {
		return inReaderLanguage(messages, new Object[0]);
	}

	private String inReaderLanguage(MessageSource messages, Object[] arguments) {
		return messages.getMessage(key, arguments, ReaderLocale.current());
	}

}
