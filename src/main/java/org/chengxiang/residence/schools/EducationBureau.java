package org.chengxiang.residence.schools;

import org.chengxiang.directory.DepartmentSummary;
import org.chengxiang.directory.Directory;
import org.chengxiang.platform.security.CurrentUser;
import org.chengxiang.platform.security.Role;

import org.springframework.stereotype.Component;

/** Who works for the education bureau (教育局), which keeps the schools, their places and the rounds. */
@Component("schoolsEducation")
class EducationBureau {

	// The name every city's directory resolves, whatever the full name of its education bureau.
	static final String NAME = "教育局";

	private final Directory directory;

	EducationBureau(Directory directory) {
		this.directory = directory;
	}

	/**
	 * Whether the principal is a clerk or the lead of the education bureau. Public because method security calls it
	 * by name ({@code @schoolsEducation.includes(principal)}), and SpEL finds public methods only.
	 */
	public boolean includes(Object principal) {
		if (!(principal instanceof CurrentUser user) || user.departmentId() == null
				|| !(user.hasRole(Role.CLERK) || user.hasRole(Role.DEPARTMENT_LEAD))) {
			return false;
		}
		return directory.departmentByName(NAME)
			.map(DepartmentSummary::id)
			.filter(user.departmentId()::equals)
			.isPresent();
	}

}
