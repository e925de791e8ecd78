package org.chengxiang.platform.security;

import java.util.Objects;

/**
 * What records a user may see: passed as a parameter to every scoped query so that the department
 * restriction is part of the query, never spliced into SQL text.
 *
 * @param userId the user asking
 * @param role their role
 * @param departmentId their department; {@code null} for residents
 */
public record Scope(long userId, Role role, Long departmentId) {

	public Scope {
		Objects.requireNonNull(role, "role");
		if (role.isStaff() && departmentId == null) {
			throw new IllegalArgumentException("Staff scope needs a department");
		}
	}

	/** Roles that work across departments: administrators and the supervision office. */
	public boolean seesAllDepartments() {
		return role == Role.ADMIN || role == Role.SUPERVISOR;
	}

	/** Whether a record owned by the given department is visible in this scope. */
	public boolean covers(Long recordDepartmentId) {
		return seesAllDepartments() || (departmentId != null && departmentId.equals(recordDepartmentId));
	}

	/**
	 * The department to restrict a query to, or {@code null} when the scope sees all departments.
	 * Residents get their (absent) department, so a department-owned query finds nothing for them.
	 */
	public Long departmentFilter() {
		return seesAllDepartments() ? null : (departmentId != null ? departmentId : -1L);
	}

	public boolean is(Role other) {
		return role == other;
	}

}
