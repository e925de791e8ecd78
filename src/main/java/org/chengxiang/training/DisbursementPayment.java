package org.chengxiang.training;

import java.math.BigDecimal;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * What the payment confirmation says was paid for one claim of a batch, as the finance bureau enters it.
 *
 * @param claimId the claim
 * @param paid yuan paid; {@code null} means the approved amount
 * @param reason why it differs from the approved amount, required when it does
 */
record DisbursementPayment(@NotNull(message = "{training.disbursement.claim.required}") Long claimId,
		@DecimalMin(value = "0", message = "{training.disbursement.paid.invalid}")
		@Digits(integer = 10, fraction = 2, message = "{training.disbursement.paid.invalid}") BigDecimal paid,
		@Size(max = 200, message = "{training.disbursement.reason.tooLong}") String reason) {
}
