package org.chengxiang.cityops.cases;

import java.sql.Timestamp;
import java.time.Instant;

import org.chengxiang.platform.security.Role;
import org.chengxiang.platform.security.Scope;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Which cases a person sees, as part of every query: the operations centre, the supervision office and
 * administrators every case; a department's staff the cases dispatched to it; a grid officer the cases in their
 * cells and those they reported; a resident what they reported. A case outside is simply not found.
 */
final class CaseScope {

	/** The scope as query parameters on {@code city_case c}: the restriction is part of the query, never spliced. */
	static final String VISIBLE = """
			(:seesAll or c.department_id = :scopeDepartment
			 or (:officer and (c.reporter_user_id = :scopeUser or exists (select 1 from cityops.grid_officer o
			     where o.grid_cell_id = c.grid_cell_id and o.user_id = :scopeUser)))
			 or (:resident and c.reporter_user_id = :scopeUser))
			""";

	private CaseScope() {
	}

	/** The statement with the parameters of {@link #VISIBLE} for the scope. */
	static JdbcClient.StatementSpec scoped(JdbcClient.StatementSpec spec, Scope scope) {
		boolean department = scope.role() == Role.CLERK || scope.role() == Role.DEPARTMENT_LEAD;
		return spec
			.param("seesAll", scope.role() == Role.ADMIN || scope.role() == Role.SUPERVISOR
					|| scope.role() == Role.OPERATOR)
			.param("scopeDepartment", department && scope.departmentId() != null ? scope.departmentId() : -1L)
			.param("officer", scope.role() == Role.GRID_OFFICER)
			.param("resident", scope.role() == Role.RESIDENT)
			.param("scopeUser", scope.userId());
	}

	static Instant instant(Timestamp t) {
		return t == null ? null : t.toInstant();
	}

}
