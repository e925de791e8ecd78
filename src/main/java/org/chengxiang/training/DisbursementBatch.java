package org.chengxiang.training;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.chengxiang.platform.domain.RuleBroken;
import org.chengxiang.platform.domain.StepRefused;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.domain.AbstractAggregateRoot;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A disbursement batch (拨付批次) of the finance bureau: approved claims put together (OPEN), sent to the treasury
 * (SENT), and its payment confirmed with the treasury's voucher (CONFIRMED), when what was paid per claim is
 * reconciled against what was approved. Confirming registers {@link BatchConfirmed}, on which the claims are paid.
 */
@Table(schema = "training", name = "disbursement_batch")
final class DisbursementBatch extends AbstractAggregateRoot<DisbursementBatch> {

	/** Longest voucher number the ledger holds. */
	static final int VOUCHER_LENGTH = 40;

	/** Longest reason of a difference. */
	static final int REASON_LENGTH = 200;

	@Id
	private Long id;

	private String number;

	private BatchStatus status;

	private Instant createdAt;

	private String createdBy;

	private Instant sentAt;

	private String sentBy;

	private Instant confirmedAt;

	private String confirmedBy;

	private String voucher;

	private BigDecimal total;

	private BigDecimal paidTotal;

	@Version
	private Integer version;

	@MappedCollection(idColumn = "batch_id")
	private Set<Disbursement> disbursements = new HashSet<>();

	private DisbursementBatch() {
	}

	/**
	 * A new batch of approved claims, each with its approved amount; the total is theirs. A batch holds at least
	 * one claim, each once.
	 */
	static DisbursementBatch open(String number, List<Disbursement> claims, String by, Instant at) {
		if (claims.isEmpty()) {
			throw RuleBroken.at("claimIds", "training.disbursement.claimsRequired");
		}
		if (claims.stream().map(Disbursement::claimId).distinct().count() != claims.size()) {
			throw RuleBroken.at("claimIds", "training.disbursement.claimTwice");
		}
		DisbursementBatch batch = new DisbursementBatch();
		batch.number = number;
		batch.status = BatchStatus.OPEN;
		batch.createdAt = at;
		batch.createdBy = by;
		batch.disbursements = new HashSet<>(claims);
		batch.total = claims.stream().map(Disbursement::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
		return batch;
	}

	/** Sent to the treasury: its claims no longer change. */
	void send(String by, Instant at) {
		if (status != BatchStatus.OPEN) {
			throw StepRefused.because("training.disbursement.notOpen");
		}
		status = BatchStatus.SENT;
		sentBy = by;
		sentAt = at;
	}

	/**
	 * The payment confirmed by the treasury's voucher, with what was paid per claim: a claim not named, or named
	 * without a sum, was paid its approved amount; a sum that differs must say why. Registers {@link BatchConfirmed}.
	 */
	void confirm(String voucherNumber, List<DisbursementPayment> payments, String by, Instant at) {
		if (status != BatchStatus.SENT) {
			throw StepRefused.because("training.disbursement.notSent");
		}
		String cleanVoucher = voucherNumber == null ? "" : voucherNumber.strip();
		if (cleanVoucher.isEmpty()) {
			throw RuleBroken.at("voucher", "training.disbursement.voucher.required");
		}
		if (cleanVoucher.length() > VOUCHER_LENGTH) {
			throw RuleBroken.at("voucher", "training.disbursement.voucher.tooLong", VOUCHER_LENGTH);
		}
		Map<Long, Disbursement> byClaim = new HashMap<>();
		disbursements.forEach(d -> byClaim.put(d.claimId(), d.paid(d.amount(), null)));
		Set<Long> named = new HashSet<>();
		for (int i = 0; i < payments.size(); i++) {
			DisbursementPayment payment = payments.get(i);
			Disbursement line = payment.claimId() == null ? null : byClaim.get(payment.claimId());
			if (line == null || !named.add(payment.claimId())) {
				throw RuleBroken.at("payments[" + i + "].claimId", "training.disbursement.claim.notInBatch");
			}
			BigDecimal paid = payment.paid() == null ? line.amount() : payment.paid();
			if (paid.signum() < 0 || paid.stripTrailingZeros().scale() > 2 || paid.precision() - paid.scale() > 10) {
				throw RuleBroken.at("payments[" + i + "].paid", "training.disbursement.paid.invalid");
			}
			String reason = payment.reason() == null ? "" : payment.reason().strip();
			if (paid.compareTo(line.amount()) != 0 && reason.isEmpty()) {
				throw RuleBroken.at("payments[" + i + "].reason", "training.disbursement.reason.required");
			}
			if (reason.length() > REASON_LENGTH) {
				throw RuleBroken.at("payments[" + i + "].reason", "training.disbursement.reason.tooLong");
			}
			byClaim.put(line.claimId(), line.paid(paid, reason));
		}
		disbursements = new HashSet<>(byClaim.values());
		paidTotal = disbursements.stream().map(Disbursement::paid).reduce(BigDecimal.ZERO, BigDecimal::add);
		voucher = cleanVoucher;
		status = BatchStatus.CONFIRMED;
		confirmedBy = by;
		confirmedAt = at;
		registerEvent(new BatchConfirmed(id, claimIds()));
	}

	Long id() {
		return id;
	}

	String number() {
		return number;
	}

	BatchStatus status() {
		return status;
	}

	Integer version() {
		return version;
	}

	String voucher() {
		return voucher;
	}

	BigDecimal total() {
		return total;
	}

	BigDecimal paidTotal() {
		return paidTotal;
	}

	Instant createdAt() {
		return createdAt;
	}

	String createdBy() {
		return createdBy;
	}

	Instant sentAt() {
		return sentAt;
	}

	String sentBy() {
		return sentBy;
	}

	Instant confirmedAt() {
		return confirmedAt;
	}

	String confirmedBy() {
		return confirmedBy;
	}

	/** Its claims in the order of their ids. */
	List<Disbursement> disbursements() {
		List<Disbursement> sorted = new ArrayList<>(disbursements);
		sorted.sort(Comparator.comparingLong(Disbursement::claimId));
		return sorted;
	}

	List<Long> claimIds() {
		return disbursements().stream().map(Disbursement::claimId).toList();
	}

	/** What was paid less the batch's total; zero before the confirmation. */
	BigDecimal difference() {
		return paidTotal == null ? BigDecimal.ZERO : paidTotal.subtract(total);
	}

}
