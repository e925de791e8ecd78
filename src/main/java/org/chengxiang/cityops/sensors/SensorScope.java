package org.chengxiang.cityops.sensors;

import org.chengxiang.directory.DepartmentSummary;
import org.chengxiang.directory.Directory;
import org.chengxiang.platform.security.Role;
import org.chengxiang.platform.security.Scope;

/**
 * Which devices and alarms a user sees, as query parameters: the operations centre, administrators and the
 * supervision office see the whole city; a bureau sees the devices of the types it answers for (住建局 the
 * drainage points, covers and water mains); a town or subdistrict sees the devices standing in it; residents
 * nothing.
 *
 * @param all whether every device is visible
 * @param departmentCode the bureau whose device types are visible, or {@code null}
 * @param townCode the town whose devices are visible, or {@code null}
 */
record SensorScope(boolean all, String departmentCode, String townCode) {

	static SensorScope of(Scope scope, Directory directory) {
		if (scope.role() == Role.ADMIN || scope.role() == Role.SUPERVISOR || scope.role() == Role.OPERATOR) {
			return new SensorScope(true, null, null);
		}
		if (scope.role() == Role.RESIDENT || scope.departmentId() == null) {
			return new SensorScope(false, null, null);
		}
		DepartmentSummary department = directory.department(scope.departmentId()).orElse(null);
		if (department == null) {
			return new SensorScope(false, null, null);
		}
		if (department.divisionCode() != null && !department.divisionCode().isBlank()) {
			return new SensorScope(false, null, department.divisionCode());
		}
		return new SensorScope(false, department.code(), null);
	}

	/** The SQL condition on {@code t} (device_type) and {@code d} (device), with its parameters bound by {@link #bind}. */
	static final String CONDITION = "(:scopeAll or t.department_code = :scopeDepartment or d.town_code = :scopeTown)";

	org.springframework.jdbc.core.simple.JdbcClient.StatementSpec bind(
			org.springframework.jdbc.core.simple.JdbcClient.StatementSpec statement) {
		return statement.param("scopeAll", all).param("scopeDepartment", departmentCode).param("scopeTown", townCode);
	}

}
