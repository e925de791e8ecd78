package org.chengxiang.plan;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;

import org.chengxiang.platform.audit.AuditEvent;
import org.chengxiang.platform.audit.AuditTrail;
import org.chengxiang.platform.calendar.WorkingDayCalendar;
import org.chengxiang.platform.security.CurrentUser;
import org.chengxiang.platform.domain.StepRefused;
import org.chengxiang.platform.domain.NoSuchRecord;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Supervision notices (督办单): the supervision office issues one to a department's assignment with a
 * response deadline in working days; the department answers in writing; an unanswered notice escalates
 * 提醒 → 催办 → 督办 → 通报, by hand or when its deadline passes.
 */
@Service
@Transactional
class SupervisionNotices {

	static final int ESCALATION_WORKING_DAYS = 3;

	private final AssignmentWork work;

	private final JdbcClient jdbc;

	private final AuditTrail audit;

	private final WorkingDayCalendar calendar;

	private final Clock clock;

	SupervisionNotices(AssignmentWork work, JdbcClient jdbc, AuditTrail audit, WorkingDayCalendar calendar,
			Clock clock) {
		this.work = work;
		this.jdbc = jdbc;
		this.audit = audit;
		this.calendar = calendar;
		this.clock = clock;
	}

	long issue(long assignmentId, Commands.IssueNotice command, CurrentUser user) {
		work.visible(assignmentId, user.scope()).checkNotice();
		return insert(assignmentId, command.level(), command.text().strip(), command.respondWithinWorkingDays(),
				user.getUsername(), null);
	}

	void respond(long noticeId, Commands.Respond command, CurrentUser user) {
		NoticeRow notice = notice(noticeId);
		work.visible(notice.assignmentId(), user.scope());
		notice.checkOpen();
		jdbc.sql("update plan.notice set response = :r, responded_by = :by, responded_at = :at where id = :id")
			.param("r", command.response().strip())
			.param("by", user.getUsername())
			.param("at", java.sql.Timestamp.from(clock.instant()))
			.param("id", noticeId)
			.update();
		audit.record(AuditEvent.of("notice.answered", "assignment", notice.assignmentId(), Map.of("noticeId", noticeId),
				Map.of("noticeId", noticeId, "response", command.response())));
	}

	/** The supervision office has read the department's answer; it leaves the office's to-do list. */
	void markRead(long noticeId, CurrentUser user) {
		NoticeRow notice = notice(noticeId);
		work.visible(notice.assignmentId(), user.scope());
		notice.checkAnswered();
		int updated = jdbc.sql("update plan.notice set read_by = :by, read_at = :at where id = :id and read_at is null")
			.param("by", user.getUsername())
			.param("at", java.sql.Timestamp.from(clock.instant()))
			.param("id", noticeId)
			.update();
		if (updated == 1) {
			audit.record(AuditEvent.of("notice.read", "assignment", notice.assignmentId(), null,
					Map.of("noticeId", noticeId)));
		}
	}

	/** Raises an unanswered notice one level; the new notice replaces it. */
	long escalate(long noticeId, String text, String by) {
		NoticeRow notice = notice(noticeId);
		notice.checkOpen();
		NoticeLevel next = notice.level().next().orElseThrow(() -> StepRefused.because("plan.refused.highestLevel"));
		long escalated = insert(notice.assignmentId(), next,
				text == null || text.isBlank() ? notice.text() : text.strip(),
				ESCALATION_WORKING_DAYS, by, noticeId);
		jdbc.sql("update plan.notice set escalated_to = :to where id = :id").param("to", escalated).param("id", noticeId).update();
		return escalated;
	}

	long escalate(long noticeId, String text, CurrentUser user) {
		return escalate(noticeId, text, user.getUsername());
	}

	/** Escalates every unanswered notice whose deadline has passed; called by the daily job. */
	int escalateOverdue(LocalDate today) {
		var overdue = jdbc.sql("""
				select id from plan.notice where response is null and escalated_to is null and respond_by < :today
				  and level <> 'BULLETIN' order by id
				""").param("today", today).query(Long.class).list();
		overdue.forEach(id -> escalate(id, null, "system"));
		return overdue.size();
	}

	private long insert(long assignmentId, NoticeLevel level, String text, int workingDays, String by, Long previous) {
		LocalDate respondBy = calendar.addWorkingDays(LocalDate.now(clock), workingDays);
		long id = jdbc.sql("""
				insert into plan.notice (assignment_id, level, text, issued_by, issued_at, respond_by)
				values (:a, :level, :text, :by, :at, :respondBy) returning id
				""")
			.param("a", assignmentId)
			.param("level", level.name())
			.param("text", text)
			.param("by", by)
			.param("at", java.sql.Timestamp.from(clock.instant()))
			.param("respondBy", respondBy)
			.query(Long.class)
			.single();
		audit.record(AuditEvent.of(previous == null ? "notice.issued" : "notice.escalated", "assignment", assignmentId,
				previous == null ? null : Map.of("noticeId", previous),
				Map.of("noticeId", id, "level", level.name(), "respondBy", respondBy.toString())));
		return id;
	}

	private NoticeRow notice(long id) {
		return jdbc.sql("select id, assignment_id, level, text, response is not null, escalated_to is not null from plan.notice where id = :id")
			.param("id", id)
			.query((rs, n) -> new NoticeRow(rs.getLong(1), rs.getLong(2), NoticeLevel.valueOf(rs.getString(3)),
					rs.getString(4), rs.getBoolean(5), rs.getBoolean(6)))
			.optional()
			.orElseThrow(() -> new NoSuchRecord("notice " + id));
	}

	private record NoticeRow(long id, long assignmentId, NoticeLevel level, String text, boolean answered,
			boolean escalated) {

		/** Only a notice neither answered nor escalated is answered or escalated. */
		void checkOpen() {
			if (answered || escalated) {
				throw StepRefused.because("plan.refused.noticeClosed");
			}
		}

		void checkAnswered() {
			if (!answered) {
				throw StepRefused.because("plan.refused.noticeNotAnswered");
			}
		}

	}

}
