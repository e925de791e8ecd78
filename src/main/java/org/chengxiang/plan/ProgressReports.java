package org.chengxiang.plan;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;

import org.chengxiang.platform.audit.AuditEvent;
import org.chengxiang.platform.audit.AuditTrail;
import org.chengxiang.platform.domain.NoSuchRecord;
import org.chengxiang.platform.domain.RuleBroken;
import org.chengxiang.platform.domain.StepRefused;
import org.chengxiang.platform.security.CurrentUser;
import org.chengxiang.platform.web.FileTypes.FileType;
import org.chengxiang.platform.web.Uploads;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.multipart.MultipartFile;

/**
 * Monthly progress reports: the department reports on its assignment, the supervision office accepts or
 * returns the report with a comment. A report for month M is due on the plan's due day of month M + 1.
 */
@Service
@Transactional
class ProgressReports {

	static final long MAX_ATTACHMENT = 10L * 1024 * 1024;

	static final Uploads.Rules ATTACHMENTS = new Uploads.Rules("attachments", 20, MAX_ATTACHMENT,
			EnumSet.allOf(FileType.class));

	private final AssignmentWork work;

	private final JdbcClient jdbc;

	private final AuditTrail audit;

	private final Clock clock;

	private final AssignmentStatusRecorder recorder;

	ProgressReports(AssignmentWork work, JdbcClient jdbc, AuditTrail audit, Clock clock,
			AssignmentStatusRecorder recorder) {
		this.recorder = recorder;
		this.work = work;
		this.jdbc = jdbc;
		this.audit = audit;
		this.clock = clock;
	}

	static LocalDate dueOn(YearMonth period, int dueDay) {
		return period.plusMonths(1).atDay(dueDay);
	}

	long submit(long assignmentId, Commands.SubmitReport command, List<MultipartFile> attachments, CurrentUser user) {
		Assignment assignment = work.visible(assignmentId, user.scope());
		YearMonth period = YearMonth.parse(command.period());
		assignment.checkReport(period, YearMonth.now(clock));
		List<Uploads.Upload> files = Uploads.optional(attachments, ATTACHMENTS, "attachment");
		boolean live = jdbc.sql("""
				select exists(select 1 from plan.progress_report where assignment_id = :a and period = :p and status <> 'RETURNED')
				""").param("a", assignmentId).param("p", command.period()).query(Boolean.class).single();
		if (live) {
			throw RuleBroken.at("period", "plan.rule.periodReported");
		}
		int dueDay = jdbc.sql("select p.report_due_day from plan.plan p join plan.task t on t.plan_id = p.id where t.id = :t")
			.param("t", assignment.taskId())
			.query(Integer.class)
			.single();
		long reportId = jdbc.sql("""
				insert into plan.progress_report (assignment_id, period, due_on, text, stage, percent, problems,
				    submitted_by, submitted_at)
				values (:a, :period, :due, :text, :stage, :percent, :problems, :by, :at) returning id
				""")
			.param("a", assignmentId)
			.param("period", command.period())
			.param("due", dueOn(period, dueDay))
			.param("text", command.text().strip())
			.param("stage", command.stage())
			.param("percent", command.percent())
			.param("problems", command.problems())
			.param("by", user.getUsername())
			.param("at", java.sql.Timestamp.from(clock.instant()))
			.query(Long.class)
			.single();
		files.forEach(file -> attach(reportId, file));
		audit.record(AuditEvent.of("report.submitted", "assignment", assignmentId, null,
				Map.of("reportId", reportId, "period", command.period(), "percent", command.percent())));
		recorder.recordNow(assignment);
		return reportId;
	}

	private void attach(long reportId, Uploads.Upload file) {
		jdbc.sql("""
				insert into plan.report_attachment (report_id, filename, content_type, size_bytes, sha256, content)
				values (:r, :name, :type, :size, :sha, :content)
				""")
			.param("r", reportId)
			.param("name", file.filename())
			.param("type", file.type().mediaType())
			.param("size", file.size())
			.param("sha", file.sha256())
			.param("content", file.content())
			.update();
	}

	void review(long reportId, boolean accept, String comment, CurrentUser user) {
		ReportRow report = jdbc.sql("select id, assignment_id, status from plan.progress_report where id = :id")
			.param("id", reportId)
			.query((rs, n) -> new ReportRow(rs.getLong(1), rs.getLong(2), rs.getString(3)))
			.optional()
			.orElseThrow(() -> new NoSuchRecord("report " + reportId));
		report.checkReview(accept, comment);
		jdbc.sql("""
				update plan.progress_report set status = :status, reviewed_by = :by, reviewed_at = :at, comment = :comment
				where id = :id
				""")
			.param("status", accept ? "ACCEPTED" : "RETURNED")
			.param("by", user.getUsername())
			.param("at", java.sql.Timestamp.from(clock.instant()))
			.param("comment", comment)
			.param("id", reportId)
			.update();
		audit.record(AuditEvent.of(accept ? "report.accepted" : "report.returned", "assignment", report.assignmentId(),
				Map.of("reportId", reportId, "status", "SUBMITTED"),
				Map.of("reportId", reportId, "status", accept ? "ACCEPTED" : "RETURNED")));
	}

	private record ReportRow(long id, long assignmentId, String status) {

		/** A report is reviewed once; one returned says why. */
		void checkReview(boolean accept, String comment) {
			if (!"SUBMITTED".equals(status)) {
				throw StepRefused.because("plan.refused.reportReviewed");
			}
			if (!accept && (comment == null || comment.isBlank())) {
				throw RuleBroken.at("comment", "plan.rule.returnNeedsComment");
			}
		}

	}

}
