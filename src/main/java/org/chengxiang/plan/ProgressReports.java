package org.chengxiang.plan;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

import org.chengxiang.platform.audit.AuditEvent;
import org.chengxiang.platform.audit.AuditTrail;
import org.chengxiang.platform.security.CurrentUser;
import org.chengxiang.platform.domain.RuleBroken;
import org.chengxiang.platform.domain.StepRefused;
import org.chengxiang.platform.web.FileTypes;
import org.chengxiang.platform.domain.NoSuchRecord;

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
		AssignmentWork.requireOwnDepartment(assignment, user);
		if (!assignment.acceptsReports()) {
			throw new StepRefused("措施批准后才能报送进展 / reports start once the measures are approved");
		}
		YearMonth period = YearMonth.parse(command.period());
		if (period.isAfter(YearMonth.now(clock))) {
			throw new RuleBroken("period", "不能报送未来月份 / cannot report on a future month");
		}
		boolean live = jdbc.sql("""
				select exists(select 1 from plan.progress_report where assignment_id = :a and period = :p and status <> 'RETURNED')
				""").param("a", assignmentId).param("p", command.period()).query(Boolean.class).single();
		if (live) {
			throw new RuleBroken("period", "该月已报送，退回后才能重报 / already reported; resubmit after it is returned");
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
		for (MultipartFile file : attachments == null ? List.<MultipartFile>of() : attachments) {
			if (!file.isEmpty()) {
				attach(reportId, file);
			}
		}
		audit.record(AuditEvent.of("report.submitted", "assignment", assignmentId, null,
				Map.of("reportId", reportId, "period", command.period(), "percent", command.percent())));
		recorder.recordNow(assignment);
		return reportId;
	}

	private void attach(long reportId, MultipartFile file) {
		if (file.getSize() > MAX_ATTACHMENT) {
			throw new RuleBroken("attachments", "附件不能超过 10 MB / attachments are limited to 10 MB");
		}
		try {
			byte[] content = file.getBytes();
			String type = FileTypes.detect(content)
				.map(FileTypes.FileType::mediaType)
				.orElseThrow(() -> new RuleBroken("attachments",
						"附件须为 PDF、JPEG、PNG、Word 或 Excel 文件 / attachments must be PDF, JPEG, PNG, Word or Excel"));
			String name = file.getOriginalFilename() == null ? "attachment" : file.getOriginalFilename();
			jdbc.sql("""
					insert into plan.report_attachment (report_id, filename, content_type, size_bytes, sha256, content)
					values (:r, :name, :type, :size, :sha, :content)
					""")
				.param("r", reportId)
				.param("name", name.length() > 200 ? name.substring(name.length() - 200) : name)
				.param("type", type)
				.param("size", content.length)
				.param("sha", HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content)))
				.param("content", content)
				.update();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	void review(long reportId, boolean accept, String comment, CurrentUser user) {
		AssignmentWork.requireSupervisor(user);
		ReportRow report = jdbc.sql("select id, assignment_id, status from plan.progress_report where id = :id")
			.param("id", reportId)
			.query((rs, n) -> new ReportRow(rs.getLong(1), rs.getLong(2), rs.getString(3)))
			.optional()
			.orElseThrow(() -> new NoSuchRecord("report " + reportId));
		if (!"SUBMITTED".equals(report.status())) {
			throw new StepRefused("该报告已审核 / the report was already reviewed");
		}
		if (!accept && (comment == null || comment.isBlank())) {
			throw new RuleBroken("comment", "退回须填写意见 / a returned report needs a comment");
		}
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
	}

}
