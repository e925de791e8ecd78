package org.chengxiang.plan;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Map;

import org.chengxiang.platform.audit.AuditEvent;
import org.chengxiang.platform.audit.AuditTrail;

import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Works out an assignment's status and traffic light for a day and stores them, auditing a change. Used
 * after every workflow step (on the step the assignment registers), after a progress report and by the daily job,
 * so a page never shows a stale light for long.
 */
@Component
class AssignmentStatusRecorder {

	private final JdbcClient jdbc;

	private final AuditTrail audit;

	private final Clock clock;

	private final Assignments assignments;

	AssignmentStatusRecorder(JdbcClient jdbc, AuditTrail audit, Clock clock, Assignments assignments) {
		this.jdbc = jdbc;
		this.assignments = assignments;
		this.audit = audit;
		this.clock = clock;
	}

	/** The last month whose report is due by {@code today}'s rules, if the assignment reports at all. */
	LastReport lastReport(Assignment a, LocalDate today, int dueDay) {
		if (!a.acceptsReports() || a.signedAt() == null) {
			return null;
		}
		YearMonth last = YearMonth.from(today).minusMonths(1);
		YearMonth first = YearMonth.from(a.signedAt().atZone(clock.getZone()));
		if (last.isBefore(first)) {
			return null;
		}
		LocalDate due = ProgressReports.dueOn(last, dueDay);
		boolean reported = jdbc.sql("""
				select exists(select 1 from plan.progress_report where assignment_id = :a and period = :p and status <> 'RETURNED')
				""").param("a", a.id()).param("p", last.toString()).query(Boolean.class).single();
		return new LastReport(last, due, reported);
	}

	void record(Assignment a, LocalDate today, int dueDay) {
		LastReport report = lastReport(a, today, dueDay);
		boolean late = report != null && !report.reported() && today.isAfter(report.dueOn());
		boolean hasReports = jdbc.sql("select exists(select 1 from plan.progress_report where assignment_id = :a)")
			.param("a", a.id())
			.query(Boolean.class)
			.single();
		AssignmentStatus status = a.status(today, hasReports);
		Light light = a.light(today, late);
		var before = jdbc.sql("select status, light from plan.assignment where id = :id")
			.param("id", a.id())
			.query((rs, n) -> Map.of("status", rs.getString(1), "light", rs.getString(2)))
			.single();
		Map<String, String> after = Map.of("status", status.name(), "light", light.name());
		jdbc.sql("update plan.assignment set status = :status, light = :light, status_computed_at = :at where id = :id")
			.param("status", status.name())
			.param("light", light.name())
			.param("at", Timestamp.from(clock.instant()))
			.param("id", a.id())
			.update();
		if (!before.equals(after)) {
			audit.record(AuditEvent.of("assignment.status", "assignment", a.id(), before, after));
		}
	}

	/** A step was taken: the assignment's status as of today, within the step's transaction. */
	@EventListener
	void on(AssignmentStepTaken step) {
		assignments.findById(step.assignmentId()).ifPresent(this::recordNow);
	}

	/** Today's status, for a step just taken. */
	void recordNow(Assignment a) {
		int dueDay = jdbc.sql("select p.report_due_day from plan.plan p join plan.task t on t.plan_id = p.id where t.id = :t")
			.param("t", a.taskId())
			.query(Integer.class)
			.single();
		record(a, LocalDate.now(clock), dueDay);
	}

	/** The last report period that is due, its due date, and whether it came. */
	record LastReport(YearMonth period, LocalDate dueOn, boolean reported) {
	}

}
