package org.chengxiang.training;

/** Where a subsidy claim stands. */
enum ClaimStatus {

	/** Filed by the provider, awaiting the human resources bureau's review. */
	SUBMITTED,
	/** Reviewed by the bureau (lines may have been cut), awaiting the finance bureau's approval. */
	REVIEWED,
	/** Approved for payment by the finance bureau. */
	APPROVED,
	/** Paid: its disbursement batch was confirmed. */
	PAID,
	/** Sent back to the provider with a reason; the class may be claimed again. */
	RETURNED;

	String messageKey() {
		return "training.claim.status." + name();
	}

}
