package org.chengxiang.plan;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Dates as plans write them: 2020年11月24日, 二〇二〇年十一月二十四日, 2020-11-24. */
final class PlanDates {

	private static final String DIGITS = "〇○零O0一二三四五六七八九";

	private static final Pattern DATE = Pattern.compile("(\\d{4})\\s*年\\s*(\\d{1,2})\\s*月\\s*(\\d{1,2})\\s*日"
			+ "|(\\d{4})[-/.．](\\d{1,2})[-/.．](\\d{1,2})(?!\\d)"
			+ "|([〇○零O0一二三四五六七八九]{4})\\s*年\\s*([一二三四五六七八九十]{1,2})\\s*月\\s*([一二三四五六七八九十]{1,3})\\s*日");

	/** A line that ends in a date, e.g. 大石桥市人民政府办公室 2020年11月24日 or （2020年11月24日）. */
	private static final Pattern DATED_LINE = Pattern.compile("^(.*?)[\\s（(]*(" + DATE.pattern() + ")[\\s）)]*$");

	private PlanDates() {
	}

	/**
	 * A line that holds a date at its end and maybe a name before it.
	 *
	 * @param before what precedes the date, trimmed; empty for a line that is only a date
	 * @param date the date
	 */
	record DatedLine(String before, LocalDate date) {
	}

	/** The first date in a text. */
	static Optional<LocalDate> find(String text) {
		Matcher matcher = DATE.matcher(text);
		return matcher.find() ? toDate(matcher) : Optional.empty();
	}

	/** The line as a dated line, empty when it does not end in a date. */
	static Optional<DatedLine> ofLine(String line) {
		Matcher matcher = DATED_LINE.matcher(line.strip());
		if (!matcher.matches()) {
			return Optional.empty();
		}
		return find(matcher.group(2)).map((date) -> new DatedLine(matcher.group(1).strip(), date));
	}

	private static Optional<LocalDate> toDate(Matcher date) {
		try {
			if (date.group(1) != null) {
				return Optional.of(LocalDate.of(Integer.parseInt(date.group(1)), Integer.parseInt(date.group(2)),
						Integer.parseInt(date.group(3))));
			}
			if (date.group(4) != null) {
				return Optional.of(LocalDate.of(Integer.parseInt(date.group(4)), Integer.parseInt(date.group(5)),
						Integer.parseInt(date.group(6))));
			}
			return Optional.of(LocalDate.of(chineseYear(date.group(7)), chineseNumber(date.group(8)),
					chineseNumber(date.group(9))));
		}
		catch (DateTimeException ex) {
			return Optional.empty();
		}
	}

	/** 二〇二〇 is read digit by digit. */
	private static int chineseYear(String year) {
		int value = 0;
		for (char c : year.toCharArray()) {
			value = value * 10 + digit(c);
		}
		return value;
	}

	/** 十一, 二十四, 三十: tens are counted, not written digit by digit. */
	static int chineseNumber(String number) {
		int ten = number.indexOf('十');
		if (ten < 0) {
			return digit(number.charAt(0));
		}
		int tens = (ten == 0) ? 1 : digit(number.charAt(0));
		int units = (ten == number.length() - 1) ? 0 : digit(number.charAt(ten + 1));
		return tens * 10 + units;
	}

	private static int digit(char c) {
		int index = DIGITS.indexOf(c);
		return (index <= 4) ? 0 : index - 4;
	}

}
