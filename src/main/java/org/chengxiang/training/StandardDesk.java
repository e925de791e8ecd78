package org.chengxiang.training;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.chengxiang.platform.audit.AuditEvent;
import org.chengxiang.platform.audit.AuditTrail;
import org.chengxiang.platform.domain.RuleBroken;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The bureau's subsidy standards per year: a year's whole table replaced at once, as the page edits it. Claims
 * already checked keep the standard they froze.
 */
@Service
@Transactional
class StandardDesk {

	static final int FIRST_YEAR = 2000;

	static final int LAST_YEAR = 2100;

	/** The most a standard may pay one person, in yuan. */
	static final BigDecimal MAX_AMOUNT = new BigDecimal("100000");

	static final int MAX_HOURS = 2000;

	private final JdbcClient jdbc;

	private final CatalogueQueries queries;

	private final AuditTrail audit;

	StandardDesk(JdbcClient jdbc, CatalogueQueries queries, AuditTrail audit) {
		this.jdbc = jdbc;
		this.queries = queries;
		this.audit = audit;
	}

	/** Replaces the year's standards by the cells given; empty cells set none. Every bad cell is named at once. */
	void change(int year, List<StandardsForm.Cell> cells) {
		checkYear(year);
		List<RuleBroken.Problem> problems = new ArrayList<>();
		Set<String> seen = new HashSet<>();
		List<StandardsForm.Cell> set = new ArrayList<>();
		for (int i = 0; i < cells.size(); i++) {
			StandardsForm.Cell cell = cells.get(i);
			String at = "standards[" + i + "].";
			if (cell == null || cell.trainingType() == null || cell.level() == null) {
				problems.add(RuleBroken.Problem.at(at + "trainingType", "training.standards.cell.required"));
				continue;
			}
			if (!seen.add(cell.trainingType() + "/" + cell.level())) {
				problems.add(RuleBroken.Problem.at(at + "level", "training.standards.cell.twice"));
				continue;
			}
			if (cell.isEmpty()) {
				continue;
			}
			if (cell.amount() == null) {
				problems.add(RuleBroken.Problem.at(at + "amount", "training.standards.amount.required"));
			}
			else if (cell.amount().signum() < 0 || cell.amount().compareTo(MAX_AMOUNT) > 0
					|| cell.amount().stripTrailingZeros().scale() > 2) {
				problems.add(RuleBroken.Problem.at(at + "amount", "training.standards.amount.range",
						MAX_AMOUNT.toPlainString()));
			}
			if (cell.minHours() == null) {
				problems.add(RuleBroken.Problem.at(at + "minHours", "training.standards.hours.required"));
			}
			else if (cell.minHours() < 1 || cell.minHours() > MAX_HOURS) {
				problems.add(RuleBroken.Problem.at(at + "minHours", "training.standards.hours.range",
						String.valueOf(MAX_HOURS)));
			}
			set.add(cell);
		}
		if (!problems.isEmpty()) {
			throw new RuleBroken(problems);
		}
		List<StandardsForm.Cell> before = queries.standards(year);
		jdbc.sql("delete from training.subsidy_standard where year = :year").param("year", year).update();
		for (StandardsForm.Cell cell : set) {
			jdbc.sql("""
					insert into training.subsidy_standard (year, training_type, level, amount, min_hours)
					values (:year, :type, :level, :amount, :hours)
					""")
				.param("year", year)
				.param("type", cell.trainingType().name())
				.param("level", cell.level().name())
				.param("amount", cell.amount())
				.param("hours", cell.minHours())
				.update();
		}
		audit.record(AuditEvent.of("training.standards.changed", "TrainingStandards", year, before,
				queries.standards(year)));
	}

	static void checkYear(int year) {
		if (year < FIRST_YEAR || year > LAST_YEAR) {
			throw RuleBroken.at("year", "training.catalogue.year.range", String.valueOf(FIRST_YEAR),
					String.valueOf(LAST_YEAR));
		}
	}

}
