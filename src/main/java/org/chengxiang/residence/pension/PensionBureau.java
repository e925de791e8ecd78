package org.chengxiang.residence.pension;

import org.chengxiang.directory.DepartmentSummary;
import org.chengxiang.directory.Directory;
import org.chengxiang.platform.security.CurrentUser;
import org.chengxiang.platform.security.Role;

import org.springframework.stereotype.Component;

/**
 * Who works for the human resources bureau (人社局), which publishes the contribution base bands.
 */
@Component("pensionBureau")
class PensionBureau {

	// The name every city's directory resolves, whatever the full name or code of its human resources bureau.
	static final String NAME = "人社局";

	private final Directory directory;

	PensionBureau(Directory directory) {
		this.directory = directory;
	}

	/** Whether the principal is a clerk or the lead of the bureau; public for method security. */
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
