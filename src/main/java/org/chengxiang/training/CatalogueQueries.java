package org.chengxiang.training;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The catalogue as the bureau's page and the API show it: occupations, a year's standards and rules. */
@Service("trainingCatalogueQueries")
@Transactional(readOnly = true)
class CatalogueQueries {

	private final JdbcClient jdbc;

	private final RuleYears rules;

	CatalogueQueries(JdbcClient jdbc, RuleYears rules) {
		this.jdbc = jdbc;
		this.rules = rules;
	}

	/** Every occupation, the catalogue's first then the special abilities, each by code. */
	List<OccupationRow> occupations() {
		return jdbc.sql("select code, name, kind, active from training.occupation order by kind, code")
			.query((rs, n) -> new OccupationRow(rs.getString(1), rs.getString(2), OccupationKind.valueOf(rs.getString(3)),
					rs.getBoolean(4)))
			.list();
	}

	/** The standards set for the year, in the table's order. */
	List<StandardsForm.Cell> standards(int year) {
		return jdbc.sql("""
				select training_type, level, amount, min_hours from training.subsidy_standard where year = :year
				""")
			.param("year", year)
			.query((rs, n) -> new StandardsForm.Cell(TrainingType.valueOf(rs.getString(1)),
					SkillLevel.valueOf(rs.getString(2)), rs.getBigDecimal(3), rs.getInt(4)))
			.list()
			.stream()
			.sorted(java.util.Comparator.comparing((StandardsForm.Cell c) -> c.trainingType())
				.thenComparing(StandardsForm.Cell::level))
			.toList();
	}

	/** The year's rules as set, or the defaults {@link TrainingRules} applies when none were. */
	RulesView rules(int year) {
		return rules.findById(year)
			.map(r -> new RulesView(year, r.yearlyCap(), r.attendancePercent(), r.version(), true, r.changedBy(),
					r.changedAt()))
			.orElseGet(() -> new RulesView(year, TrainingRules.DEFAULT_YEARLY_CAP,
					TrainingRules.DEFAULT_ATTENDANCE_SHARE.movePointRight(2).setScale(1), null, false, null, null));
	}

	/** The years with standards or rules, the given one, and the year after it, newest first. */
	List<Integer> years(int current) {
		return jdbc.sql("""
				select year from training.subsidy_standard union select year from training.claim_rule
				union select :current union select :next order by 1 desc
				""").param("current", current).param("next", current + 1).query(Integer.class).list();
	}

	/** An occupation of the catalogue. */
	record OccupationRow(String code, String name, OccupationKind kind, boolean active) {
	}

	/**
	 * A year's rules.
	 *
	 * @param attendancePercent the share of hours to attend, in per cent
	 * @param version {@code null} while the year has only the defaults
	 * @param set whether the bureau has set them, rather than the defaults applying
	 */
	record RulesView(int year, int yearlyCap, BigDecimal attendancePercent, Integer version, boolean set,
			String changedBy, Instant changedAt) {
	}

}
