package org.chengxiang.cityops.cases;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.chengxiang.platform.security.Scope;
import org.chengxiang.platform.web.KeysetPage;
import org.chengxiang.platform.web.ReaderTexts;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import static org.chengxiang.cityops.cases.CaseScope.VISIBLE;
import static org.chengxiang.cityops.cases.CaseScope.instant;
import static org.chengxiang.cityops.cases.CaseScope.scoped;

/**
 * The case list within the user's scope: a tab of the list, optionally one class or department, paged by keyset
 * (newest first); how many cases a tab holds; a case found by its number.
 */
@Service
@Transactional(readOnly = true)
class CaseLists {

	static final int MAX_PAGE = 100;

	private static final String ROW = """
			select c.id, c.number, c.class_code, k.name as class_name, c.status, c.source, c.description, c.grid_cell_id,
			    c.department_id, c.reported_at, c.due_at, c.handling_due_at, c.last_action_at, c.extension_until
			from cityops.city_case c join cityops.case_class k on k.code = c.class_code
			""";

	private final JdbcClient jdbc;

	private final DepartmentCodes departments;

	private final CaseProperties properties;

	private final Clock clock;

	CaseLists(JdbcClient jdbc, DepartmentCodes departments, CaseProperties properties, Clock clock) {
		this.jdbc = jdbc;
		this.departments = departments;
		this.properties = properties;
		this.clock = clock;
	}

	/** A page of a tab, newest first, before {@code beforeId}; optionally one class or department. */
	KeysetPage<Row> list(Scope scope, CaseTab tab, String classCode, Long departmentId, Long beforeId, int size) {
		Instant now = clock.instant();
		int limit = Math.max(1, Math.min(size, MAX_PAGE));
		List<Row> rows = scoped(jdbc.sql(ROW + """
				where %s and %s and c.id < :before
				  and (cast(:classCode as varchar) is null or c.class_code = :classCode)
				  and (cast(:departmentId as bigint) is null or c.department_id = :departmentId)
				order by c.id desc limit :size
				""".formatted(VISIBLE, tab.condition())), scope)
			.param("now", Timestamp.from(now))
			.param("stale", Timestamp.from(now.minus(properties.hangingAfter())))
			.param("before", beforeId == null ? Long.MAX_VALUE : beforeId)
			.param("classCode", classCode == null || classCode.isBlank() ? null : classCode.strip())
			.param("departmentId", departmentId)
			.param("size", limit)
			.query((rs, n) -> row(rs, now))
			.list();
		return KeysetPage.of(rows, limit, Row::id);
	}

	/** How many cases a tab holds, within scope. */
	long count(Scope scope, CaseTab tab) {
		Instant now = clock.instant();
		return scoped(jdbc.sql("select count(*) from cityops.city_case c where %s and %s".formatted(VISIBLE, tab.condition())),
				scope)
			.param("now", Timestamp.from(now))
			.param("stale", Timestamp.from(now.minus(properties.hangingAfter())))
			.query(Long.class)
			.single();
	}

	/** Cases by number, within scope. */
	List<Row> search(Scope scope, String number) {
		Instant now = clock.instant();
		return scoped(jdbc.sql(ROW + "where " + VISIBLE + " and c.number = :number"), scope)
			.param("number", number == null ? "" : number.strip())
			.query((rs, n) -> row(rs, now))
			.list();
	}

	private Row row(ResultSet rs, Instant now) throws SQLException {
		CaseStatus status = CaseStatus.valueOf(rs.getString("status"));
		Instant due = instant(rs.getTimestamp("due_at"));
		Instant handlingDue = instant(rs.getTimestamp("handling_due_at"));
		Instant last = instant(rs.getTimestamp("last_action_at"));
		long department = rs.getLong("department_id");
		Long departmentId = rs.wasNull() ? null : department;
		boolean overdue = status.isOpen() && due != null && due.isBefore(now);
		boolean hanging = CaseStatus.WITH_DEPARTMENT.contains(status) && handlingDue != null && handlingDue.isBefore(now)
				&& last.isBefore(now.minus(properties.hangingAfter()));
		String description = rs.getString("description");
		return new Row(rs.getLong("id"), rs.getString("number"), rs.getString("class_code"), rs.getString("class_name"),
				status, ReaderTexts.of(status.text()), CaseSource.valueOf(rs.getString("source")),
				description.length() > 60 ? description.substring(0, 60) + "…" : description, rs.getLong("grid_cell_id"),
				departmentId, departments.name(departmentId), instant(rs.getTimestamp("reported_at")), due,
				overdue, hanging, rs.getTimestamp("extension_until") != null);
	}

	/** A line of the case list; the status worded for the reader. */
	record Row(long id, String number, String classCode, String className, CaseStatus status,
			String statusLabel, CaseSource source, String description, long gridCellId, Long departmentId,
			String departmentName, Instant reportedAt, Instant dueAt, boolean overdue, boolean hanging,
			boolean extensionPending) {
	}

}
