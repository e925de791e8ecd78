package org.chengxiang.residence.permits;

import java.time.LocalDate;

import org.chengxiang.platform.calendar.WorkingDayCalendar;

import org.springframework.stereotype.Component;

/**
 * The last day a yearly endorsement is on time: the last day the permit covers or, when people do not work that day
 * (a weekend or a public holiday of the official calendar), the next working day.
 */
@Component
class EndorsementDeadlines {

	private final WorkingDayCalendar calendar;

	EndorsementDeadlines(WorkingDayCalendar calendar) {
		this.calendar = calendar;
	}

	LocalDate deadline(LocalDate lastCovered) {
		LocalDate day = lastCovered;
		// the longest run of days off in the official calendar is nine; a month is ample
		for (int i = 0; i < 31 && !calendar.isWorkingDay(day); i++) {
			day = day.plusDays(1);
		}
		return day;
	}

}
