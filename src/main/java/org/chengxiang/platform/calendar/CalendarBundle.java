package org.chengxiang.platform.calendar;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.core.io.Resource;

/**
 * The official arrangements shipped with the application: rows {@code date,kind,name} and, in
 * comment lines {@code # 2020: <notice>}, the notice each year comes from.
 * <p>
 * The file is ours and small, so anything odd in it stops the start rather than loading a calendar
 * that would miscount deadlines.
 */
record CalendarBundle(List<CalendarDay> days, Map<Integer, String> yearSources) {

	static final String LOCATION = "calendar/cn-holidays.csv";

	private static final String HEADER = "date,kind,name";

	private static final Pattern YEAR_SOURCE = Pattern.compile("#\\s*(\\d{4})\\s*:\\s*(\\S.*)");

	CalendarBundle {
		days = List.copyOf(days);
		yearSources = Map.copyOf(yearSources);
	}

	static CalendarBundle read(Resource resource) {
		try (BufferedReader reader = new BufferedReader(
				new InputStreamReader(resource.getInputStream(), StandardCharsets.UTF_8))) {
			return parse(reader.lines().toList(), resource.getDescription());
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not read " + resource.getDescription(), ex);
		}
	}

	static CalendarBundle parse(List<String> lines, String origin) {
		Map<Integer, String> yearSources = new TreeMap<>();
		List<CalendarDay> days = new ArrayList<>();
		Set<LocalDate> seen = new HashSet<>();
		boolean headerSeen = false;
		for (int index = 0; index < lines.size(); index++) {
			String line = lines.get(index).replace("\uFEFF", "").strip();
			String where = origin + " line " + (index + 1);
			if (line.isEmpty()) {
				continue;
			}
			if (line.startsWith("#")) {
				Matcher matcher = YEAR_SOURCE.matcher(line);
				if (matcher.matches() && yearSources.put(Integer.valueOf(matcher.group(1)), matcher.group(2)) != null) {
					throw new IllegalStateException(where + ": second source line for year " + matcher.group(1));
				}
				continue;
			}
			if (!headerSeen) {
				if (!line.equals(HEADER)) {
					throw new IllegalStateException(where + ": expected the header '" + HEADER + "'");
				}
				headerSeen = true;
				continue;
			}
			CalendarDay day = parseDay(line, where);
			if (!seen.add(day.date())) {
				throw new IllegalStateException(where + ": " + day.date() + " is listed twice");
			}
			days.add(day);
		}
		for (CalendarDay day : days) {
			if (!yearSources.containsKey(arrangementYear(day))) {
				throw new IllegalStateException(origin + ": " + day.date() + " belongs to the arrangement of "
						+ arrangementYear(day) + ", which has no '# " + arrangementYear(day) + ": <notice>' line");
			}
		}
		return new CalendarBundle(days, yearSources);
	}

	private static CalendarDay parseDay(String line, String where) {
		String[] fields = line.split(",", -1);
		if (fields.length != 3) {
			throw new IllegalStateException(where + ": expected date,kind,name but found '" + line + "'");
		}
		LocalDate date;
		DayKind kind;
		try {
			date = LocalDate.parse(fields[0].strip());
			kind = DayKind.valueOf(fields[1].strip());
		}
		catch (DateTimeParseException | IllegalArgumentException ex) {
			throw new IllegalStateException(where + ": " + ex.getMessage(), ex);
		}
		String name = fields[2].strip();
		if (name.isEmpty() || name.length() > 100) {
			throw new IllegalStateException(where + ": the name must have 1 to 100 characters");
		}
		DayOfWeek weekday = date.getDayOfWeek();
		if (kind == DayKind.WORKDAY && weekday != DayOfWeek.SATURDAY && weekday != DayOfWeek.SUNDAY) {
			throw new IllegalStateException(where + ": " + date + " is a " + weekday + ", already a working day");
		}
		return new CalendarDay(date, kind, name, CalendarDay.BUNDLED);
	}

	/**
	 * The year whose notice lists the day. New Year's Day (元旦) often starts, or has its worked
	 * weekend, in the last days of December: those belong to the next year's notice (2022-12-31 is
	 * in the 2023 notice).
	 */
	static int arrangementYear(CalendarDay day) {
		LocalDate date = day.date();
		if (date.getMonth() == Month.DECEMBER && day.name().contains("元旦")) {
			return date.getYear() + 1;
		}
		return date.getYear();
	}

	List<CalendarDay> daysOfArrangements(Collection<Integer> years) {
		return days.stream().filter((day) -> years.contains(arrangementYear(day))).toList();
	}

}
