package org.chengxiang.training;

import java.math.BigDecimal;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The claim rules and subsidy standards in force for a year, as the bureau keeps them on the catalogue page. A claim
 * reads them once when it is checked and freezes them (V2 {@code training.claim}).
 */
@Component
@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
class TrainingRules {

	/** Subsidised trainings per person per year when the bureau has set none for the year. */
	static final int DEFAULT_YEARLY_CAP = 3;

	/** The share of a class's hours a trainee must attend when the bureau has set none for the year. */
	static final BigDecimal DEFAULT_ATTENDANCE_SHARE = new BigDecimal("0.800");

	private final JdbcClient jdbc;

	TrainingRules(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The year's rules, or the defaults (3 a year, 80 %) when none were set for it. */
	InForce inForce(int year) {
		return jdbc.sql("select yearly_cap, attendance_share from training.claim_rule where year = :year")
			.param("year", year)
			.query((rs, n) -> new InForce(year, rs.getInt(1), rs.getBigDecimal(2)))
			.optional()
			.orElseGet(() -> new InForce(year, DEFAULT_YEARLY_CAP, DEFAULT_ATTENDANCE_SHARE));
	}

	/** The subsidy per person for a year, training type and level, if the bureau has set one. */
	Optional<Standard> standard(int year, TrainingType type, SkillLevel level) {
		return jdbc.sql("""
				select amount, min_hours from training.subsidy_standard
				where year = :year and training_type = :type and level = :level
				""")
			.param("year", year)
			.param("type", type.name())
			.param("level", level.name())
			.query((rs, n) -> new Standard(rs.getBigDecimal(1), rs.getInt(2)))
			.optional();
	}

	/**
	 * The claim rules of a year.
	 *
	 * @param year the year they apply to
	 * @param yearlyCap subsidised trainings per person in the year
	 * @param attendanceShare the share of the class's hours a trainee must attend, 0–1
	 */
	record InForce(int year, int yearlyCap, BigDecimal attendanceShare) {
	}

	/**
	 * A subsidy standard.
	 *
	 * @param amount yuan per person
	 * @param minHours the hours a class must have for it
	 */
	record Standard(BigDecimal amount, int minHours) {
	}

}
