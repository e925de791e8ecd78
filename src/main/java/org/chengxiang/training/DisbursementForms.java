package org.chengxiang.training;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** What the finance bureau sends at each step of the ledger, on a page or as a JSON body. */
final class DisbursementForms {

	private DisbursementForms() {
	}

	/** A new batch of the approved claims chosen. */
	record Creation(@NotEmpty(message = "{training.disbursement.claimsRequired}") List<Long> claimIds) {

		static final Creation EMPTY = new Creation(List.of());

	}

	/** A step on a batch at the version the clerk saw. */
	record BatchStep(@NotNull(message = "{training.disbursement.version.required}") Integer version) {
	}

	/** The payment confirmed: the voucher and what was paid per claim (the approved amount where left as it is). */
	record Confirmation(@NotNull(message = "{training.disbursement.version.required}") Integer version,
			@NotBlank(message = "{training.disbursement.voucher.required}") @Size(max = DisbursementBatch.VOUCHER_LENGTH,
					message = "{training.disbursement.voucher.tooLong}") String voucher,
			List<@Valid DisbursementPayment> payments) {

		/** The form as the page first shows it: every claim paid its amount. */
		static Confirmation of(DisbursementQueries.BatchDetail detail) {
			return new Confirmation(detail.batch().version(), null, detail.lines()
				.stream()
				.map(l -> new DisbursementPayment(l.claimId(), l.amount(), null))
				.toList());
		}

	}

}
