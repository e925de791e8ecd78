package org.chengxiang.platform.security;

/**
 * The roles a user of Chengxiang holds; staff roles belong to one department.
 */
public enum Role {

	/** A resident applying for services. */
	RESIDENT,
	/** A clerk handling the work of one department. */
	CLERK,
	/** A department's responsible leader: what a clerk does, plus sign-offs. */
	DEPARTMENT_LEAD,
	/** The supervision office (督查室) following the plan across departments. */
	SUPERVISOR,
	/** The city operations centre (一网统管). */
	OPERATOR,
	/** A grid officer (网格员) reporting from the street. */
	GRID_OFFICER,
	/**
	 * Staff of an approved training provider or enterprise (培训机构、企业): files its own classes and claims its own
	 * subsidies, nothing else. Their department is the provider's entry in the directory.
	 */
	PROVIDER,
	/** A platform administrator. */
	ADMIN;

	public String authority() {
		return "ROLE_" + name();
	}

	public boolean isStaff() {
		return this != RESIDENT;
	}

}
