package org.chengxiang.residence.pension;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;

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
 * Enrols the applicant of an approved application for the year of the approval. Idempotent: a redelivered approval
 * enrols nobody twice.
 */
@Component
class PensionEnrolling {

	private final ServiceApplications applications;

	private final PensionEnrolments enrolments;

	private final PersonalDataProtector protector;

	private final JsonMapper json;

	private final AuditTrail audit;

	private final Clock clock;

	PensionEnrolling(@Lazy ServiceApplications applications, PensionEnrolments enrolments,
			PersonalDataProtector protector, JsonMapper json, AuditTrail audit, Clock clock) {
		this.applications = applications;
		this.enrolments = enrolments;
		this.protector = protector;
		this.json = json;
		this.audit = audit;
		this.clock = clock;
	}

	@ApplicationModuleListener
	void on(ApplicationDecided event) {
		if (!PensionHandler.ITEM_CODE.equals(event.itemCode()) || !event.approved()
				|| enrolments.isEnrolled(event.applicationId())) {
			return;
		}
		SubmittedForm submitted = applications.submittedForm(event.applicationId(), PensionHandler.ITEM_CODE)
			.orElseThrow(() -> new IllegalStateException(
					"Approved pension application " + event.number() + " has no pension form"));
		PensionForm form = PensionForm.read(json, submitted.formJson());
		LocalDate on = LocalDate.ofInstant(event.decidedAt(), clock.getZone());
		PensionEnrolment enrolment = enrolments.save(PensionEnrolment.enrol(submitted.applicationId(),
				submitted.number(), submitted.applicant().userId(), protector.personKey(submitted.applicant().idNumber()),
				on.getYear(), form.contributionBase(), on));
		audit.record(AuditEvent.of("residence.pension.enrolled", "PensionEnrolment", enrolment.id(), null,
				Map.of("application", submitted.number(), "year", on.getYear())));
	}

}
