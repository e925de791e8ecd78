package org.chengxiang.residence.schools;

import java.time.Clock;

import org.chengxiang.platform.audit.AuditEvent;
import org.chengxiang.platform.audit.AuditTrail;
import org.chengxiang.platform.domain.NoSuchRecord;
import org.chengxiang.platform.domain.StaleVersion;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A guardian's answer to an offer: accepted, or declined, whereupon the first on the school grade's waiting list is
 * offered the place. A guardian finds only their own children's applications.
 */
@Service
@Transactional
class OfferDesk {

	private final SchoolPlaceApplications applications;

	private final AuditTrail audit;

	private final Clock clock;

	OfferDesk(SchoolPlaceApplications applications, AuditTrail audit, Clock clock) {
		this.applications = applications;
		this.audit = audit;
		this.clock = clock;
	}

	void accept(long id, int version, long guardianUserId) {
		SchoolPlaceApplication application = find(id, version, guardianUserId);
		application.accept(clock.instant());
		applications.save(application);
		audit.record(AuditEvent.of("residence.offer.accepted", "SchoolPlace", application.applicationId(), null, null));
	}

	void decline(long id, int version, long guardianUserId) {
		SchoolPlaceApplication application = find(id, version, guardianUserId);
		application.decline(clock.instant());
		applications.save(application);
		audit.record(AuditEvent.of("residence.offer.declined", "SchoolPlace", application.applicationId(), null, null));
		applications.findNextWaiting(application.year(), application.school(), application.grade()).ifPresent(next -> {
			next.moveUp(clock.instant());
			applications.save(next);
			audit.record(AuditEvent.of("residence.offer.moved-up", "SchoolPlace", next.applicationId(), null, null));
		});
	}

	private SchoolPlaceApplication find(long id, int version, long guardianUserId) {
		SchoolPlaceApplication application = applications.findOfGuardian(id, guardianUserId)
			.orElseThrow(() -> new NoSuchRecord("school place application " + id));
		if (application.version() != version) {
			throw new StaleVersion();
		}
		return application;
	}

}
