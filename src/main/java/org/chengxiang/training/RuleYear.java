package org.chengxiang.training;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;

import org.chengxiang.platform.domain.RuleBroken;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.domain.AbstractAggregateRoot;
import org.springframework.data.relational.core.mapping.Table;

/**
 * The claim rules the bureau sets for a year: how many subsidised trainings a person may have in it, and the share
 * of a class's hours a trainee must attend. A claim freezes what was in force when it was checked.
 */
@Table(schema = "training", name = "claim_rule")
final class RuleYear extends AbstractAggregateRoot<RuleYear> {

	static final int MAX_YEARLY_CAP = 12;

	@Id
	private Integer year;

	private int yearlyCap;

	private BigDecimal attendanceShare;

	private String changedBy;

	private Instant changedAt;

	@Version
	private Integer version;

	private RuleYear() {
	}

	/** The first rules of a year. */
	static RuleYear set(int year, int yearlyCap, BigDecimal attendancePercent, String by, Instant at) {
		RuleYear rules = new RuleYear();
		rules.year = year;
		rules.change(yearlyCap, attendancePercent, by, at);
		return rules;
	}

	/**
	 * New rules for the year.
	 *
	 * @param attendancePercent the share as people write it, 80 for 80 %, at most one decimal
	 */
	void change(int yearlyCap, BigDecimal attendancePercent, String by, Instant at) {
		if (yearlyCap < 1 || yearlyCap > MAX_YEARLY_CAP) {
			throw RuleBroken.at("yearlyCap", "training.rules.yearlyCap.range", MAX_YEARLY_CAP);
		}
		if (attendancePercent == null || attendancePercent.signum() <= 0
				|| attendancePercent.compareTo(BigDecimal.valueOf(100)) > 0
				|| attendancePercent.stripTrailingZeros().scale() > 1) {
			throw RuleBroken.at("attendancePercent", "training.rules.attendance.range");
		}
		this.yearlyCap = yearlyCap;
		this.attendanceShare = attendancePercent.movePointLeft(2).setScale(3, RoundingMode.UNNECESSARY);
		this.changedBy = by;
		this.changedAt = at;
	}

	Integer year() {
		return year;
	}

	int yearlyCap() {
		return yearlyCap;
	}

	BigDecimal attendanceShare() {
		return attendanceShare;
	}

	/** The share as people read it: 80.0 for 0.800. */
	BigDecimal attendancePercent() {
		return attendanceShare.movePointRight(2).setScale(1, RoundingMode.UNNECESSARY);
	}

	String changedBy() {
		return changedBy;
	}

	Instant changedAt() {
		return changedAt;
	}

	Integer version() {
		return version;
	}

}
