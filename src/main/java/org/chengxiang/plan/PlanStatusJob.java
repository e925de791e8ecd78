package org.chengxiang.plan;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.chengxiang.platform.audit.AuditEvent;
import org.chengxiang.platform.audit.AuditTrail;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Once a day: recomputes every active assignment's status and traffic light, sends reminders before
 * milestones and reports fall due, marks overdue milestones, and escalates unanswered notices. Several
 * instances may run it; a transaction-scoped advisory lock lets one of them do the work.
 */
@Component
class PlanStatusJob {

	static final int REMIND_DAYS_BEFORE = 3;

	private static final long LOCK = 0x706c616e5f6a6f62L; // "plan_job"

	private static final Logger log = LoggerFactory.getLogger(PlanStatusJob.class);

	private final JdbcClient jdbc;

	private final Assignments assignments;

	private final SupervisionNotices notices;

	private final AuditTrail audit;

	private final AssignmentStatusRecorder recorder;

	private final Clock clock;

	PlanStatusJob(JdbcClient jdbc, Assignments assignments, SupervisionNotices notices, AuditTrail audit,
			AssignmentStatusRecorder recorder, Clock clock) {
		this.jdbc = jdbc;
		this.assignments = assignments;
		this.notices = notices;
		this.audit = audit;
		this.recorder = recorder;
		this.clock = clock;
	}

	@Scheduled(cron = "${chengxiang.plan.status-cron:0 10 1 * * *}", zone = "Asia/Shanghai")
	void daily() {
		Result result = run(LocalDate.now(clock));
		log.info("Plan status job: {}", result);
	}

	/** What one run did. */
	record Result(boolean ran, int assignments, int reminders, int overdueMilestones, int escalatedNotices) {
	}

	@Transactional
	Result run(LocalDate today) {
		boolean locked = jdbc.sql("select pg_try_advisory_xact_lock(:key)").param("key", LOCK).query(Boolean.class).single();
		if (!locked) {
			return new Result(false, 0, 0, 0, 0);
		}
		int reminders = 0;
		int overdue = 0;
		var planIds = jdbc.sql("select id from plan.plan where status = 'ACTIVE'").query(Long.class).list();
		int count = 0;
		for (long planId : planIds) {
			int dueDay = jdbc.sql("select report_due_day from plan.plan where id = :id").param("id", planId).query(Integer.class).single();
			for (Assignment a : assignments.findByPlan(planId)) {
				count++;
				AssignmentStatusRecorder.LastReport report = recorder.lastReport(a, today, dueDay);
				if (report != null && !report.reported()) {
					if (!today.isAfter(report.dueOn()) && !today.isBefore(report.dueOn().minusDays(REMIND_DAYS_BEFORE))) {
						reminders += remind(a, "report-due", report.period().toString(), "plan.reminder.reportDue",
								report.period().toString(), report.dueOn().toString());
					}
					if (today.isAfter(report.dueOn())) {
						reminders += remind(a, "report-late", report.period().toString(), "plan.reminder.reportLate",
								report.period().toString());
					}
				}
				for (Milestone m : a.milestones()) {
					if (m.isDueWithin(today, REMIND_DAYS_BEFORE)) {
						reminders += remind(a, "milestone-due", m.id() + "@" + m.dueOn(), "plan.reminder.milestoneDue",
								m.title(), m.dueOn().toString());
					}
					if (m.isOverdue(today) && markOverdue(m.id())) {
						overdue++;
						reminders += remind(a, "milestone-overdue", m.id() + "@" + m.dueOn(),
								"plan.reminder.milestoneOverdue", m.title(), m.dueOn().toString());
						audit.record(AuditEvent.of("milestone.overdue", "assignment", a.id(), null,
								Map.of("milestoneId", m.id(), "title", m.title(), "dueOn", m.dueOn().toString())));
					}
				}
				recorder.record(a, today, dueDay);
			}
		}
		int escalated = notices.escalateOverdue(today);
		return new Result(true, count, reminders, overdue, escalated);
	}

	private boolean markOverdue(long milestoneId) {
		return jdbc.sql("update plan.milestone set overdue_marked = true where id = :id and not overdue_marked")
			.param("id", milestoneId)
			.update() == 1;
	}

	/** Stores a reminder once per assignment, kind and reference, saying what by message key and arguments. */
	private int remind(Assignment a, String kind, String reference, String key, String... args) {
		return jdbc.sql("""
				insert into plan.reminder (assignment_id, kind, reference, message_key, message_args, created_at)
				values (:a, :kind, :ref, :key, :args, :at) on conflict do nothing
				""")
			.param("a", a.id())
			.param("kind", kind)
			.param("ref", reference)
			.param("key", key)
			.param("args", args)
			.param("at", Timestamp.from(clock.instant()))
			.update();
	}

}
