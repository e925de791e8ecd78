package org.chengxiang.platform.audit;

import java.time.Instant;

/**
 * One recorded entry of the audit trail, as stored.
 *
 * @param id ascending in the order entries were written, with gaps (the chain's order is its own, see AuditTrail)
 * @param occurredAt when it was recorded, to the microsecond
 * @param actor who did it: the login name, {@code "system"} for work without a user, or
 * {@code "anonymous"} for an unauthenticated request
 * @param actorDepartment the department the actor acted for, if known
 * @param prevHash hash of the entry before it in the chain, 64 zeros for the first; {@code null} until chained
 * @param hash SM3 over this entry's fields and {@code prevHash}, lowercase hex; {@code null} until chained
 */
public record AuditEntry(long id, Instant occurredAt, String actor, String actorDepartment, String action,
		String subjectType, String subjectId, String before, String after, String detail, String prevHash,
		String hash) {
}
