package org.chengxiang.training;

import java.time.Clock;

import org.chengxiang.platform.audit.AuditEvent;
import org.chengxiang.platform.audit.AuditTrail;
import org.chengxiang.platform.domain.NoSuchRecord;
import org.chengxiang.platform.domain.StaleVersion;
import org.chengxiang.platform.security.CurrentUser;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The bureaus' steps on a claim: the human resources bureau cuts lines and reviews it, the finance bureau approves
 * it, either returns it. A cut line or a returned claim no longer holds its trainees in {@code training.subsidised}.
 * Each step is checked against the version shown and audited.
 */
@Service
class ClaimDecisions {

	private final Claims claims;

	private final JdbcClient jdbc;

	private final AuditTrail audit;

	private final Clock clock;

	ClaimDecisions(Claims claims, JdbcClient jdbc, AuditTrail audit, Clock clock) {
		this.claims = claims;
		this.jdbc = jdbc;
		this.audit = audit;
		this.clock = clock;
	}

	@Transactional
	void cut(long claimId, long lineId, String reason, Integer version, CurrentUser user) {
		Claim claim = load(claimId, version);
		ClaimLine line = claim.cut(lineId, reason, user.getUsername());
		claims.save(claim);
		jdbc.sql("delete from training.subsidised where claim_line_id = :line").param("line", line.id()).update();
		audit.record(AuditEvent.of("training.claim.line-cut", "TrainingClaim", claim.number(), "GRANTED", "CUT")
			.withDetail(line.cutReason()));
	}

	@Transactional
	void review(long claimId, Integer version, CurrentUser user) {
		Claim claim = load(claimId, version);
		claim.review(clock.instant(), user.getUsername());
		claims.save(claim);
		audit.record(AuditEvent.of("training.claim.reviewed", "TrainingClaim", claim.number(), "SUBMITTED",
				claim.status().name()));
	}

	@Transactional
	void approve(long claimId, Integer version, CurrentUser user) {
		Claim claim = load(claimId, version);
		claim.approve(clock.instant(), user.getUsername());
		claims.save(claim);
		audit.record(AuditEvent.of("training.claim.approved", "TrainingClaim", claim.number(), "REVIEWED",
				claim.status().name()));
	}

	@Transactional
	void returnToProvider(long claimId, String reason, Integer version, CurrentUser user) {
		Claim claim = load(claimId, version);
		String before = claim.status().name();
		claim.returnToProvider(reason, clock.instant(), user.getUsername());
		claims.save(claim);
		jdbc.sql("""
				delete from training.subsidised
				where claim_line_id in (select id from training.claim_line where claim_id = :claim)
				""").param("claim", claimId).update();
		audit.record(AuditEvent.of("training.claim.returned", "TrainingClaim", claim.number(), before,
				claim.status().name()).withDetail(claim.returnedReason()));
	}

	private Claim load(long claimId, Integer version) {
		Claim claim = claims.findById(claimId).orElseThrow(() -> new NoSuchRecord("training claim " + claimId));
		if (version == null || !version.equals(claim.version())) {
			throw new StaleVersion();
		}
		return claim;
	}

}
