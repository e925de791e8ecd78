package org.chengxiang.plan;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.chengxiang.directory.DepartmentSummary;
import org.chengxiang.directory.Directory;
import org.chengxiang.platform.domain.NoSuchRecord;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The departments' standing in a plan and their yearly assessment (考核), for the supervision office.
 */
@Service
@Transactional(readOnly = true)
class PlanAssessment {

	private final JdbcClient jdbc;

	private final Directory directory;

	private final Clock clock;

	private final Assignments assignments;

	private final PlanQueries plans;

	PlanAssessment(JdbcClient jdbc, Directory directory, Clock clock, Assignments assignments, PlanQueries plans) {
		this.jdbc = jdbc;
		this.directory = directory;
		this.clock = clock;
		this.assignments = assignments;
		this.plans = plans;
	}

	/**
	 * The yearly assessment (考核) of each department in a plan:
	 * score = 40 × on-time report rate + 40 × milestones met on time + 20 × completion rate − 2 × notices at
	 * 催办 or above, within 0–100. A rate with nothing due yet counts as full. A department with nothing due and
	 * nothing completed yet is not assessed (未考核): it has no score, no rank, and stays out of the averages.
	 * Ranked departments come first, best first; the others follow in the directory's order.
	 */
	List<Views.DepartmentScore> assessment(long planId) {
		LocalDate today = plans.today();
		int dueDay = jdbc.sql("select report_due_day from plan.plan where id = :id").param("id", planId).query(Integer.class)
			.optional()
			.orElseThrow(() -> new NoSuchRecord("plan " + planId));
		Map<Long, String> names = plans.departmentNames();
		Map<Long, int[]> tally = new LinkedHashMap<>();
		for (Assignment a : assignments.findByPlan(planId)) {
			if (a.departmentId() == null) {
				continue;
			}
			int[] t = tally.computeIfAbsent(a.departmentId(), k -> new int[9]);
			t[0]++;
			if (a.stage() == AssignmentStage.COMPLETED || a.stage() == AssignmentStage.ARCHIVED) {
				t[1]++;
			}
			for (Milestone m : a.milestones()) {
				t[3] += m.extensions();
				if (m.isOverdue(today)) {
					t[2]++;
				}
				if (!m.originalDueOn().isAfter(today) || m.doneOn() != null) {
					t[6]++;
					if (m.wasMetOnTime()) {
						t[7]++;
					}
				}
			}
			if (a.signedAt() != null && a.stage().ordinal() >= AssignmentStage.IN_PROGRESS.ordinal()) {
				Map<String, Instant> submitted = jdbc.sql("""
						select period, min(submitted_at) from plan.progress_report where assignment_id = :a
						and status <> 'RETURNED' group by period
						""").param("a", a.id()).query((rs, n) -> Map.entry(rs.getString(1), rs.getTimestamp(2).toInstant()))
					.list()
					.stream()
					.collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
				YearMonth last = a.completedAt() != null ? YearMonth.from(a.completedAt().atZone(clock.getZone())).minusMonths(1)
						: YearMonth.from(today).minusMonths(1);
				for (YearMonth p = YearMonth.from(a.signedAt().atZone(clock.getZone())); !p.isAfter(last); p = p.plusMonths(1)) {
					LocalDate due = ProgressReports.dueOn(p, dueDay);
					if (due.isBefore(today)) {
						t[4]++;
						Instant at = submitted.get(p.toString());
						if (at != null && !at.atZone(clock.getZone()).toLocalDate().isAfter(due)) {
							t[5]++;
						}
					}
				}
			}
			t[8] += jdbc.sql("select count(*) from plan.notice where assignment_id = :a and level <> 'REMIND'")
				.param("a", a.id())
				.query(Integer.class)
				.single();
		}
		List<Long> order = departmentOrder();
		List<Views.DepartmentScore> scored = tally.entrySet().stream().map(e -> {
			int[] t = e.getValue();
			return new Views.DepartmentScore(e.getKey(), names.getOrDefault(e.getKey(), "?"), t[0], t[1], t[2], t[3],
					t[4], t[5], t[6], t[7], t[8], score(t), null);
		})
			.sorted(Comparator
				.comparing((Views.DepartmentScore s) -> s.score() == null ? Double.NEGATIVE_INFINITY : s.score())
				.reversed()
				.thenComparing(s -> order.indexOf(s.departmentId())))
			.toList();
		List<Views.DepartmentScore> ranked = new ArrayList<>();
		int rank = 0;
		Double previous = null;
		for (int i = 0; i < scored.size(); i++) {
			Views.DepartmentScore s = scored.get(i);
			if (s.score() != null && !s.score().equals(previous)) {
				rank = i + 1;
				previous = s.score();
			}
			ranked.add(s.score() == null ? s : new Views.DepartmentScore(s.departmentId(), s.departmentName(),
					s.assignments(), s.completed(), s.overdue(), s.extensions(), s.reportsDue(), s.reportsOnTime(),
					s.milestonesDue(), s.milestonesOnTime(), s.notices(), s.score(), rank));
		}
		return ranked;
	}

	/** The score of a department's tally, or {@code null} when nothing is due or completed yet. */
	static Double score(int[] t) {
		if (t[4] == 0 && t[6] == 0 && t[1] == 0) {
			return null;
		}
		double reportRate = t[4] == 0 ? 1 : (double) t[5] / t[4];
		double milestoneRate = t[6] == 0 ? 1 : (double) t[7] / t[6];
		double completionRate = t[0] == 0 ? 0 : (double) t[1] / t[0];
		double score = Math.max(0, Math.min(100, 40 * reportRate + 40 * milestoneRate + 20 * completionRate - 2 * t[8]));
		return Math.round(score * 10) / 10.0;
	}

	/** The average score of the assessed departments, {@code null} when none is assessed yet. */
	static Double averageScore(List<Views.DepartmentScore> scores) {
		var assessed = scores.stream().filter(Views.DepartmentScore::assessed).mapToDouble(Views.DepartmentScore::score)
			.average();
		return assessed.isPresent() ? Math.round(assessed.getAsDouble() * 10) / 10.0 : null;
	}

	/** Department ids in the directory's order (the government's usual order). */
	List<Long> departmentOrder() {
		return directory.departments().stream().map(DepartmentSummary::id).toList();
	}

}
