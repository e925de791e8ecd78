package org.chengxiang.training;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;

import org.chengxiang.platform.domain.NoSuchRecord;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the disbursement ledger shows: the batches newest first, the approved claims waiting for a batch, and one
 * batch's claims with its reconciliation (approved, batch and paid totals and their differences).
 */
@Service
@Transactional(readOnly = true)
class DisbursementQueries {

	private final JdbcClient jdbc;

	private final Clock clock;

	DisbursementQueries(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** A page of batches, newest first, before the id when one is given. */
	List<BatchRow> page(Long beforeId, int limit) {
		return jdbc.sql("""
				select b.id, b.number, b.status, b.created_at, b.total, b.paid_total, b.voucher, b.version,
					(select count(*) from training.disbursement d where d.batch_id = b.id) as claims
				from training.disbursement_batch b
				where (cast(:before as bigint) is null or b.id < :before)
				order by b.id desc limit :limit
				""")
			.param("before", beforeId)
			.param("limit", limit)
			.query((rs, n) -> new BatchRow(rs.getLong("id"), rs.getString("number"),
					BatchStatus.valueOf(rs.getString("status")), time(rs.getTimestamp("created_at")),
					rs.getInt("claims"), rs.getBigDecimal("total"), rs.getBigDecimal("paid_total"),
					rs.getString("voucher"), rs.getInt("version")))
			.list();
	}

	/** Approved claims in no batch yet, oldest decision first. */
	List<WaitingClaim> waiting() {
		return jdbc.sql("""
				select c.id, c.number, p.name as provider, p.kind, k.name as class_name, c.decided_at,
					count(l.id) filter (where l.status = 'GRANTED') as granted,
					coalesce(sum(l.amount) filter (where l.status = 'GRANTED'), 0) as amount
				from training.claim c
				join training.provider p on p.id = c.provider_id
				join training.training_class k on k.id = c.class_id
				left join training.claim_line l on l.claim_id = c.id
				where c.status = 'APPROVED'
					and not exists (select 1 from training.disbursement d where d.claim_id = c.id)
				group by c.id, p.name, p.kind, k.name
				order by c.decided_at nulls last, c.id
				""")
			.query((rs, n) -> new WaitingClaim(rs.getLong("id"), rs.getString("number"), rs.getString("provider"),
					rs.getString("kind"), rs.getString("class_name"), rs.getInt("granted"), rs.getBigDecimal("amount")))
			.list();
	}

	/** One batch with its claims and reconciliation. */
	BatchDetail detail(long id) {
		BatchRow row = jdbc.sql("""
				select b.id, b.number, b.status, b.created_at, b.total, b.paid_total, b.voucher, b.version,
					(select count(*) from training.disbursement d where d.batch_id = b.id) as claims
				from training.disbursement_batch b where b.id = :id
				""")
			.param("id", id)
			.query((rs, n) -> new BatchRow(rs.getLong("id"), rs.getString("number"),
					BatchStatus.valueOf(rs.getString("status")), time(rs.getTimestamp("created_at")),
					rs.getInt("claims"), rs.getBigDecimal("total"), rs.getBigDecimal("paid_total"),
					rs.getString("voucher"), rs.getInt("version")))
			.optional()
			.orElseThrow(() -> new NoSuchRecord("disbursement batch " + id));
		Steps steps = jdbc.sql("""
				select created_by, sent_at, sent_by, confirmed_at, confirmed_by
				from training.disbursement_batch where id = :id""")
			.param("id", id)
			.query((rs, n) -> new Steps(rs.getString(1), time(rs.getTimestamp(2)), rs.getString(3),
					time(rs.getTimestamp(4)), rs.getString(5)))
			.single();
		List<Line> lines = jdbc.sql("""
				select c.id as claim_id, c.number, p.name as provider, p.kind, p.credit_code,
					(select count(*) from training.claim_line l where l.claim_id = c.id and l.status = 'GRANTED') as granted,
					(select coalesce(sum(l.amount), 0) from training.claim_line l
						where l.claim_id = c.id and l.status = 'GRANTED') as approved,
					d.amount, d.paid, d.difference_reason
				from training.disbursement d
				join training.claim c on c.id = d.claim_id
				join training.provider p on p.id = d.provider_id
				where d.batch_id = :id
				order by c.id
				""")
			.param("id", id)
			.query((rs, n) -> new Line(rs.getLong("claim_id"), rs.getString("number"), rs.getString("provider"),
					rs.getString("kind"), rs.getString("credit_code"), rs.getInt("granted"),
					rs.getBigDecimal("approved"), rs.getBigDecimal("amount"), rs.getBigDecimal("paid"),
					rs.getBigDecimal("paid") == null ? null : rs.getBigDecimal("paid").subtract(rs.getBigDecimal("amount")),
					rs.getString("difference_reason")))
			.list();
		BigDecimal approved = lines.stream().map(Line::approved).reduce(BigDecimal.ZERO, BigDecimal::add);
		return new BatchDetail(row, steps, lines, Reconciliation.of(approved, row.total(), row.paidTotal()));
	}

	/** A moment as the city's clock shows it. */
	private LocalDateTime time(java.sql.Timestamp at) {
		return at == null ? null : LocalDateTime.ofInstant(at.toInstant(), clock.getZone());
	}

	/** A batch in the list. */
	record BatchRow(long id, String number, BatchStatus status, LocalDateTime createdAt, int claims, BigDecimal total,
			BigDecimal paidTotal, String voucher, int version) {
	}

	/** Who did each step and when. */
	record Steps(String createdBy, LocalDateTime sentAt, String sentBy, LocalDateTime confirmedAt, String confirmedBy) {
	}

	/**
	 * An approved claim waiting for a batch.
	 *
	 * @param kind INSTITUTION or ENTERPRISE
	 * @param granted trainees granted
	 * @param amount the sum of its granted lines
	 */
	record WaitingClaim(long id, String number, String provider, String kind, String className, int granted,
			BigDecimal amount) {
	}

	/**
	 * A claim in a batch.
	 *
	 * @param approved the sum of its granted lines now
	 * @param amount the amount put in the batch
	 * @param paid what was paid, {@code null} until confirmed
	 * @param difference what was paid less the amount, {@code null} until confirmed
	 * @param reason why paid differs from amount
	 */
	record Line(long claimId, String number, String provider, String kind, String creditCode, int granted,
			BigDecimal approved, BigDecimal amount, BigDecimal paid, BigDecimal difference, String reason) {
	}

	/** One batch as its page shows it. */
	record BatchDetail(BatchRow batch, Steps steps, List<Line> lines, Reconciliation reconciliation) {
	}

	/**
	 * The three totals of a batch and their differences.
	 *
	 * @param approved what the claims' granted lines add up to
	 * @param total the batch's total
	 * @param paid what was paid, {@code null} until confirmed
	 * @param batchDifference the total less the approved sum: zero unless a claim changed after it was put in
	 * @param paidDifference what was paid less the total, {@code null} until confirmed
	 * @param balanced whether the payment is confirmed and all three agree
	 */
	record Reconciliation(BigDecimal approved, BigDecimal total, BigDecimal paid, BigDecimal batchDifference,
			BigDecimal paidDifference, boolean balanced) {

		static Reconciliation of(BigDecimal approved, BigDecimal total, BigDecimal paid) {
			BigDecimal batchDifference = total.subtract(approved);
			BigDecimal paidDifference = paid == null ? null : paid.subtract(total);
			return new Reconciliation(approved, total, paid, batchDifference, paidDifference,
					batchDifference.signum() == 0 && paidDifference != null && paidDifference.signum() == 0);
		}

	}

}
