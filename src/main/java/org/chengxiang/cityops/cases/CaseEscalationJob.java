package org.chengxiang.cityops.cases;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.chengxiang.platform.audit.AuditEvent;
import org.chengxiang.platform.audit.AuditTrail;
import org.chengxiang.platform.domain.Text;
import org.chengxiang.platform.security.Role;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Escalates overdue steps (超时督办): a case whose current step is past its time limit gets one supervision
 * notice for that step — to the department's lead while the department has it, to the supervision office while
 * the operations centre or the grid officer has it — with an audit entry and a line on its timeline. Several
 * instances may run it; a transaction-scoped advisory lock lets one of them do the work, and the unique
 * (case, step) row makes a second run change nothing.
 */
@Component
class CaseEscalationJob {

	static final int BATCH = 1000;

	private static final long LOCK = 0x636974796f70735fL; // "cityops_"

	private static final Logger log = LoggerFactory.getLogger(CaseEscalationJob.class);

	private final JdbcClient jdbc;

	private final CaseNotices notices;

	private final CaseTimeline timeline;

	private final AuditTrail audit;

	private final Clock clock;

	CaseEscalationJob(JdbcClient jdbc, CaseNotices notices, CaseTimeline timeline, AuditTrail audit, Clock clock) {
		this.jdbc = jdbc;
		this.notices = notices;
		this.timeline = timeline;
		this.audit = audit;
		this.clock = clock;
	}

	@Scheduled(cron = "${chengxiang.cityops.escalation-cron:0 */5 * * * *}", zone = "Asia/Shanghai")
	void scheduled() {
		Result result = run(clock.instant());
		if (result.escalated() > 0) {
			log.info("Case escalation job: {}", result);
		}
	}

	/** What one run did. */
	record Result(boolean ran, int escalated) {
	}

	@Transactional
	Result run(Instant now) {
		boolean locked = jdbc.sql("select pg_try_advisory_xact_lock(:key)").param("key", LOCK).query(Boolean.class).single();
		if (!locked) {
			return new Result(false, 0);
		}
		var overdue = jdbc.sql("""
				select c.id, c.number, c.status, c.step_seq, c.due_at, c.department_id, k.name
				from cityops.city_case c join cityops.case_class k on k.code = c.class_code
				where c.status not in ('REJECTED', 'CLOSED') and c.due_at < :now
				  and not exists (select 1 from cityops.case_escalation e where e.case_id = c.id and e.step_seq = c.step_seq)
				order by c.due_at limit :batch
				""")
			.param("now", Timestamp.from(now))
			.param("batch", BATCH)
			.query((rs, n) -> new Overdue(rs.getLong(1), rs.getString(2), CaseStatus.valueOf(rs.getString(3)), rs.getInt(4),
					rs.getTimestamp(5).toInstant(), (Long) rs.getObject(6), rs.getString(7)))
			.list();
		int escalated = 0;
		for (Overdue c : overdue) {
			int inserted = jdbc.sql("""
					insert into cityops.case_escalation (case_id, step_seq, status, due_at, escalated_at)
					values (:case, :seq, :status, :due, :at) on conflict do nothing
					""")
				.param("case", c.id())
				.param("seq", c.stepSeq())
				.param("status", c.status().name())
				.param("due", Timestamp.from(c.dueAt()))
				.param("at", Timestamp.from(now))
				.update();
			if (inserted == 0) {
				continue;
			}
			escalated++;
			Text message = Text.of("cityops.case.notice.escalated", c.number(), c.className(), c.status().text(),
					Views.format(c.dueAt(), clock));
			boolean department = CaseStatus.WITH_DEPARTMENT.contains(c.status()) && c.departmentId() != null;
			if (department) {
				notices.tell(Role.DEPARTMENT_LEAD, c.departmentId(), c.id(), message);
			}
			else {
				notices.tell(Role.SUPERVISOR, null, c.id(), message);
			}
			timeline.note(c.id(), CaseIntake.SYSTEM, "escalated", c.status(), c.status(),
					Text.of(department ? "cityops.case.note.escalatedToDepartment" : "cityops.case.note.escalatedToCentre",
							c.status().text(), Views.format(c.dueAt(), clock)));
			audit.record(AuditEvent.of("case.escalated", "case", c.number(), null,
					Map.of("status", c.status().name(), "dueAt", c.dueAt().toString(), "to",
							department ? "DEPARTMENT_LEAD" : "SUPERVISOR")));
		}
		return new Result(true, escalated);
	}

	private record Overdue(long id, String number, CaseStatus status, int stepSeq, Instant dueAt, Long departmentId,
			String className) {
	}

}
