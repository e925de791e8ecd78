package org.chengxiang.residence;

import org.chengxiang.platform.audit.AuditEvent;
import org.chengxiang.platform.audit.AuditTrail;
import org.chengxiang.platform.crypto.PersonKey;
import org.chengxiang.settlement.SettlementApproved;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Ends the residence registration of everyone a settlement registered: once local, they are no longer residents
 * without hukou. Idempotent: a redelivered event finds no active registration and ends nothing.
 */
@Component
class SettlementEndsRegistrations {

	private final ResidenceRegistrations registrations;

	private final AuditTrail audit;

	SettlementEndsRegistrations(ResidenceRegistrations registrations, AuditTrail audit) {
		this.registrations = registrations;
		this.audit = audit;
	}

	@ApplicationModuleListener
	void on(SettlementApproved event) {
		for (PersonKey person : event.people()) {
			registrations.findActive(person.bytes()).ifPresent(registration -> {
				registration.end(event.settledOn().isBefore(registration.startDate()) ? registration.startDate()
						: event.settledOn(), EndReason.SETTLED);
				registrations.save(registration);
				audit.record(AuditEvent.of("residence.registration.ended", "ResidenceRegistration",
						String.valueOf(registration.id()), null, event.applicationNumber()));
			});
		}
	}

}
