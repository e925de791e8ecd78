package org.chengxiang.cityops.sensors;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;

/**
 * Timestamps as devices send them: ISO 8601 with an offset ({@code 2026-06-01T08:00:00+08:00}, {@code …Z}) or
 * local time of the city without one. The common shape ({@code yyyy-MM-ddTHH:mm:ss}, an optional fraction, then
 * {@code Z}, {@code ±HH:MM} or nothing) is read by hand, which is many times cheaper than
 * {@link java.time.format.DateTimeFormatter}; anything else goes to {@link OffsetDateTime#parse} and
 * {@link LocalDateTime#parse} as before, so what is accepted and what it means does not change.
 */
final class TelemetryTimestamps {

	private static final int[] DAYS_IN_MONTH = { 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31 };

	private final ZoneId zone;

	/** The zone's offset since its last change (Beijing time has kept +08:00 since 1992). */
	private final int fixedOffsetSeconds;

	/** The first year from which local times have {@link #fixedOffsetSeconds}; none for a zone that still changes. */
	private final int fixedOffsetFromYear;

	/** For local times of {@code zone}, the city's (the Clock bean's zone). */
	TelemetryTimestamps(ZoneId zone) {
		this.zone = zone;
		ZoneRules rules = zone.getRules();
		if (rules.isFixedOffset()) {
			fixedOffsetSeconds = rules.getOffset(Instant.EPOCH).getTotalSeconds();
			fixedOffsetFromYear = 0;
		}
		else if (!rules.getTransitionRules().isEmpty()) {
			fixedOffsetSeconds = 0;
			fixedOffsetFromYear = Integer.MAX_VALUE;
		}
		else {
			ZoneOffsetTransition last = rules.previousTransition(Instant.parse("9999-01-01T00:00:00Z"));
			fixedOffsetSeconds = last.getOffsetAfter().getTotalSeconds();
			// from the year after the last change, so that the year of the change itself is left to the general way
			fixedOffsetFromYear = last.getDateTimeAfter().getYear() + 1;
		}
	}

	/** The instant, or null when the text is not an ISO 8601 date-time (with or without offset). */
	Instant parse(String text) {
		Instant fast = parseCommon(text);
		return fast != null ? fast : parseAny(text);
	}

	/** The general, slow way. */
	Instant parseAny(String text) {
		try {
			return OffsetDateTime.parse(text).toInstant();
		}
		catch (DateTimeParseException notOffset) {
			try {
				return LocalDateTime.parse(text).atZone(zone).toInstant();
			}
			catch (DateTimeParseException notLocal) {
				return null;
			}
		}
	}

	/** The common shape only; null for anything else (which may still be valid: see {@link #parseAny}). */
	Instant parseCommon(String text) {
		int length = text.length();
		if (length < 19 || text.charAt(4) != '-' || text.charAt(7) != '-' || text.charAt(10) != 'T'
				|| text.charAt(13) != ':' || text.charAt(16) != ':') {
			return null;
		}
		int year = digits(text, 0, 4);
		int month = digits(text, 5, 2);
		int day = digits(text, 8, 2);
		int hour = digits(text, 11, 2);
		int minute = digits(text, 14, 2);
		int second = digits(text, 17, 2);
		if (year < 0 || month < 1 || month > 12 || day < 1 || hour < 0 || hour > 23 || minute < 0 || minute > 59
				|| second < 0 || second > 59) {
			return null;
		}
		boolean leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
		if (day > DAYS_IN_MONTH[month - 1] + (month == 2 && leap ? 1 : 0)) {
			return null;
		}
		int at = 19;
		int nanos = 0;
		if (at < length && text.charAt(at) == '.') {
			int start = ++at;
			while (at < length && at - start < 9 && isDigit(text.charAt(at))) {
				nanos = nanos * 10 + (text.charAt(at) - '0');
				at++;
			}
			int count = at - start;
			if (count == 0 || (at < length && isDigit(text.charAt(at)))) {
				return null;
			}
			for (int i = count; i < 9; i++) {
				nanos *= 10;
			}
		}
		int offsetSeconds;
		if (at == length) {
			if (year < fixedOffsetFromYear) {
				return null;
			}
			offsetSeconds = fixedOffsetSeconds;
		}
		else if (at + 1 == length && text.charAt(at) == 'Z') {
			offsetSeconds = 0;
		}
		else if (at + 6 == length && (text.charAt(at) == '+' || text.charAt(at) == '-') && text.charAt(at + 3) == ':') {
			int offsetHours = digits(text, at + 1, 2);
			int offsetMinutes = digits(text, at + 4, 2);
			if (offsetHours < 0 || offsetHours > 17 || offsetMinutes < 0 || offsetMinutes > 59) {
				return null;
			}
			offsetSeconds = (offsetHours * 3600 + offsetMinutes * 60) * (text.charAt(at) == '-' ? -1 : 1);
		}
		else {
			return null;
		}
		long epochDay = epochDay(year, month, day);
		long seconds = epochDay * 86_400 + hour * 3600 + minute * 60 + second - offsetSeconds;
		return Instant.ofEpochSecond(seconds, nanos);
	}

	/** Days since 1970-01-01 of a valid proleptic Gregorian date (as {@link java.time.LocalDate#toEpochDay}). */
	private static long epochDay(int year, int month, int day) {
		long y = year;
		long m = month;
		long total = 365 * y;
		if (y >= 0) {
			total += (y + 3) / 4 - (y + 99) / 100 + (y + 399) / 400;
		}
		else {
			total -= y / -4 - y / -100 + y / -400;
		}
		total += (367 * m - 362) / 12;
		total += day - 1;
		if (m > 2) {
			total--;
			boolean leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
			if (!leap) {
				total--;
			}
		}
		return total - 719_528;
	}

	private static int digits(String text, int from, int count) {
		int value = 0;
		for (int i = from; i < from + count; i++) {
			char c = text.charAt(i);
			if (!isDigit(c)) {
				return -1;
			}
			value = value * 10 + (c - '0');
		}
		return value;
	}

	private static boolean isDigit(char c) {
		return c >= '0' && c <= '9';
	}

}
