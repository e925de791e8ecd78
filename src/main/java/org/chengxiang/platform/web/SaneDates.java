package org.chengxiang.platform.web;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;

/**
 * Dates the platform takes: ISO-8601, in the years 1900 to 2100. A date beyond them is a typing error or an attack
 * ({@code +999999999-12-31} is stored as {@code infinity} and never falls due). A date-time with an offset
 * ({@code 2026-12-08T18:00+08:00}) is read as the moment it names, in Beijing time where a local time is wanted.
 */
public final class SaneDates {

	public static final int FIRST_YEAR = 1900;

	public static final int LAST_YEAR = 2100;

	static final ZoneId CITY = ZoneId.of("Asia/Shanghai");

	static final String OUT_OF_RANGE = "日期须在 1900 年至 2100 年之间 / the date must be between 1900 and 2100";

	static final String UNREADABLE = "日期格式不正确，应为 yyyy-MM-dd / not a date as yyyy-MM-dd";

	static final String UNREADABLE_TIME = "时间格式不正确，应为 ISO-8601（如 2026-12-08T18:00 或 2026-12-08T18:00+08:00） / not an ISO-8601 date-time";

	private SaneDates() {
	}

	public static LocalDate date(String text) {
		try {
			return checked(LocalDate.parse(text.strip()));
		}
		catch (DateTimeParseException ex) {
			throw new IllegalArgumentException(UNREADABLE, ex);
		}
	}

	public static LocalDateTime localDateTime(String text) {
		String value = text.strip();
		try {
			return checked(LocalDateTime.parse(value));
		}
		catch (DateTimeParseException ex) {
			return offsetDateTime(value).atZoneSameInstant(CITY).toLocalDateTime();
		}
	}

	public static OffsetDateTime offsetDateTime(String text) {
		try {
			OffsetDateTime value = OffsetDateTime.parse(text.strip());
			checked(value.toLocalDate());
			return value;
		}
		catch (DateTimeParseException ex) {
			throw new IllegalArgumentException(UNREADABLE_TIME, ex);
		}
	}

	public static Instant instant(String text) {
		try {
			return checked(offsetDateTime(text).toInstant());
		}
		catch (DateTimeException ex) {
			throw new IllegalArgumentException(UNREADABLE_TIME, ex);
		}
	}

	public static LocalDate checked(LocalDate date) {
		if (date.getYear() < FIRST_YEAR || date.getYear() > LAST_YEAR) {
			throw new IllegalArgumentException(OUT_OF_RANGE);
		}
		return date;
	}

	public static LocalDateTime checked(LocalDateTime time) {
		checked(time.toLocalDate());
		return time;
	}

	public static Instant checked(Instant instant) {
		checked(instant.atZone(CITY).toLocalDate());
		return instant;
	}

}
