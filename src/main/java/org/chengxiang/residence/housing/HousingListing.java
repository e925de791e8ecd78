package org.chengxiang.residence.housing;

import java.time.Clock;
import java.time.LocalDate;

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
 * Puts the household of an approved public rental housing application on the waiting list, with its points under the
 * rules in force. The form is read back from the services module because the event carries no personal data.
 * Idempotent: a redelivered approval lists nobody twice.
 */
@Component
class HousingListing {

	private final ServiceApplications applications;

	private final WaitingList waitingList;

	private final HousingRules rules;

	private final PersonalDataProtector protector;

	private final JsonMapper json;

	private final AuditTrail audit;

	private final Clock clock;

	// Lazy: the services module implements ServiceApplications; resolved at the first approval.
	HousingListing(@Lazy ServiceApplications applications, WaitingList waitingList, HousingRules rules,
			PersonalDataProtector protector, JsonMapper json, AuditTrail audit, Clock clock) {
		this.applications = applications;
		this.waitingList = waitingList;
		this.rules = rules;
		this.protector = protector;
		this.json = json;
		this.audit = audit;
		this.clock = clock;
	}

	@ApplicationModuleListener
	void on(ApplicationDecided event) {
		if (!HousingHandler.ITEM_CODE.equals(event.itemCode()) || !event.approved()
				|| waitingList.isListed(event.applicationId())) {
			return;
		}
		SubmittedForm submitted = applications.submittedForm(event.applicationId(), HousingHandler.ITEM_CODE)
			.orElseThrow(() -> new IllegalStateException(
					"Approved housing application " + event.number() + " has no housing form"));
		Household household = HousingForm.read(json, submitted.formJson()).household();
		int points = HousingPoints.score(household, rules.current()).total();
		WaitingListEntry entry = waitingList.save(WaitingListEntry.list(submitted.applicationId(), submitted.number(),
				submitted.applicant().userId(), protector.personKey(submitted.applicant().idNumber()), household,
				points, LocalDate.ofInstant(event.decidedAt(), clock.getZone())));
		audit.record(AuditEvent.of("residence.housing.listed", "HousingWaitingList", entry.id(), null,
				java.util.Map.of("application", submitted.number(), "points", points)));
	}

}
