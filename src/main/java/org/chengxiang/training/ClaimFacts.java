package org.chengxiang.training;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.chengxiang.platform.crypto.PersonKey;

/**
 * What the claim rules look at, for one class and everyone on its roster: read by {@link ClaimChecks} in a few
 * statements, or made up in memory by a test.
 *
 * @param occupationCode the class's occupation
 * @param level the class's level
 * @param hours the class's hours as filed
 * @param capacity the seats filed
 * @param startsOn the class's first day
 * @param filedOn the day it was filed (开班备案), Beijing time
 * @param sessionHours the hours of all its sessions
 * @param rules the rules in force
 * @param seats the roster in seat order
 */
record ClaimFacts(String occupationCode, SkillLevel level, int hours, int capacity, LocalDate startsOn,
		LocalDate filedOn, BigDecimal sessionHours, FrozenRules rules, List<Seat> seats) {

	ClaimFacts {
		seats = List.copyOf(seats);
	}

	/**
	 * A trainee on the roster.
	 *
	 * @param enrolmentId the enrolment
	 * @param person the trainee's person key
	 * @param seat the seat, 1 first
	 * @param attendedHours the hours of the sessions they attended
	 * @param certified whether they passed the exam and hold its certificate
	 * @param past the subsidised trainings they already had, in any year
	 */
	record Seat(long enrolmentId, PersonKey person, int seat, BigDecimal attendedHours, boolean certified,
			List<Past> past) {

		Seat {
			past = List.copyOf(past);
		}

	}

	/**
	 * A subsidised training a person had.
	 *
	 * @param occupationCode its occupation
	 * @param level its level
	 * @param year the year of its rules
	 */
	record Past(String occupationCode, SkillLevel level, int year) {
	}

}
