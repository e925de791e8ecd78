package org.chengxiang.residence;

import java.time.LocalDate;

import org.chengxiang.platform.audit.AuditEvent;
import org.chengxiang.platform.audit.AuditTrail;
import org.chengxiang.platform.domain.NoSuchRecord;
import org.chengxiang.platform.domain.StaleVersion;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The police department's step on a registration: the person moved away (注销). */
@Service
class RegistrationDesk {

	private final ResidenceRegistrations registrations;

	private final AuditTrail audit;

	RegistrationDesk(ResidenceRegistrations registrations, AuditTrail audit) {
		this.registrations = registrations;
		this.audit = audit;
	}

	/**
	 * Ends the registration: the person moved away on the day.
	 * @param version the version the clerk saw
	 */
	@Transactional
	void movedAway(long id, LocalDate on, Integer version) {
		ResidenceRegistration registration = registrations.findById(id)
			.orElseThrow(() -> new NoSuchRecord("residence registration " + id));
		if (version == null || !version.equals(registration.version())) {
			throw new StaleVersion();
		}
		registration.end(on, EndReason.MOVED_AWAY);
		registrations.save(registration);
		audit.record(AuditEvent.of("residence.registration.ended", "ResidenceRegistration", String.valueOf(id), null,
				EndReason.MOVED_AWAY.name() + " " + on));
	}

}
