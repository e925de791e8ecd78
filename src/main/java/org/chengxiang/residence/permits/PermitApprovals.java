package org.chengxiang.residence.permits;

import java.time.Clock;
import java.time.LocalDate;

import org.chengxiang.directory.Directory;
import org.chengxiang.platform.audit.AuditEvent;
import org.chengxiang.platform.audit.AuditTrail;
import org.chengxiang.platform.crypto.PersonalDataProtector;
import org.chengxiang.platform.crypto.ResidentIdNumbers;
import org.chengxiang.residence.ResidenceClock;
import org.chengxiang.residence.ResidenceClock.Residence;
import org.chengxiang.residence.ResidenceItems;
import org.chengxiang.residence.ResidencePolice;
import org.chengxiang.services.ApplicationDecided;
import org.chengxiang.services.ServiceApplications;
import org.chengxiang.services.ServiceApplications.SubmittedForm;

import org.springframework.context.annotation.Lazy;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import tools.jackson.databind.json.JsonMapper;

/**
 * Issues the permit when the one-stop core approves a permit application: the card data of Art. 4 from the
 * application and the registration, valid for a year from the day of the decision. Idempotent: a redelivered
 * approval finds its permit by the application number.
 */
@Component
class PermitApprovals {

	private final ServiceApplications applications;

	private final Permits permits;

	private final PermitNumbers numbers;

	private final ResidenceClock residence;

	private final PersonalDataProtector protector;

	private final Directory directory;

	private final ResidencePolice police;

	private final JsonMapper json;

	private final AuditTrail audit;

	private final Clock clock;

	PermitApprovals(@Lazy ServiceApplications applications, Permits permits, PermitNumbers numbers,
			ResidenceClock residence, PersonalDataProtector protector, Directory directory, ResidencePolice police, JsonMapper json,
			AuditTrail audit, Clock clock) {
		this.applications = applications;
		this.permits = permits;
		this.numbers = numbers;
		this.residence = residence;
		this.protector = protector;
		this.directory = directory;
		this.police = police;
		this.json = json;
		this.audit = audit;
		this.clock = clock;
	}

	@ApplicationModuleListener
	void on(ApplicationDecided event) {
		if (!ResidenceItems.PERMIT.equals(event.itemCode()) || !event.approved()
				|| permits.findByApplication(event.number()).isPresent()) {
			return;
		}
		SubmittedForm submitted = applications.submittedForm(event.applicationId(), ResidenceItems.PERMIT)
			.orElseThrow(() -> new IllegalStateException(
					"Approved permit application " + event.number() + " has no permit form"));
		PermitForm form = PermitForm.read(json, submitted.formJson()).orRefuse();
		String applicantId = PersonalDataProtector.normalizeIdNumber(submitted.applicant().idNumber());
		Residence home = residence.current(protector.personKey(applicantId))
			.orElseThrow(() -> new IllegalStateException(
					"Approved permit application " + event.number() + " without a running registration"));
		String holderId = form.forChild() ? form.childIdNumber() : applicantId;
		String holderName = form.forChild() ? form.childName() : submitted.applicant().name();
		LocalDate on = LocalDate.ofInstant(event.decidedAt(), clock.getZone());
		CardData card = new CardData(holderName, ResidentIdNumbers.isMale(holderId) ? "M" : "F",
				protector.encrypt(holderId), directory.placeLabel(home.divisionCode()) + " " + home.addressLine(),
				police.authorityName());
		ResidencePermit permit = permits.save(ResidencePermit.issue(numbers.next(home.divisionCode(), on),
				protector.personKey(holderId), card, submitted.number(), submitted.applicant().userId(),
				form.forChild(), on));
		audit.record(AuditEvent.of("residence.permit.issued", "ResidencePermit", permit.permitNumber(), null,
				submitted.number()));
	}

}
