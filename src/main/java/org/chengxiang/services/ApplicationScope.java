package org.chengxiang.services;

import org.chengxiang.platform.security.CurrentUser;

/**
 * Which applications a user sees, as the parameters of the query that finds them: a resident their own; a clerk or
 * lead those their department handles, once submitted; anyone else none, so that an application outside the scope is
 * simply not found. Which roles reach a page or an endpoint at all is the edge's check.
 *
 * @param applicantUserId the applicant whose applications are seen, or {@code null}
 * @param departmentId the department whose submitted applications are seen, or {@code null}
 */
record ApplicationScope(Long applicantUserId, Long departmentId) {

	static ApplicationScope of(CurrentUser user) {
		return switch (user.role()) {
			case RESIDENT -> new ApplicationScope(user.id(), null);
			case CLERK, DEPARTMENT_LEAD -> new ApplicationScope(null, user.departmentId());
			default -> new ApplicationScope(null, null);
		};
	}

}
