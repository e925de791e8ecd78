package org.chengxiang.plan;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

import org.chengxiang.directory.Directory;
import org.chengxiang.platform.domain.NoSuchRecord;
import org.chengxiang.platform.domain.Text;
import org.chengxiang.platform.security.Scope;
import org.chengxiang.platform.web.ReaderTexts;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads one assignment for its page and the API: its milestones, reports with their attachments, notices,
 * extension requests and reminders, within the user's scope; an assignment outside it is not found.
 */
@Service
@Transactional(readOnly = true)
class AssignmentQueries {

	private final JdbcClient jdbc;

	private final Directory directory;

	private final PlanQueries plans;

	AssignmentQueries(JdbcClient jdbc, Directory directory, PlanQueries plans) {
		this.jdbc = jdbc;
		this.directory = directory;
		this.plans = plans;
	}

	Views.AssignmentDetail assignment(long id, Scope scope) {
		Map<Long, String> names = plans.departmentNames();
		Views.AssignmentRow row = jdbc.sql(PlanQueries.ROWS + """
				where a.id = :id and (cast(:department as bigint) is null or a.department_id = :department)
				""").param("id", id).param("department", scope.departmentFilter())
			.query((rs, n) -> PlanQueries.row(rs, names)).optional()
			.orElseThrow(() -> new NoSuchRecord("assignment " + id));
		LocalDate today = plans.today();
		return jdbc.sql("""
				select a.*, t.seq, t.number, t.title, t.content, p.id as plan_id, p.title as plan_title
				from plan.assignment a join plan.task t on t.id = a.task_id join plan.plan p on p.id = t.plan_id
				where a.id = :id
				""").param("id", id).query((rs, n) -> new Views.AssignmentDetail(row, rs.getInt("seq"),
				rs.getString("number"), rs.getString("title"), rs.getString("content"), rs.getLong("plan_id"),
				rs.getString("plan_title"), rs.getString("responsible_leader"), rs.getString("contact_person"),
				rs.getString("contact_phone"), instant(rs.getTimestamp("signed_at")), rs.getString("measures"),
				rs.getString("measures_comment"), rs.getString("completion_report"),
				rs.getString("archive_statement"), milestones(id, today), reports(id), notices(id),
				extensions(id), reminders(id))).single();
	}

	private List<Views.MilestoneRow> milestones(long assignmentId, LocalDate today) {
		return jdbc.sql("select * from plan.milestone where assignment_id = :a order by due_on, id")
			.param("a", assignmentId)
			.query((rs, n) -> {
				LocalDate due = rs.getObject("due_on", LocalDate.class);
				LocalDate done = rs.getObject("done_on", LocalDate.class);
				return new Views.MilestoneRow(rs.getLong("id"), rs.getString("title"),
						rs.getObject("original_due_on", LocalDate.class), due, rs.getInt("extensions"), done,
						done == null && due.isBefore(today));
			})
			.list();
	}

	private List<Views.ReportRow> reports(long assignmentId) {
		Map<Long, List<Views.AttachmentRow>> attachments = jdbc.sql("""
				select x.id, x.report_id, x.filename, x.content_type, x.size_bytes, x.sha256
				from plan.report_attachment x join plan.progress_report r on r.id = x.report_id
				where r.assignment_id = :a order by x.id
				""")
			.param("a", assignmentId)
			.query((rs, n) -> Map.entry(rs.getLong(2), new Views.AttachmentRow(rs.getLong(1), rs.getString(3),
					rs.getString(4), rs.getInt(5), rs.getString(6))))
			.list()
			.stream()
			.collect(Collectors.groupingBy(Map.Entry::getKey,
					Collectors.mapping(Map.Entry::getValue, Collectors.toList())));
		return jdbc.sql("select * from plan.progress_report where assignment_id = :a order by period desc, id desc")
			.param("a", assignmentId)
			.query((rs, n) -> new Views.ReportRow(rs.getLong("id"), rs.getString("period"),
					rs.getObject("due_on", LocalDate.class), rs.getString("text"), rs.getString("stage"),
					rs.getInt("percent"), rs.getString("problems"), rs.getString("status"),
					rs.getString("submitted_by"), instant(rs.getTimestamp("submitted_at")), rs.getString("comment"),
					attachments.getOrDefault(rs.getLong("id"), List.of())))
			.list();
	}

	private List<Views.NoticeRow> notices(long assignmentId) {
		return jdbc.sql("""
				select n.*, exists(select 1 from plan.notice x where x.escalated_to = n.id) as escalation
				from plan.notice n where n.assignment_id = :a order by n.id desc
				""")
			.param("a", assignmentId)
			.query((rs, n) -> {
				long escalated = rs.getLong("escalated_to");
				Long escalatedTo = rs.wasNull() ? null : escalated;
				return new Views.NoticeRow(rs.getLong("id"), NoticeLevel.valueOf(rs.getString("level")),
						rs.getString("text"), rs.getString("issued_by"), instant(rs.getTimestamp("issued_at")),
						rs.getObject("respond_by", LocalDate.class), rs.getString("response"),
						rs.getString("responded_by"), instant(rs.getTimestamp("responded_at")), escalatedTo,
						rs.getString("read_by"), instant(rs.getTimestamp("read_at")), rs.getBoolean("escalation"));
			})
			.list();
	}

	/**
	 * The people an assignment's page names (who reported, issued, answered, asked, decided), by login name, as
	 * their names and units; {@code system} is the daily job and left to the page.
	 */
	Map<String, String> people(Views.AssignmentDetail detail) {
		List<String> logins = new ArrayList<>();
		detail.reports().forEach(r -> logins.add(r.submittedBy()));
		detail.notices().forEach(n -> {
			logins.add(n.issuedBy());
			logins.add(n.respondedBy());
			logins.add(n.readBy());
		});
		detail.extensions().forEach(e -> {
			logins.add(e.requestedBy());
			logins.add(e.decidedBy());
		});
		Map<String, String> labels = new HashMap<>();
		directory.people(logins.stream().filter(Objects::nonNull).distinct().toList())
			.forEach((login, person) -> labels.put(login, person.label()));
		return labels;
	}

	private List<Views.ExtensionRow> extensions(long assignmentId) {
		return jdbc.sql("""
				select e.*, m.title from plan.extension_request e join plan.milestone m on m.id = e.milestone_id
				where m.assignment_id = :a order by e.id desc
				""")
			.param("a", assignmentId)
			.query((rs, n) -> new Views.ExtensionRow(rs.getLong("id"), rs.getLong("milestone_id"), rs.getString("title"),
					rs.getObject("requested_due_on", LocalDate.class), rs.getString("reason"), rs.getString("status"),
					rs.getString("requested_by"), rs.getString("decided_by"), rs.getString("comment")))
			.list();
	}

	private List<String> reminders(long assignmentId) {
		return jdbc.sql("""
				select message, message_key, message_args from plan.reminder where assignment_id = :a
				order by id desc limit 20
				""")
			.param("a", assignmentId)
			.query((rs, n) -> reminderText(rs))
			.list();
	}

	/**
	 * What a reminder says, in the reader's language; one written before reminders kept their message key is shown
	 * as it was stored.
	 */
	static String reminderText(java.sql.ResultSet rs) throws java.sql.SQLException {
		String key = rs.getString("message_key");
		if (key == null) {
			return rs.getString("message");
		}
		java.sql.Array args = rs.getArray("message_args");
		Object[] values = args == null ? new Object[0] : (Object[]) args.getArray();
		return ReaderTexts.of(Text.of(key, values));
	}

	/** Attachment content, if the report is visible in the scope. */
	Optional<Attachment> attachment(long attachmentId, Scope scope) {
		return jdbc.sql("""
				select x.filename, x.content_type, x.content, a.department_id
				from plan.report_attachment x join plan.progress_report r on r.id = x.report_id
				join plan.assignment a on a.id = r.assignment_id where x.id = :id
				""").param("id", attachmentId).query((rs, n) -> {
			long department = rs.getLong(4);
			return new Attachment(rs.getString(1), rs.getString(2), rs.getBytes(3), rs.wasNull() ? null : department);
		}).optional().filter(a -> scope.covers(a.departmentId()));
	}

	/** A stored attachment. */
	record Attachment(String filename, String contentType, byte[] content, Long departmentId) {
	}

	private static Instant instant(Timestamp timestamp) {
		return timestamp == null ? null : timestamp.toInstant();
	}

}
