package org.chengxiang.plan;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.chengxiang.directory.DepartmentSummary;
import org.chengxiang.directory.Directory;
import org.chengxiang.directory.PersonName;
import org.chengxiang.platform.security.Scope;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The to-do list of plan supervision, grouped by plan, every row naming its plan and task. A department sees its
 * own assignments in active plans, the notices it must answer and its reminders. The supervision office sees what
 * needs it: reports to review, measures to approve, extensions to decide, answers to notices it has not read, and
 * overdue assignments; not every assignment of the city. The home page counts the same lists.
 */
@Service
@Transactional(readOnly = true)
class PlanTodos {

	private static final int LIMIT = 200;

	private final JdbcClient jdbc;

	private final Directory directory;

	private final PlanQueries queries;

	PlanTodos(JdbcClient jdbc, Directory directory, PlanQueries queries) {
		this.jdbc = jdbc;
		this.directory = directory;
		this.queries = queries;
	}

	/**
	 * The to-do of a scope. A scope that sees every department (the supervision office, and administrators who
	 * oversee it) gets the office's lists; a department's scope gets its own. Who may open the list at all is decided
	 * at the edge.
	 */
	Todo todo(Scope scope) {
		// the departments' names once for the whole list: loading them loads every department's aliases
		Map<Long, String> names = departmentNames();
		if (scope.seesAllDepartments()) {
			return new Todo(true, byPlan(awaitingReview(scope, names)), byPlan(answeredNotices(scope, names)),
					byPlan(overdue(scope, names)), List.of(), List.of(), List.of());
		}
		return new Todo(false, List.of(), List.of(), List.of(), byPlan(openNotices(scope, names)),
				byPlan(assignments(scope, names), TodoAssignment::planId, TodoAssignment::planTitle),
				byPlan(unreadReminders(scope, names)));
	}

	/**
	 * A person's to-do.
	 *
	 * @param supervision whether it is the supervision office's
	 * @param review reports, measures and extensions waiting for the office
	 * @param answered answers to notices the office has not read yet
	 * @param overdue assignments behind their milestones or delayed
	 * @param notices notices the department must answer
	 * @param assignments the department's assignments in active plans
	 * @param reminders the department's unread reminders
	 */
	record Todo(boolean supervision, List<PlanGroup<TodoItem>> review, List<PlanGroup<TodoItem>> answered,
			List<PlanGroup<TodoItem>> overdue, List<PlanGroup<TodoItem>> notices,
			List<PlanGroup<TodoAssignment>> assignments, List<PlanGroup<TodoItem>> reminders) {

		static int count(List<? extends PlanGroup<?>> groups) {
			return groups.stream().mapToInt(g -> g.items().size()).sum();
		}

	}

	/** Rows of one plan. */
	record PlanGroup<T>(long planId, String planTitle, List<T> items) {
	}

	/**
	 * One line of a to-do list, pointing at an assignment of a plan's task.
	 *
	 * @param kind what waits: REPORT, MEASURES, EXTENSION, ANSWERED, OVERDUE, a notice level or a reminder kind
	 * @param by who wrote it (the person answering a notice), by name and unit, or {@code null}
	 */
	record TodoItem(long planId, String planTitle, long assignmentId, String kind, String text, LocalDate day,
			int taskSeq, String taskNumber, String taskTitle, String departmentName, Long noticeId, String by) {
	}

	/** One of the department's assignments, with its plan and task. */
	record TodoAssignment(long planId, String planTitle, String taskNumber, String taskTitle, Views.AssignmentRow row) {
	}

	/** Reports submitted, measures proposed and extensions requested, waiting for the supervision office. */
	List<TodoItem> awaitingReview(Scope scope, Map<Long, String> names) {
		return items("""
				select * from (
				select p.id as plan_id, p.title as plan_title, a.id as assignment_id, 'REPORT' as kind, r.text, r.due_on as day,
				    t.seq, t.number, t.title as task_title, a.department_id, a.written_name, null::bigint as notice_id,
				    r.submitted_by as by_user
				from plan.progress_report r join plan.assignment a on a.id = r.assignment_id
				join plan.task t on t.id = a.task_id join plan.plan p on p.id = t.plan_id
				where p.status = 'ACTIVE' and r.status = 'SUBMITTED'
				union all
				select p.id, p.title, a.id, 'MEASURES', a.measures, null::date, t.seq, t.number, t.title, a.department_id,
				    a.written_name, null::bigint, null
				from plan.assignment a join plan.task t on t.id = a.task_id join plan.plan p on p.id = t.plan_id
				where p.status = 'ACTIVE' and a.stage = 'MEASURES_SUBMITTED'
				union all
				select p.id, p.title, a.id, 'EXTENSION', e.reason, e.requested_due_on, t.seq, t.number, t.title,
				    a.department_id, a.written_name, null::bigint, e.requested_by
				from plan.extension_request e join plan.milestone m on m.id = e.milestone_id
				join plan.assignment a on a.id = m.assignment_id join plan.task t on t.id = a.task_id
				join plan.plan p on p.id = t.plan_id
				where p.status = 'ACTIVE' and e.status = 'PENDING'
				) w where (cast(:department as bigint) is null or w.department_id = :department)
				order by plan_id, seq, assignment_id limit %d
				""".formatted(LIMIT), scope, names);
	}

	/** Answers to notices that the supervision office has not marked read. */
	List<TodoItem> answeredNotices(Scope scope, Map<Long, String> names) {
		return items("""
				select p.id as plan_id, p.title as plan_title, a.id as assignment_id, 'ANSWERED' as kind, n.response as text,
				    (n.responded_at at time zone 'Asia/Shanghai')::date as day, t.seq, t.number, t.title as task_title,
				    a.department_id, a.written_name, n.id as notice_id, n.responded_by as by_user
				from plan.notice n join plan.assignment a on a.id = n.assignment_id join plan.task t on t.id = a.task_id
				join plan.plan p on p.id = t.plan_id
				where p.status = 'ACTIVE' and n.response is not null and n.read_at is null
				  and (cast(:department as bigint) is null or a.department_id = :department)
				order by p.id, n.responded_at, n.id limit %d
				""".formatted(LIMIT), scope, names);
	}

	/** Assignments not completed whose earliest open milestone is past due, or that the status job found delayed. */
	List<TodoItem> overdue(Scope scope, Map<Long, String> names) {
		return items("""
				select p.id as plan_id, p.title as plan_title, a.id as assignment_id, 'OVERDUE' as kind, m.title as text,
				    m.due_on as day, t.seq, t.number, t.title as task_title, a.department_id, a.written_name,
				    null::bigint as notice_id, null as by_user
				from plan.assignment a join plan.task t on t.id = a.task_id join plan.plan p on p.id = t.plan_id
				left join lateral (select x.title, x.due_on from plan.milestone x
				    where x.assignment_id = a.id and x.done_on is null and x.due_on < :today
				    order by x.due_on, x.id limit 1) m on true
				where p.status = 'ACTIVE' and a.stage not in ('COMPLETED', 'ARCHIVED')
				  and (m.due_on is not null or a.status = 'DELAYED')
				  and (cast(:department as bigint) is null or a.department_id = :department)
				order by p.id, m.due_on nulls last, t.seq, a.id limit %d
				""".formatted(LIMIT), scope, names);
	}

	/** Unanswered, unescalated notices to the scope's departments, oldest deadline first. */
	List<TodoItem> openNotices(Scope scope, Map<Long, String> names) {
		return items("""
				select p.id as plan_id, p.title as plan_title, a.id as assignment_id, n.level as kind, n.text,
				    n.respond_by as day, t.seq, t.number, t.title as task_title, a.department_id, a.written_name,
				    n.id as notice_id, n.issued_by as by_user
				from plan.notice n join plan.assignment a on a.id = n.assignment_id join plan.task t on t.id = a.task_id
				join plan.plan p on p.id = t.plan_id
				where p.status = 'ACTIVE' and n.response is null and n.escalated_to is null
				  and (cast(:department as bigint) is null or a.department_id = :department)
				order by p.id, n.respond_by, n.id limit %d
				""".formatted(LIMIT), scope, names);
	}

	/** The latest unread reminders for the scope's departments. */
	List<TodoItem> unreadReminders(Scope scope, Map<Long, String> names) {
		return items("""
				select p.id as plan_id, p.title as plan_title, a.id as assignment_id, r.kind, r.message, r.message_key,
				    r.message_args,
				    (r.created_at at time zone 'Asia/Shanghai')::date as day, t.seq, t.number, t.title as task_title,
				    a.department_id, a.written_name, null::bigint as notice_id, null as by_user
				from plan.reminder r join plan.assignment a on a.id = r.assignment_id join plan.task t on t.id = a.task_id
				join plan.plan p on p.id = t.plan_id
				where p.status = 'ACTIVE' and r.read_at is null
				  and (cast(:department as bigint) is null or a.department_id = :department)
				order by p.id, r.id desc limit 50
				""", scope, names, AssignmentQueries::reminderText);
	}

	/** The scope's assignments in active plans that are not archived, in plan and task order. */
	List<TodoAssignment> assignments(Scope scope, Map<Long, String> names) {
		return jdbc.sql("""
				select a.*, t.seq, t.number, t.title as task_title, p.id as plan_id, p.title as plan_title,
				    (select min(m.due_on) from plan.milestone m where m.assignment_id = a.id and m.done_on is null) as next_due,
				    (select r.percent from plan.progress_report r where r.assignment_id = a.id and r.status <> 'RETURNED'
				        order by r.period desc, r.id desc limit 1) as last_percent,
				    (select coalesce(sum(m.extensions), 0) from plan.milestone m where m.assignment_id = a.id) as extensions
				from plan.assignment a join plan.task t on t.id = a.task_id join plan.plan p on p.id = t.plan_id
				where p.status = 'ACTIVE' and a.stage <> 'ARCHIVED'
				  and (cast(:department as bigint) is null or a.department_id = :department)
				order by p.id, t.seq, a.role, a.id
				""")
			.param("department", scope.departmentFilter())
			.query((rs, n) -> new TodoAssignment(rs.getLong("plan_id"), rs.getString("plan_title"),
					rs.getString("number"), rs.getString("task_title"), PlanQueries.row(rs, names)))
			.list();
	}

	private List<TodoItem> items(String sql, Scope scope, Map<Long, String> names) {
		return items(sql, scope, names, rs -> rs.getString("text"));
	}

	/** What a row's text column says, for the reader. */
	private interface TextColumn {

		String read(ResultSet rs) throws SQLException;

	}

	private List<TodoItem> items(String sql, Scope scope, Map<Long, String> names, TextColumn text) {
		var statement = jdbc.sql(sql).param("department", scope.departmentFilter());
		if (sql.contains(":today")) {
			statement = statement.param("today", queries.today());
		}
		List<TodoItem> rows = statement.query((rs, n) -> item(rs, names, text)).list();
		Map<String, PersonName> people = directory
			.people(rows.stream().map(TodoItem::by).filter(java.util.Objects::nonNull).toList());
		return rows.stream()
			.map(i -> i.by() == null ? i
					: new TodoItem(i.planId(), i.planTitle(), i.assignmentId(), i.kind(), i.text(), i.day(), i.taskSeq(),
							i.taskNumber(), i.taskTitle(), i.departmentName(), i.noticeId(),
							people.containsKey(i.by()) ? people.get(i.by()).label() : null))
			.toList();
	}

	private static TodoItem item(ResultSet rs, Map<Long, String> names, TextColumn text) throws SQLException {
		long department = rs.getLong("department_id");
		String departmentName = rs.wasNull() ? rs.getString("written_name")
				: names.getOrDefault(department, rs.getString("written_name"));
		long notice = rs.getLong("notice_id");
		Long noticeId = rs.wasNull() ? null : notice;
		return new TodoItem(rs.getLong("plan_id"), rs.getString("plan_title"), rs.getLong("assignment_id"),
				rs.getString("kind"), text.read(rs), rs.getObject("day", LocalDate.class), rs.getInt("seq"),
				rs.getString("number"), rs.getString("task_title"), departmentName, noticeId, rs.getString("by_user"));
	}

	private Map<Long, String> departmentNames() {
		return directory.departments()
			.stream()
			.collect(Collectors.toMap(DepartmentSummary::id, DepartmentSummary::shortName, (a, b) -> a));
	}

	private static List<PlanGroup<TodoItem>> byPlan(List<TodoItem> items) {
		return byPlan(items, TodoItem::planId, TodoItem::planTitle);
	}

	static <T> List<PlanGroup<T>> byPlan(List<T> items, Function<T, Long> planId, Function<T, String> planTitle) {
		Map<Long, List<T>> groups = new LinkedHashMap<>();
		Map<Long, String> titles = new LinkedHashMap<>();
		for (T item : items) {
			groups.computeIfAbsent(planId.apply(item), k -> new ArrayList<>()).add(item);
			titles.putIfAbsent(planId.apply(item), planTitle.apply(item));
		}
		return groups.entrySet()
			.stream()
			.map(e -> new PlanGroup<>(e.getKey(), titles.get(e.getKey()), List.copyOf(e.getValue())))
			.toList();
	}

}
