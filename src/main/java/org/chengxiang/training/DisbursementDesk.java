package org.chengxiang.training;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.chengxiang.platform.audit.AuditEvent;
import org.chengxiang.platform.audit.AuditTrail;
import org.chengxiang.platform.domain.NoSuchRecord;
import org.chengxiang.platform.domain.RuleBroken;
import org.chengxiang.platform.domain.StaleVersion;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The finance bureau's disbursement ledger: a batch put together from approved claims waiting for one, sent to the
 * treasury, its payment confirmed. Each step is one aggregate method, saved and audited.
 */
@Service
@Transactional
class DisbursementDesk {

	private final DisbursementBatches batches;

	private final JdbcClient jdbc;

	private final AuditTrail audit;

	private final Clock clock;

	DisbursementDesk(DisbursementBatches batches, JdbcClient jdbc, AuditTrail audit, Clock clock) {
		this.batches = batches;
		this.jdbc = jdbc;
		this.audit = audit;
		this.clock = clock;
	}

	/**
	 * A new batch of the claims: each approved and in no batch yet (a claim is paid once; the ledger's unique key
	 * refuses a second batch even when two clerks create at the same moment).
	 */
	long create(List<Long> claimIds, String by) {
		Set<Long> wanted = new LinkedHashSet<>(claimIds == null ? List.of() : claimIds);
		wanted.remove(null);
		Map<Long, Disbursement> waiting = waiting(wanted).stream()
			.collect(Collectors.toMap(Disbursement::claimId, Function.identity()));
		List<Disbursement> chosen = new ArrayList<>();
		for (Long id : wanted) {
			Disbursement claim = waiting.get(id);
			if (claim == null) {
				throw RuleBroken.at("claimIds", "training.disbursement.claimNotWaiting", claimNumber(id));
			}
			chosen.add(claim);
		}
		// one batch numbered at a time, so that two clerks creating at once never draw the same serial
		jdbc.sql("select pg_advisory_xact_lock(hashtext('training.disbursement_batch.number'))").query().singleRow();
		int year = LocalDate.now(clock).getYear();
		String prefix = "BF" + year + "-";
		String number = prefix + "%04d".formatted(batches.lastSerial(prefix + "%") + 1);
		DisbursementBatch batch;
		try {
			batch = batches.save(DisbursementBatch.open(number, chosen, by, clock.instant()));
		}
		catch (DuplicateKeyException raced) {
			throw RuleBroken.at("claimIds", "training.disbursement.claimInAnotherBatch");
		}
		audit.record(AuditEvent.of("training.disbursement.created", "DisbursementBatch", batch.id(), null,
				Map.of("number", number, "claims", batch.claimIds(), "total", batch.total())));
		return batch.id();
	}

	void send(long id, Integer version, String by) {
		DisbursementBatch batch = find(id, version);
		BatchStatus before = batch.status();
		batch.send(by, clock.instant());
		batches.save(batch);
		audit.record(AuditEvent.of("training.disbursement.sent", "DisbursementBatch", id, before.name(),
				batch.status().name()));
	}

	void confirm(long id, Integer version, String voucher, List<DisbursementPayment> payments, String by) {
		DisbursementBatch batch = find(id, version);
		BatchStatus before = batch.status();
		batch.confirm(voucher, payments == null ? List.of() : payments, by, clock.instant());
		batches.save(batch);
		audit.record(AuditEvent.of("training.disbursement.confirmed", "DisbursementBatch", id, before.name(),
				Map.of("status", batch.status().name(), "voucher", batch.voucher(), "paidTotal", batch.paidTotal(),
						"difference", batch.difference()))
			.withDetail(batch.disbursements()
				.stream()
				.filter(d -> d.differenceReason() != null)
				.map(d -> d.claimId() + ": " + d.difference() + " " + d.differenceReason())
				.collect(Collectors.joining("; "))));
	}

	/** The approved claims among the ids that are in no batch, each with the sum of its granted lines. */
	private List<Disbursement> waiting(Set<Long> ids) {
		if (ids.isEmpty()) {
			return List.of();
		}
		return jdbc.sql("""
				select c.id, c.provider_id,
					coalesce((select sum(l.amount) from training.claim_line l
						where l.claim_id = c.id and l.status = 'GRANTED'), 0) as amount
				from training.claim c
				where c.id in (:ids) and c.status = 'APPROVED'
					and not exists (select 1 from training.disbursement d where d.claim_id = c.id)
				""")
			.param("ids", ids)
			.query((rs, n) -> new Disbursement(rs.getLong("id"), rs.getLong("provider_id"), rs.getBigDecimal("amount"),
					null, null))
			.list();
	}

	private String claimNumber(long id) {
		return jdbc.sql("select number from training.claim where id = :id")
			.param("id", id)
			.query(String.class)
			.optional()
			.orElse(String.valueOf(id));
	}

	private DisbursementBatch find(long id, Integer version) {
		DisbursementBatch batch = batches.findById(id).orElseThrow(() -> new NoSuchRecord("disbursement batch " + id));
		if (version == null || !version.equals(batch.version())) {
			throw new StaleVersion();
		}
		return batch;
	}

}
