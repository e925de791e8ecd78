package org.chengxiang.platform.calendar;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class WorkingDayArithmeticTests {

	// The 2020 National Day and Mid-Autumn arrangement: 9-27 (Sunday) and 10-10 (Saturday) worked,
	// 10-01 to 10-08 off.
	private final WorkingDayArithmetic nationalDay2020 = new WorkingDayArithmetic(nationalDay2020());

	private final WorkingDayArithmetic weekendsOnly = new WorkingDayArithmetic(Map.of());

	@Test
	void weekdaysWorkAndWeekendsRestWhenNoSpecialDayApplies() {
		assertThat(weekendsOnly.isWorkingDay(date("2021-03-01"))).isTrue();
		assertThat(weekendsOnly.isWorkingDay(date("2021-03-05"))).isTrue();
		assertThat(weekendsOnly.isWorkingDay(date("2021-03-06"))).isFalse();
		assertThat(weekendsOnly.isWorkingDay(date("2021-03-07"))).isFalse();
	}

	@Test
	void holidayOnAWeekdayIsNotAWorkingDay() {
		assertThat(nationalDay2020.isWorkingDay(date("2020-10-05"))).isFalse();
		assertThat(nationalDay2020.isWorkingDay(date("2020-10-08"))).isFalse();
	}

	@Test
	void workedWeekendDayIsAWorkingDay() {
		assertThat(nationalDay2020.isWorkingDay(date("2020-09-27"))).isTrue();
		assertThat(nationalDay2020.isWorkingDay(date("2020-10-10"))).isTrue();
		assertThat(nationalDay2020.isWorkingDay(date("2020-10-11"))).isFalse();
	}

	@Test
	void firstWorkingDayAfterTheEveOfNationalDayIsTheNinthOfOctober() {
		assertThat(nationalDay2020.addWorkingDays(date("2020-09-30"), 1)).isEqualTo("2020-10-09");
	}

	@Test
	void secondWorkingDayAfterTheEveOfNationalDayIsTheWorkedSaturday() {
		assertThat(nationalDay2020.addWorkingDays(date("2020-09-30"), 2)).isEqualTo("2020-10-10");
	}

	@Test
	void thirdWorkingDayAfterTheEveOfNationalDaySkipsTheOrdinarySunday() {
		assertThat(nationalDay2020.addWorkingDays(date("2020-09-30"), 3)).isEqualTo("2020-10-12");
	}

	@Test
	void firstWorkingDayAfterAFridayCanBeAWorkedSunday() {
		assertThat(nationalDay2020.addWorkingDays(date("2020-09-25"), 1)).isEqualTo("2020-09-27");
		assertThat(weekendsOnly.addWorkingDays(date("2020-09-25"), 1)).isEqualTo("2020-09-28");
	}

	@Test
	void zeroWorkingDaysAnswersTheStartEvenOnAHoliday() {
		assertThat(nationalDay2020.addWorkingDays(date("2020-10-03"), 0)).isEqualTo("2020-10-03");
	}

	@Test
	void countingFromAHolidayStartsWithTheNextWorkingDay() {
		assertThat(nationalDay2020.addWorkingDays(date("2020-10-03"), 1)).isEqualTo("2020-10-09");
	}

	@Test
	void fiveWorkingDaysOnWeekendsOnlyAreOneWeek() {
		assertThat(weekendsOnly.addWorkingDays(date("2021-03-01"), 5)).isEqualTo("2021-03-08");
	}

	@Test
	void countsTheWorkingDaysAfterTheFirstDateUpToAndIncludingTheSecond() {
		assertThat(nationalDay2020.workingDaysBetween(date("2020-09-30"), date("2020-10-12"))).isEqualTo(3);
		assertThat(nationalDay2020.workingDaysBetween(date("2020-09-30"), date("2020-10-08"))).isZero();
		assertThat(nationalDay2020.workingDaysBetween(date("2020-10-08"), date("2020-10-09"))).isOne();
		assertThat(nationalDay2020.workingDaysBetween(date("2020-09-25"), date("2020-09-30"))).isEqualTo(4);
		assertThat(nationalDay2020.workingDaysBetween(date("2020-10-12"), date("2020-10-12"))).isZero();
	}

	@Test
	void countIsNegativeWhenTheSecondDateComesFirst() {
		assertThat(nationalDay2020.workingDaysBetween(date("2020-10-12"), date("2020-09-30"))).isEqualTo(-3);
	}

	@Test
	void countingUndoesAdding() {
		for (LocalDate start = date("2020-09-01"); start.isBefore(date("2020-11-01")); start = start.plusDays(1)) {
			for (int days = 0; days <= 30; days++) {
				LocalDate result = nationalDay2020.addWorkingDays(start, days);
				assertThat(nationalDay2020.workingDaysBetween(start, result)).as("%s + %d", start, days).isEqualTo(days);
				if (days > 0) {
					assertThat(nationalDay2020.isWorkingDay(result)).as("%s + %d", start, days).isTrue();
				}
			}
		}
	}

	@Test
	void refusesNegativeDays() {
		assertThatIllegalArgumentException().isThrownBy(() -> nationalDay2020.addWorkingDays(date("2020-09-30"), -1))
			.isInstanceOfSatisfying(InvalidCalendarInput.class,
					ex -> assertThat(ex.problem()).isEqualTo(CalendarProblem.NEGATIVE_DAYS));
	}

	@Test
	void refusesMoreThanTenYearsOfWorkingDays() {
		assertThat(weekendsOnly.addWorkingDays(date("2021-03-01"), 3650)).isEqualTo("2035-02-26");
		assertThatThrownBy(() -> weekendsOnly.addWorkingDays(date("2021-03-01"), 3651))
			.isInstanceOfSatisfying(InvalidCalendarInput.class, ex -> assertThat(ex.field()).isEqualTo("days"));
	}

	@Test
	void refusesDatesBeforeTheFiveDayWeekOrAfter2999() {
		assertThat(weekendsOnly.isWorkingDay(date("1995-05-01"))).isTrue();
		assertThatThrownBy(() -> weekendsOnly.isWorkingDay(date("1995-04-30")))
			.isInstanceOfSatisfying(InvalidCalendarInput.class, ex -> assertThat(ex.field()).isEqualTo("date"));
		assertThatThrownBy(() -> weekendsOnly.addWorkingDays(LocalDate.MAX, 1))
			.isInstanceOfSatisfying(InvalidCalendarInput.class, ex -> assertThat(ex.field()).isEqualTo("start"));
		assertThatThrownBy(() -> weekendsOnly.workingDaysBetween(date("2020-01-01"), date("3000-01-01")))
			.isInstanceOfSatisfying(InvalidCalendarInput.class, ex -> assertThat(ex.field()).isEqualTo("to"));
	}

	@Test
	void refusesMissingDates() {
		assertThatIllegalArgumentException().isThrownBy(() -> weekendsOnly.addWorkingDays(null, 1))
			.isInstanceOfSatisfying(InvalidCalendarInput.class,
					ex -> assertThat(ex.problem()).isEqualTo(CalendarProblem.REQUIRED));
	}

	private static Map<LocalDate, DayKind> nationalDay2020() {
		Map<LocalDate, DayKind> days = new HashMap<>();
		days.put(date("2020-09-27"), DayKind.WORKDAY);
		for (LocalDate day = date("2020-10-01"); !day.isAfter(date("2020-10-08")); day = day.plusDays(1)) {
			days.put(day, DayKind.HOLIDAY);
		}
		days.put(date("2020-10-10"), DayKind.WORKDAY);
		return days;
	}

	private static LocalDate date(String text) {
		return LocalDate.parse(text);
	}

}
