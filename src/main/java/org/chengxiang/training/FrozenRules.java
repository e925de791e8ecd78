package org.chengxiang.training;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * The rules a claim was checked by, frozen into it when it is submitted: a later change of the year's rules or
 * standards never alters a claim already made.
 *
 * @param year the year of the rules (the year of the class's last day)
 * @param yearlyCap subsidised trainings per person in the year
 * @param attendanceShare the share of the class's session hours a trainee must attend, 0–1
 * @param standardAmount yuan per person; zero when the bureau set no standard
 * @param minHours the hours a class must have for the standard; zero when there is no standard
 */
record FrozenRules(int year, int yearlyCap, BigDecimal attendanceShare, BigDecimal standardAmount, int minHours) {

	/** The rules in force for a year and its standard for the class's type and level, if any. */
	static FrozenRules of(TrainingRules.InForce rules, Optional<TrainingRules.Standard> standard) {
		return new FrozenRules(rules.year(), rules.yearlyCap(), rules.attendanceShare(),
				standard.map(TrainingRules.Standard::amount).orElse(BigDecimal.ZERO.setScale(2)),
				standard.map(TrainingRules.Standard::minHours).orElse(0));
	}

	/** Whether the bureau had set a standard: every standard requires some hours. */
	boolean hasStandard() {
		return minHours > 0;
	}

	/** The share as a whole percentage, for the reader. */
	String attendancePercent() {
		return attendanceShare.movePointRight(2).stripTrailingZeros().toPlainString();
	}

}
