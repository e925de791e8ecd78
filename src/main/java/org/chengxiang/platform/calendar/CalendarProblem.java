package org.chengxiang.platform.calendar;

import java.util.Locale;

import org.chengxiang.platform.web.Wording;

import org.springframework.context.MessageSource;

/**
 * What can be wrong with a calendar request, worded for the ProblemDetail {@code detail} in the reader's language
 * ({@code 工作日数不能为负}, or {@code days must not be negative}); the field is the problem's {@code field} property.
 * <p>
 * The texts here are defaults: a key present in the messages files wins. Argument {@code {0}} is
 * always the field name.
 */
enum CalendarProblem {

	TITLE("calendar.problem.title", "请求参数无效", "Invalid request"),

	REQUIRED("calendar.problem.required", "不能为空", "{0} is required"),

	INVALID_DATE("calendar.problem.invalid-date", "日期格式应为 yyyy-MM-dd",
			"{0} must be a date written yyyy-MM-dd"),

	INVALID_NUMBER("calendar.problem.invalid-number", "应为整数", "{0} must be a whole number"),

	INVALID_KIND("calendar.problem.invalid-kind", "应为 HOLIDAY（放假）或 WORKDAY（调休上班）",
			"{0} must be HOLIDAY or WORKDAY"),

	UNREADABLE("calendar.problem.unreadable", "不是有效的 JSON", "{0} is not valid JSON"),

	TOO_LONG("calendar.problem.too-long", "不能超过 {1} 个字符", "{0} must be at most {1} characters"),

	NEGATIVE_DAYS("calendar.problem.negative-days", "工作日数不能为负", "{0} must not be negative"),

	TOO_MANY_DAYS("calendar.problem.too-many-days", "工作日数不能超过 {1}", "{0} must not exceed {1}"),

	DATE_OUT_OF_RANGE("calendar.problem.date-out-of-range", "日期应在 {1} 至 {2} 之间",
			"{0} must be between {1} and {2}"),

	YEAR_OUT_OF_RANGE("calendar.problem.year-out-of-range", "年份应在 {1} 至 {2} 之间",
			"{0} must be between {1} and {2}");

	private static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;

	private final String key;

	private final String chinese;

	private final String english;

	CalendarProblem(String key, String chinese, String english) {
		this.key = key;
		this.chinese = chinese;
		this.english = english;
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
		String chineseText = messages.getMessage(key, arguments, chinese, CHINESE);
		String englishText = messages.getMessage(key, arguments, english, Locale.ENGLISH);
		return Wording.of(chineseText, englishText);
	}

}
