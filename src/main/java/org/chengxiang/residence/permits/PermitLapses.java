package org.chengxiang.residence.permits;

import java.time.Clock;
import java.time.LocalDate;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.chengxiang.platform.audit.AuditEvent;
import org.chengxiang.platform.audit.AuditTrail;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The daily job that lapses permits whose yearly endorsement was missed: the day after the deadline (the last
 * covered day, moved to the next working day when it falls on a day off), each permit in a transaction of its own.
 */
@Component
class PermitLapses {

	private static final Logger log = LoggerFactory.getLogger(PermitLapses.class);

	private final Permits permits;

	private final EndorsementDeadlines deadlines;

	private final TransactionTemplate transactions;

	private final AuditTrail audit;

	private final Clock clock;

	PermitLapses(Permits permits, EndorsementDeadlines deadlines, TransactionTemplate transactions, AuditTrail audit,
			Clock clock) {
		this.permits = permits;
		this.deadlines = deadlines;
		this.transactions = transactions;
		this.audit = audit;
		this.clock = clock;
	}

	@Scheduled(cron = "${chengxiang.residence.lapse-cron:0 10 0 * * *}", zone = "Asia/Shanghai")
	void daily() {
		int lapsed = lapseMissed(LocalDate.now(clock));
		if (lapsed > 0) {
			log.info("Residence permits lapsed for a missed endorsement: {}", lapsed);
		}
	}

	/** Lapses every permit whose endorsement deadline passed before the day; how many. */
	int lapseMissed(LocalDate today) {
		int lapsed = 0;
		for (ResidencePermit candidate : permits.findPastTheirYear(today)) {
			LocalDate deadline = deadlines.deadline(candidate.validUntil());
			if (!today.isAfter(deadline)) {
				continue;
			}
			try {
				Boolean done = transactions.execute(status -> {
					ResidencePermit permit = permits.findById(candidate.id()).orElseThrow();
					if (permit.status() != PermitStatus.VALID) {
						return false;
					}
					permit.lapse(today, deadline);
					permits.save(permit);
					audit.record(AuditEvent.of("residence.permit.lapsed", "ResidencePermit", permit.permitNumber(),
							null, permit.endedOn()));
					return true;
				});
				lapsed += Boolean.TRUE.equals(done) ? 1 : 0;
			}
			catch (OptimisticLockingFailureException ex) {
				log.info("Permit {} changed while lapsing; left for the next run", candidate.id());
			}
		}
		return lapsed;
	}

}
