package org.chengxiang.residence.schools;

import java.time.LocalDate;
import java.time.Period;

/**
 * A grade a child may apply for, kept as data: the stage that teaches it and the ages (full years on the round's
 * cut-off date) that fit it.
 */
record Grade(String code, SchoolKind stage, int position, int minAge, int maxAge) {

	public boolean taughtBy(SchoolKind kind) {
		return stage == kind;
	}

	/** Whether a child born on the day is of an age for the grade on the cut-off date. */
	boolean fits(LocalDate birthDate, LocalDate cutoff) {
		if (birthDate.isAfter(cutoff)) {
			return false;
		}
		int age = Period.between(birthDate, cutoff).getYears();
		return minAge <= age && age <= maxAge;
	}

	/** The message key of the grade's name. */
	public String nameKey() {
		return "residence.schools.grade." + code;
	}

}
