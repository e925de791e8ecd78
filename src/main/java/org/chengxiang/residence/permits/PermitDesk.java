package org.chengxiang.residence.permits;

import java.time.Clock;
import java.time.LocalDate;

import org.chengxiang.platform.audit.AuditEvent;
import org.chengxiang.platform.audit.AuditTrail;
import org.chengxiang.platform.domain.NoSuchRecord;
import org.chengxiang.platform.domain.StaleVersion;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The police department's steps on an issued permit: replacement (换领/补领) and cancellation. */
@Service
class PermitDesk {

	private final Permits permits;

	private final PermitNumbers numbers;

	private final AuditTrail audit;

	private final Clock clock;

	PermitDesk(Permits permits, PermitNumbers numbers, AuditTrail audit, Clock clock) {
		this.permits = permits;
		this.numbers = numbers;
		this.audit = audit;
		this.clock = clock;
	}

	/** Replaces the card; the new permit's id. */
	@Transactional
	long replace(long id, ReplacementKind kind, Integer version) {
		ResidencePermit permit = load(id, version);
		LocalDate today = LocalDate.now(clock);
		ResidencePermit next = permit.replace(kind, numbers.next(permit.permitNumber(), today), today);
		permits.save(permit);
		ResidencePermit saved = permits.save(next);
		audit.record(AuditEvent.of("residence.permit.replaced", "ResidencePermit", permit.permitNumber(), null,
				saved.permitNumber()));
		return saved.id();
	}

	@Transactional
	void cancel(long id, Integer version) {
		ResidencePermit permit = load(id, version);
		permit.cancel(LocalDate.now(clock));
		permits.save(permit);
		audit.record(AuditEvent.of("residence.permit.cancelled", "ResidencePermit", permit.permitNumber(), null,
				permit.status()));
	}

	private ResidencePermit load(long id, Integer version) {
		ResidencePermit permit = permits.findById(id).orElseThrow(() -> new NoSuchRecord("residence permit " + id));
		if (version == null || !version.equals(permit.version())) {
			throw new StaleVersion();
		}
		return permit;
	}

}
