package org.chengxiang.platform.audit;

/**
 * A principal that tells the audit trail its name and department; the signed-in user implements it.
 */
public interface AuditActor {

	/** The name recorded as the actor, e.g. the login name. */
	String auditName();

	/** The department the actor acts for, or {@code null} when none. */
	String auditDepartment();

}
