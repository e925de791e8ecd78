package org.chengxiang.plan;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.chengxiang.directory.DepartmentSummary;
import org.chengxiang.directory.Directory;
import org.chengxiang.platform.security.Scope;
import org.chengxiang.platform.domain.NoSuchRecord;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads plans for pages, the API and dashboards, always within the user's scope: a department sees its own
 * assignments (and the tasks they belong to); the supervision office and administrators see everything.
 */
@Service
@Transactional(readOnly = true)
class PlanQueries {

	private final JdbcClient jdbc;

	private final Directory directory;

	private final List<IndicatorSource> indicators;

	private final Clock clock;

	private final Assignments assignmentRepository;

	PlanQueries(JdbcClient jdbc, Directory directory, List<IndicatorSource> indicators, Clock clock,
			Assignments assignmentRepository) {
		this.jdbc = jdbc;
		this.assignmentRepository = assignmentRepository;
		this.directory = directory;
		this.indicators = indicators;
		this.clock = clock;
	}

	LocalDate today() {
		return LocalDate.now(clock);
	}

	/** Assignments of a plan visible in the scope, in task order. */
	List<Views.AssignmentRow> assignments(long planId, Scope scope) {
		Map<Long, String> names = departmentNames();
		return jdbc.sql("""
				select a.*, t.seq,
				    (select min(m.due_on) from plan.milestone m where m.assignment_id = a.id and m.done_on is null) as next_due,
				    (select r.percent from plan.progress_report r where r.assignment_id = a.id and r.status <> 'RETURNED'
				        order by r.period desc, r.id desc limit 1) as last_percent,
				    (select coalesce(sum(m.extensions), 0) from plan.milestone m where m.assignment_id = a.id) as extensions
				from plan.assignment a join plan.task t on t.id = a.task_id
				where t.plan_id = :plan and (cast(:department as bigint) is null or a.department_id = :department)
				order by t.seq, a.role, a.id
				""")
			.param("plan", planId)
			.param("department", scope.departmentFilter())
			.query((rs, n) -> row(rs, names))
			.list();
	}

	List<Views.TaskView> tasks(long planId, Scope scope) {
		List<Views.AssignmentRow> rows = assignments(planId, scope);
		Map<Long, List<Views.AssignmentRow>> byTask = rows.stream()
			.collect(Collectors.groupingBy(Views.AssignmentRow::taskId, LinkedHashMap::new, Collectors.toList()));
		Set<Long> watched = Set.copyOf(jdbc.sql("select task_id from plan.watch where user_id = :u")
			.param("u", scope.userId())
			.query(Long.class)
			.list());
		int year = jdbc.sql("select year from plan.plan where id = :id").param("id", planId).query(Integer.class).optional()
			.orElseThrow(() -> new NoSuchRecord("plan " + planId));
		return jdbc.sql("""
				select t.id, t.seq, t.number, t.title, t.content, c.number as chapter_number, c.title as chapter_title
				from plan.task t join plan.chapter c on c.id = t.chapter_id where t.plan_id = :plan order by t.seq
				""")
			.param("plan", planId)
			.query((rs, n) -> {
				long taskId = rs.getLong("id");
				List<Views.AssignmentRow> parts = byTask.getOrDefault(taskId, List.of());
				return new Views.TaskView(taskId, rs.getInt("seq"), rs.getString("number"), rs.getString("title"),
						rs.getString("content"), rs.getString("chapter_number"), rs.getString("chapter_title"),
						taskStatus(parts), worstLight(parts), parts, List.of(), watched.contains(taskId));
			})
			.list()
			.stream()
			.filter(task -> scope.seesAllDepartments() || !task.assignments().isEmpty())
			.map(task -> withIndicators(task, planId, year))
			.toList();
	}

	private Views.TaskView withIndicators(Views.TaskView task, long planId, int year) {
		List<String> keys = jdbc.sql("select indicator_key from plan.indicator_binding where task_id = :t order by 1")
			.param("t", task.id())
			.query(String.class)
			.list();
		List<Views.IndicatorRow> measured = new ArrayList<>();
		measured.add(new Views.IndicatorRow("plan.completion-rate", "完成率", "%",
				percent(task.assignments().stream().filter(a -> a.status() == AssignmentStatus.COMPLETED).count(),
						task.assignments().size()),
				"已完成的责任单位 / 全部责任单位"));
		List<Long> assignmentIds = task.assignments().stream().map(Views.AssignmentRow::id).toList();
		if (!assignmentIds.isEmpty()) {
			var reportStats = jdbc.sql("""
					select count(*) filter (where (submitted_at at time zone 'Asia/Shanghai')::date <= due_on), count(*)
					from plan.progress_report where assignment_id = any(:ids) and status <> 'RETURNED'
					""").param("ids", assignmentIds.toArray(Long[]::new)).query((rs, n) -> new long[] { rs.getLong(1), rs.getLong(2) }).single();
			measured.add(new Views.IndicatorRow("plan.on-time-report-rate", "按期报送率", "%",
					percent(reportStats[0], reportStats[1]), "按期报送的进展报告 / 已报送的进展报告"));
		}
		for (IndicatorSource source : indicators) {
			if (keys.contains(source.key())) {
				Optional<IndicatorSource.IndicatorValue> value = source
					.measure(new IndicatorSource.IndicatorScope(planId, year, task.id()));
				measured.add(new Views.IndicatorRow(source.key(), source.name(), source.unit(),
						value.map(IndicatorSource.IndicatorValue::value).orElse(null),
						value.map(IndicatorSource.IndicatorValue::note).orElse("暂无数据")));
			}
		}
		return new Views.TaskView(task.id(), task.seq(), task.number(), task.title(), task.content(),
				task.chapterNumber(), task.chapterTitle(), task.status(), task.light(), task.assignments(), measured,
				task.watched());
	}

	static Double percent(long part, long whole) {
		return whole == 0 ? null : Math.round(1000.0 * part / whole) / 10.0;
	}

	static AssignmentStatus taskStatus(List<Views.AssignmentRow> parts) {
		if (parts.isEmpty()) {
			return AssignmentStatus.NOT_STARTED;
		}
		if (parts.stream().allMatch(a -> a.status() == AssignmentStatus.COMPLETED)) {
			return AssignmentStatus.COMPLETED;
		}
		if (parts.stream().anyMatch(a -> a.status() == AssignmentStatus.DELAYED)) {
			return AssignmentStatus.DELAYED;
		}
		if (parts.stream().anyMatch(a -> a.status() != AssignmentStatus.NOT_STARTED)) {
			return AssignmentStatus.IN_PROGRESS;
		}
		return AssignmentStatus.NOT_STARTED;
	}

	static Light worstLight(List<Views.AssignmentRow> parts) {
		return parts.stream().map(Views.AssignmentRow::light).max(Comparator.naturalOrder()).orElse(Light.GREEN);
	}

	Views.AssignmentDetail assignment(long id, Scope scope) {
		Map<Long, String> names = departmentNames();
		Views.AssignmentRow row = jdbc.sql("""
				select a.*, t.seq,
				    (select min(m.due_on) from plan.milestone m where m.assignment_id = a.id and m.done_on is null) as next_due,
				    (select r.percent from plan.progress_report r where r.assignment_id = a.id and r.status <> 'RETURNED'
				        order by r.period desc, r.id desc limit 1) as last_percent,
				    (select coalesce(sum(m.extensions), 0) from plan.milestone m where m.assignment_id = a.id) as extensions
				from plan.assignment a join plan.task t on t.id = a.task_id where a.id = :id
				""").param("id", id).query((rs, n) -> row(rs, names)).optional()
			.filter(r -> scope.covers(r.departmentId()))
			.orElseThrow(() -> new NoSuchRecord("assignment " + id));
		LocalDate today = today();
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
		return jdbc.sql("select * from plan.notice where assignment_id = :a order by id desc")
			.param("a", assignmentId)
			.query((rs, n) -> {
				long escalated = rs.getLong("escalated_to");
				Long escalatedTo = rs.wasNull() ? null : escalated;
				return new Views.NoticeRow(rs.getLong("id"), NoticeLevel.valueOf(rs.getString("level")),
						rs.getString("text"), rs.getString("issued_by"), instant(rs.getTimestamp("issued_at")),
						rs.getObject("respond_by", LocalDate.class), rs.getString("response"),
						rs.getString("responded_by"), instant(rs.getTimestamp("responded_at")), escalatedTo,
						rs.getString("read_by"), instant(rs.getTimestamp("read_at")));
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
		Map<String, String> labels = new java.util.HashMap<>();
		directory.people(logins.stream().filter(java.util.Objects::nonNull).distinct().toList())
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
		return jdbc.sql("select message from plan.reminder where assignment_id = :a order by id desc limit 20")
			.param("a", assignmentId)
			.query(String.class)
			.list();
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

	Views.Progress progress(List<Views.AssignmentRow> rows) {
		int notStarted = 0, inProgress = 0, completed = 0, delayed = 0, green = 0, yellow = 0, red = 0;
		for (Views.AssignmentRow row : rows) {
			switch (row.status()) {
				case NOT_STARTED -> notStarted++;
				case IN_PROGRESS -> inProgress++;
				case COMPLETED -> completed++;
				case DELAYED -> delayed++;
			}
			switch (row.light()) {
				case GREEN -> green++;
				case YELLOW -> yellow++;
				case RED -> red++;
			}
		}
		return new Views.Progress(rows.size(), notStarted, inProgress, completed, delayed, green, yellow, red);
	}

	/**
	 * The yearly assessment (考核) of each department in a plan:
	 * score = 40 × on-time report rate + 40 × milestones met on time + 20 × completion rate − 2 × notices at
	 * 催办 or above, within 0–100. A rate with nothing due yet counts as full. A department with nothing due and
	 * nothing completed yet is not assessed (未考核): it has no score, no rank, and stays out of the averages.
	 * Ranked departments come first, best first; the others follow in the directory's order.
	 */
	List<Views.DepartmentScore> assessment(long planId) {
		LocalDate today = today();
		int dueDay = jdbc.sql("select report_due_day from plan.plan where id = :id").param("id", planId).query(Integer.class)
			.optional()
			.orElseThrow(() -> new NoSuchRecord("plan " + planId));
		Map<Long, String> names = departmentNames();
		Map<Long, int[]> tally = new LinkedHashMap<>();
		for (Assignment a : assignmentsOf(planId)) {
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

	private List<Assignment> assignmentsOf(long planId) {
		return assignmentRepository.findByPlan(planId);
	}

	/** Department ids in the directory's order (the government's usual order). */
	List<Long> departmentOrder() {
		return directory.departments().stream().map(DepartmentSummary::id).toList();
	}

	private Map<Long, String> departmentNames() {
		return directory.departments().stream().collect(Collectors.toMap(DepartmentSummary::id, DepartmentSummary::shortName,
				(a, b) -> a));
	}

	static Views.AssignmentRow row(ResultSet rs, Map<Long, String> names) throws SQLException {
		long department = rs.getLong("department_id");
		Long departmentId = rs.wasNull() ? null : department;
		int percent = rs.getInt("last_percent");
		Integer lastPercent = rs.wasNull() ? null : percent;
		return new Views.AssignmentRow(rs.getLong("id"), rs.getLong("task_id"), rs.getInt("seq"), rs.getString("written_name"),
				departmentId, departmentId == null ? null : names.get(departmentId),
				UnitRole.valueOf(rs.getString("role")), AssignmentStage.valueOf(rs.getString("stage")),
				AssignmentStatus.valueOf(rs.getString("status")), Light.valueOf(rs.getString("light")),
				rs.getObject("next_due", LocalDate.class), lastPercent, rs.getInt("extensions"));
	}

	private static Instant instant(Timestamp timestamp) {
		return timestamp == null ? null : timestamp.toInstant();
	}

}
