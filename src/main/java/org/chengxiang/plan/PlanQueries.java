package org.chengxiang.plan;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.chengxiang.directory.DepartmentSummary;
import org.chengxiang.directory.Directory;
import org.chengxiang.platform.domain.NoSuchRecord;
import org.chengxiang.platform.security.Scope;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads a plan for its pages, the API and dashboards: its assignments and its tasks with their lights and
 * indicators, always within the user's scope. A department sees its own assignments (and the tasks they belong to);
 * the supervision office and administrators see everything. One assignment's page reads through
 * {@link AssignmentQueries}, the assessment through {@link PlanAssessment}.
 */
@Service
@Transactional(readOnly = true)
class PlanQueries {

	/** An assignment as lists show it, with its next due date, last reported percent and extensions. */
	static final String ROWS = """
			select a.*, t.seq,
			    (select min(m.due_on) from plan.milestone m where m.assignment_id = a.id and m.done_on is null) as next_due,
			    (select r.percent from plan.progress_report r where r.assignment_id = a.id and r.status <> 'RETURNED'
			        order by r.period desc, r.id desc limit 1) as last_percent,
			    (select coalesce(sum(m.extensions), 0) from plan.milestone m where m.assignment_id = a.id) as extensions
			from plan.assignment a join plan.task t on t.id = a.task_id
			""";

	private final JdbcClient jdbc;

	private final Directory directory;

	private final List<IndicatorSource> indicators;

	private final Clock clock;

	PlanQueries(JdbcClient jdbc, Directory directory, List<IndicatorSource> indicators, Clock clock) {
		this.jdbc = jdbc;
		this.directory = directory;
		this.indicators = indicators;
		this.clock = clock;
	}

	LocalDate today() {
		return LocalDate.now(clock);
	}

	/** Assignments of a plan visible in the scope, in task order. */
	List<Views.AssignmentRow> assignments(long planId, Scope scope) {
		return assignments(planId, scope.departmentFilter());
	}

	/**
	 * Every assignment of a plan, whichever department it belongs to: only for city-wide totals that name no
	 * department's work ({@link PlanProgress}), never for a list a user reads.
	 */
	List<Views.AssignmentRow> cityWideAssignments(long planId) {
		return assignments(planId, (Long) null);
	}

	private List<Views.AssignmentRow> assignments(long planId, Long department) {
		Map<Long, String> names = departmentNames();
		return jdbc.sql(ROWS + """
				where t.plan_id = :plan and (cast(:department as bigint) is null or a.department_id = :department)
				order by t.seq, a.role, a.id
				""")
			.param("plan", planId)
			.param("department", department)
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
		List<Views.TaskView> tasks = jdbc.sql("""
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
			.toList();
		return withIndicators(tasks, rows, planId, year);
	}

	/**
	 * The tasks with their indicators: the plan's own two (completion and on-time reports, from the visible
	 * assignments) and those bound to each task. The bindings and the report counts of all tasks are read in one
	 * statement each, whatever the number of tasks.
	 */
	private List<Views.TaskView> withIndicators(List<Views.TaskView> tasks, List<Views.AssignmentRow> rows,
			long planId, int year) {
		Long[] taskIds = tasks.stream().map(Views.TaskView::id).toArray(Long[]::new);
		Map<Long, List<String>> keys = new HashMap<>();
		jdbc.sql("select task_id, indicator_key from plan.indicator_binding where task_id = any(:tasks) order by 2")
			.param("tasks", taskIds)
			.query((rs, n) -> keys.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(rs.getString(2)))
			.list();
		Map<Long, long[]> reportCounts = new HashMap<>();
		jdbc.sql("""
				select a.task_id, count(*) filter (where (r.submitted_at at time zone 'Asia/Shanghai')::date <= r.due_on),
				    count(*)
				from plan.progress_report r join plan.assignment a on a.id = r.assignment_id
				where r.assignment_id = any(:assignments) and r.status <> 'RETURNED' group by a.task_id
				""")
			.param("assignments", rows.stream().map(Views.AssignmentRow::id).toArray(Long[]::new))
			.query((rs, n) -> reportCounts.put(rs.getLong(1), new long[] { rs.getLong(2), rs.getLong(3) }))
			.list();
		return tasks.stream().map(task -> {
			List<Views.IndicatorRow> measured = new ArrayList<>();
			measured.add(new Views.IndicatorRow(COMPLETION_RATE, null, "%",
					percent(task.assignments().stream().filter(a -> a.status() == AssignmentStatus.COMPLETED).count(),
							task.assignments().size()),
					null));
			if (!task.assignments().isEmpty()) {
				long[] counts = reportCounts.getOrDefault(task.id(), new long[2]);
				measured.add(new Views.IndicatorRow(ON_TIME_REPORT_RATE, null, "%", percent(counts[0], counts[1]), null));
			}
			List<String> bound = keys.getOrDefault(task.id(), List.of());
			for (IndicatorSource source : indicators) {
				if (bound.contains(source.key())) {
					Optional<IndicatorSource.IndicatorValue> value = source
						.measure(new IndicatorSource.IndicatorScope(planId, year, task.id()));
					measured.add(new Views.IndicatorRow(source.key(), source.name(), source.unit(),
							value.map(IndicatorSource.IndicatorValue::value).orElse(null),
							value.map(IndicatorSource.IndicatorValue::note).orElse(null)));
				}
			}
			return new Views.TaskView(task.id(), task.seq(), task.number(), task.title(), task.content(),
					task.chapterNumber(), task.chapterTitle(), task.status(), task.light(), task.assignments(), measured,
					task.watched());
		}).toList();
	}

	static final String COMPLETION_RATE = "plan.completion-rate";

	static final String ON_TIME_REPORT_RATE = "plan.on-time-report-rate";

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

	/** Departments' short names by id, read once for a whole list. */
	Map<Long, String> departmentNames() {
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

}
