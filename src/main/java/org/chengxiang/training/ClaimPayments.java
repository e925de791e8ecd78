package org.chengxiang.training;

import org.chengxiang.platform.audit.AuditEvent;
import org.chengxiang.platform.audit.AuditTrail;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * A confirmed disbursement batch pays its claims: each is marked paid in the batch's own transaction, so that a
 * claim that cannot be paid (not approved) refuses the confirmation as a whole.
 */
@Component
class ClaimPayments {

	private final Claims claims;

	private final AuditTrail audit;

	ClaimPayments(Claims claims, AuditTrail audit) {
		this.claims = claims;
		this.audit = audit;
	}

	@EventListener
	void on(BatchConfirmed event) {
		for (long claimId : event.claimIds()) {
			Claim claim = claims.findById(claimId)
				.orElseThrow(() -> new IllegalStateException("Batch " + event.batchId() + " pays no claim " + claimId));
			claim.markPaid();
			claims.save(claim);
			audit.record(AuditEvent.of("training.claim.paid", "TrainingClaim", claim.number(), "APPROVED",
					claim.status().name()).withDetail(String.valueOf(event.batchId())));
		}
	}

}
