package org.chengxiang.residence;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.chengxiang.platform.audit.AuditEvent;
import org.chengxiang.platform.audit.AuditTrail;
import org.chengxiang.platform.crypto.PersonalDataProtector;
import org.chengxiang.services.ApplicationDecided;
import org.chengxiang.services.ServiceApplications;
import org.chengxiang.services.ServiceApplications.SubmittedForm;

import org.springframework.context.annotation.Lazy;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import tools.jackson.databind.json.JsonMapper;

/**
 * Writes the registration when the one-stop core approves a residence registration application. Idempotent: a
 * redelivered approval finds its registration by the application number and writes nothing.
 */
@Component
class RegistrationApprovals {

	private static final Logger log = LoggerFactory.getLogger(RegistrationApprovals.class);

	private final ServiceApplications applications;

	private final ResidenceRegistrations registrations;

	private final PersonalDataProtector protector;

	private final JsonMapper json;

	private final AuditTrail audit;

	RegistrationApprovals(@Lazy ServiceApplications applications, ResidenceRegistrations registrations,
			PersonalDataProtector protector, JsonMapper json, AuditTrail audit) {
		this.applications = applications;
		this.registrations = registrations;
		this.protector = protector;
		this.json = json;
		this.audit = audit;
	}

	@ApplicationModuleListener
	void on(ApplicationDecided event) {
		if (!ResidenceItems.REGISTRATION.equals(event.itemCode()) || !event.approved()
				|| registrations.findByApplication(event.number()).isPresent()) {
			return;
		}
		SubmittedForm submitted = applications.submittedForm(event.applicationId(), ResidenceItems.REGISTRATION)
			.orElseThrow(() -> new IllegalStateException(
					"Approved registration application " + event.number() + " has no registration form"));
		RegistrationForm form = RegistrationForm.read(json, submitted.formJson());
		String idNumber = PersonalDataProtector.normalizeIdNumber(submitted.applicant().idNumber());
		if (registrations.findActive(protector.personKey(idNumber).bytes()).isPresent()) {
			log.warn("Registration application {} approved for a person registered meanwhile; not written",
					event.number());
			return;
		}
		ResidenceRegistration registration = registrations.save(ResidenceRegistration.register(submitted.number(),
				submitted.applicant().userId(), protector.personKey(idNumber), submitted.applicant().name(),
				protector.encrypt(idNumber),
				new ResidenceRegistration.Address(form.divisionCode(), form.gridCellId(), form.addressLine()),
				form.basis(), form.startDate()));
		audit.record(AuditEvent.of("residence.registration.started", "ResidenceRegistration",
				String.valueOf(registration.id()), null, submitted.number()));
	}

}
