package org.chengxiang.residence;

import java.time.LocalDate;
import java.util.Optional;

import org.chengxiang.platform.audit.AuditEvent;
import org.chengxiang.platform.audit.AuditTrail;
import org.chengxiang.platform.crypto.PersonKey;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A person's current residence registration and the clock it runs: where they live, on what basis, and from which
 * day their years of residence count (the start date, or the day of a late endorsement). Asked by the permit rules
 * and by other modules that weigh length of residence.
 */
@Service
@Transactional(readOnly = true)
public class ResidenceClock {

	private final ResidenceRegistrations registrations;

	private final AuditTrail audit;

	ResidenceClock(ResidenceRegistrations registrations, AuditTrail audit) {
		this.registrations = registrations;
		this.audit = audit;
	}

	/** The person's active registration, if any. */
	public Optional<Residence> current(PersonKey person) {
		return registrations.findActive(person.bytes())
			.map(r -> new Residence(r.divisionCode(), r.gridCellId(), r.addressLine(), r.basis(), r.startDate(),
					r.countedFrom()));
	}

	/**
	 * Art. 10: a late endorsement restarts the holder's residence clock from its day. Idempotent: a redelivered event
	 * finds the clock at the day already.
	 */
	@ApplicationModuleListener
	void on(PermitEndorsed event) {
		if (!event.late()) {
			return;
		}
		registrations.findActive(event.person().bytes()).ifPresent(registration -> {
			LocalDate before = registration.countedFrom();
			registration.restartClock(event.endorsedOn());
			if (!before.equals(registration.countedFrom())) {
				registrations.save(registration);
				audit.record(AuditEvent.of("residence.registration.clock-restarted", "ResidenceRegistration",
						String.valueOf(registration.id()), before, registration.countedFrom()));
			}
		});
	}

	/**
	 * A registration as others may know it.
	 *
	 * @param divisionCode the community or village
	 * @param gridCellId the grid cell
	 * @param addressLine street, building and room
	 * @param basis employment, housing or study
	 * @param startDate the day residence began
	 * @param countedFrom the day the years of residence count from
	 */
	public record Residence(String divisionCode, long gridCellId, String addressLine, RegistrationBasis basis,
			LocalDate startDate, LocalDate countedFrom) {

		/** Whole months of registered residence on the day. */
		public int monthsOn(LocalDate day) {
			return day.isBefore(countedFrom) ? 0
					: (int) java.time.temporal.ChronoUnit.MONTHS.between(countedFrom, day);
		}

	}

}
