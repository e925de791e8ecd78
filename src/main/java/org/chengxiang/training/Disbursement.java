package org.chengxiang.training;

import java.math.BigDecimal;

import org.springframework.data.relational.core.mapping.Table;

/**
 * One claim in a disbursement batch: the provider paid, the approved amount, and once the batch is confirmed what
 * the payment confirmation says was paid, with the reason of any difference.
 *
 * @param claimId the claim
 * @param providerId its provider
 * @param amount the approved amount (its granted lines)
 * @param paid what was paid, {@code null} until confirmed
 * @param differenceReason why the paid sum differs from the amount, {@code null} when it does not
 */
@Table(schema = "training", name = "disbursement")
record Disbursement(long claimId, long providerId, BigDecimal amount, BigDecimal paid, String differenceReason) {

	Disbursement paid(BigDecimal sum, String reason) {
		return new Disbursement(claimId, providerId, amount, sum, sum.compareTo(amount) == 0 ? null : reason);
	}

	/** What was paid less what was approved; zero before the confirmation. */
	BigDecimal difference() {
		return paid == null ? BigDecimal.ZERO : paid.subtract(amount);
	}

}
