package org.chengxiang.platform.calendar;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.core.io.ClassPathResource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

class CalendarBundleTests {

	private final CalendarBundle bundled = CalendarBundle.read(new ClassPathResource(CalendarBundle.LOCATION));

	@Test
	void bundleCarriesTheNoticesOf2020Through2026() {
		assertThat(bundled.yearSources()).containsOnlyKeys(2020, 2021, 2022, 2023, 2024, 2025, 2026);
		assertThat(bundled.yearSources().get(2020)).contains("国办发明电〔2019〕16号", "国办发明电〔2020〕1号");
		assertThat(bundled.yearSources().get(2025)).contains("国办发明电〔2024〕12号");
	}

	@Test
	void bundleHasEveryRowOnce() {
		assertThat(bundled.days()).hasSize(254);
		assertThat(bundled.days()).allSatisfy((day) -> assertThat(day.source()).isEqualTo(CalendarDay.BUNDLED));
	}

	@Test
	void newYearsDayStartingInDecemberBelongsToTheNextYearsNotice() {
		CalendarDay newYearsEve = day(bundled, "2022-12-31");
		assertThat(newYearsEve.name()).isEqualTo("元旦");
		assertThat(CalendarBundle.arrangementYear(newYearsEve)).isEqualTo(2023);
		assertThat(CalendarBundle.arrangementYear(day(bundled, "2023-01-01"))).isEqualTo(2023);
		assertThat(bundled.daysOfArrangements(List.of(2023))).extracting(CalendarDay::date)
			.contains(LocalDate.parse("2022-12-31"))
			.allMatch((date) -> date.getYear() == 2023 || date.equals(LocalDate.parse("2022-12-31")));
		assertThat(bundled.daysOfArrangements(List.of(2022))).extracting(CalendarDay::date)
			.doesNotContain(LocalDate.parse("2022-12-31"));
	}

	@Test
	void readsRowsAndTheirYearSource() {
		CalendarBundle bundle = CalendarBundle.parse(List.of("\uFEFF# general note", "# 2030: 某通知", "date,kind,name",
				"2030-10-01,HOLIDAY,国庆节", "", "2030-09-29,WORKDAY, 国庆节 "), "test.csv");
		assertThat(bundle.yearSources()).containsEntry(2030, "某通知").hasSize(1);
		assertThat(bundle.days()).containsExactly(
				new CalendarDay(LocalDate.parse("2030-10-01"), DayKind.HOLIDAY, "国庆节", CalendarDay.BUNDLED),
				new CalendarDay(LocalDate.parse("2030-09-29"), DayKind.WORKDAY, "国庆节", CalendarDay.BUNDLED));
	}

	@Test
	void refusesARowWhoseYearHasNoNotice() {
		assertThatIllegalStateException()
			.isThrownBy(() -> CalendarBundle.parse(List.of("# 2030: 某通知", "date,kind,name", "2031-01-01,HOLIDAY,元旦"),
					"test.csv"))
			.withMessageContaining("2031");
	}

	@Test
	void refusesAWorkedDayThatIsNotAWeekendDay() {
		assertThatIllegalStateException()
			.isThrownBy(() -> CalendarBundle.parse(List.of("# 2030: 某通知", "date,kind,name", "2030-10-01,WORKDAY,国庆节"),
					"test.csv"))
			.withMessageContaining("test.csv line 3");
	}

	@Test
	void refusesMalformedRowsNamingTheLine() {
		List<String> malformed = List.of("2030-13-01,HOLIDAY,国庆节", "2030-10-01,HOLIDAYS,国庆节", "2030-10-01,HOLIDAY",
				"2030-10-01,HOLIDAY,");
		for (String row : malformed) {
			assertThatIllegalStateException()
				.isThrownBy(() -> CalendarBundle.parse(List.of("# 2030: 某通知", "date,kind,name", row), "test.csv"))
				.as(row)
				.withMessageStartingWith("test.csv line 3");
		}
	}

	@Test
	void refusesADateListedTwice() {
		assertThatIllegalStateException()
			.isThrownBy(() -> CalendarBundle.parse(List.of("# 2030: 某通知", "date,kind,name", "2030-10-01,HOLIDAY,国庆节",
					"2030-10-01,HOLIDAY,国庆节"), "test.csv"))
			.withMessageContaining("listed twice");
	}

	@Test
	void refusesAMissingHeader() {
		assertThatIllegalStateException()
			.isThrownBy(() -> CalendarBundle.parse(List.of("# 2030: 某通知", "2030-10-01,HOLIDAY,国庆节"), "test.csv"))
			.withMessageContaining("header");
	}

	static CalendarDay day(CalendarBundle bundle, String date) {
		LocalDate wanted = LocalDate.parse(date);
		return bundle.days().stream().filter((day) -> day.date().equals(wanted)).findFirst().orElseThrow();
	}

}
