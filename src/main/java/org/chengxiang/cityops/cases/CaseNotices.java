package org.chengxiang.cityops.cases;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.chengxiang.platform.security.CurrentUser;
import org.chengxiang.platform.security.Role;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * In-app notices about cases, addressed to a role, and to a department when it is the department's matter
 * (a dispatch to its clerks, a supervision notice to its lead). Every user of that role (and department)
 * sees them on the case list.
 */
@Component
class CaseNotices {

	private final JdbcClient jdbc;

	private final Clock clock;

	CaseNotices(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	void tell(Role role, Long departmentId, long caseId, String message) {
		jdbc.sql("""
				insert into cityops.notification (role, department_id, case_id, message, created_at)
				values (:role, :department, :case, :message, :at)
				""")
			.param("role", role.name())
			.param("department", departmentId)
			.param("case", caseId)
			.param("message", message)
			.param("at", Timestamp.from(clock.instant()))
			.update();
	}

	/** The latest notices for the user's role, and department where addressed to one. */
	List<Notice> latest(CurrentUser user, int limit) {
		return jdbc.sql("""
				select n.message, n.created_at, n.case_id from cityops.notification n
				where n.role = :role and (n.department_id is null or n.department_id = :department)
				order by n.id desc limit :limit
				""")
			.param("role", user.role().name())
			.param("department", user.departmentId() == null ? -1L : user.departmentId())
			.param("limit", limit)
			.query((rs, n) -> new Notice(rs.getString(1), rs.getTimestamp(2).toInstant(), rs.getLong(3)))
			.list();
	}

	/** A notice. */
	record Notice(String message, Instant at, long caseId) {
	}

}
