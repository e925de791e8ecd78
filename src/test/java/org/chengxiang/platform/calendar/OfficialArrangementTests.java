package org.chengxiang.platform.calendar;

import java.time.LocalDate;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import org.springframework.core.io.ClassPathResource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Facts of the State Council notices, checked on the bundled data.
 */
class OfficialArrangementTests {

	private static final CalendarBundle BUNDLE = CalendarBundle.read(new ClassPathResource(CalendarBundle.LOCATION));

	private final Map<LocalDate, DayKind> kinds = BUNDLE.days()
		.stream()
		.collect(Collectors.toMap(CalendarDay::date, CalendarDay::kind));

	private final WorkingDayArithmetic calendar = new WorkingDayArithmetic(kinds);

	@Test
	void nationalDay2020IsOffFromTheFirstToTheEighthOfOctober() {
		for (LocalDate day = date("2020-10-01"); !day.isAfter(date("2020-10-08")); day = day.plusDays(1)) {
			assertThat(kinds).as(day.toString()).containsEntry(day, DayKind.HOLIDAY);
			assertThat(calendar.isWorkingDay(day)).as(day.toString()).isFalse();
		}
		assertThat(CalendarBundleTests.day(BUNDLE, "2020-10-01").name()).isEqualTo("国庆节、中秋节");
	}

	@Test
	void nationalDay2020IsWorkedOnSunday27SeptemberAndSaturday10October() {
		assertThat(kinds).containsEntry(date("2020-09-27"), DayKind.WORKDAY)
			.containsEntry(date("2020-10-10"), DayKind.WORKDAY);
		assertThat(calendar.isWorkingDay(date("2020-09-27"))).isTrue();
		assertThat(calendar.isWorkingDay(date("2020-10-10"))).isTrue();
	}

	@Test
	void extendedSpringFestival2020CancelledTheWorkedSaturday() {
		assertThat(kinds).containsEntry(date("2020-01-31"), DayKind.HOLIDAY)
			.containsEntry(date("2020-02-01"), DayKind.HOLIDAY)
			.containsEntry(date("2020-02-02"), DayKind.HOLIDAY);
		assertThat(calendar.isWorkingDay(date("2020-02-01"))).isFalse();
		assertThat(calendar.addWorkingDays(date("2020-01-23"), 1)).isEqualTo("2020-02-03");
	}

	@Test
	void springFestival2025IsWorkedOnSunday26JanuaryAndSaturday8February() {
		assertThat(kinds).containsEntry(date("2025-01-26"), DayKind.WORKDAY)
			.containsEntry(date("2025-02-08"), DayKind.WORKDAY);
		assertThat(calendar.isWorkingDay(date("2025-01-26"))).isTrue();
		assertThat(calendar.isWorkingDay(date("2025-02-08"))).isTrue();
		// 除夕 became a statutory holiday with the 2024 amendment.
		assertThat(calendar.isWorkingDay(date("2025-01-28"))).isFalse();
	}

	@Test
	void nationalDay2024IsOffFromTheFirstToTheSeventhAndWorkedOn29SeptemberAnd12October() {
		for (LocalDate day = date("2024-10-01"); !day.isAfter(date("2024-10-07")); day = day.plusDays(1)) {
			assertThat(kinds).as(day.toString()).containsEntry(day, DayKind.HOLIDAY);
		}
		assertThat(calendar.isWorkingDay(date("2024-10-08"))).isTrue();
		assertThat(kinds).containsEntry(date("2024-09-29"), DayKind.WORKDAY)
			.containsEntry(date("2024-10-12"), DayKind.WORKDAY);
	}

	@Test
	void addingWorkingDaysAcrossNationalDay2020() {
		assertThat(calendar.addWorkingDays(date("2020-09-30"), 1)).isEqualTo("2020-10-09");
		assertThat(calendar.addWorkingDays(date("2020-09-30"), 2)).isEqualTo("2020-10-10");
		assertThat(calendar.addWorkingDays(date("2020-09-25"), 1)).isEqualTo("2020-09-27");
		assertThat(calendar.workingDaysBetween(date("2020-09-30"), date("2020-10-12"))).isEqualTo(3);
	}

	@Test
	void yearsHaveTheWorkingDayTotalsTheArrangementsGive() {
		// 2024 (251) and 2025 (248, after 除夕 and 5月2日 became holidays) are the totals reported with
		// the notices; 2020 lost two working days to the extended Spring Festival.
		assertThat(workingDaysIn(2020)).isEqualTo(249);
		assertThat(workingDaysIn(2024)).isEqualTo(251);
		assertThat(workingDaysIn(2025)).isEqualTo(248);
	}

	private int workingDaysIn(int year) {
		return calendar.workingDaysBetween(LocalDate.of(year - 1, 12, 31), LocalDate.of(year, 12, 31));
	}

	private static LocalDate date(String text) {
		return LocalDate.parse(text);
	}

}
