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

	static final String OUT_OF_RANGE = "platform.date.outOfRange";

	static final String UNREADABLE = "platform.date.unreadable";

	static final String UNREADABLE_TIME = "platform.date.unreadableTime";

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

	/** A local date-time; one written with an offset is read as that moment in {@code city}. */
	public static LocalDateTime localDateTime(String text, ZoneId city) {
		String value = text.strip();
		try {
			return checked(LocalDateTime.parse(value));
		}
		catch (DateTimeParseException ex) {
			return offsetDateTime(value).atZoneSameInstant(city).toLocalDateTime();
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

	public static Instant instant(String text, ZoneId city) {
		try {
			return checked(offsetDateTime(text).toInstant(), city);
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

	/** The moment, if its day in {@code city} is within the years taken. */
	public static Instant checked(Instant instant, ZoneId city) {
		checked(instant.atZone(city).toLocalDate());
		return instant;
	}

}
