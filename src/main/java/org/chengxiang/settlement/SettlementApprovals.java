package org.chengxiang.settlement;

import java.time.Clock;
import java.time.LocalDate;

import org.chengxiang.services.ApplicationDecided;
import org.chengxiang.services.ServiceApplications;
import org.chengxiang.services.ServiceApplications.SubmittedForm;

import org.springframework.context.annotation.Lazy;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import tools.jackson.databind.json.JsonMapper;

/**
 * Writes the household registry when the one-stop core approves a settlement application.
 */
@Component
class SettlementApprovals {

	private final ServiceApplications applications;

	private final HouseholdRegistry registry;

	private final JsonMapper json;

	private final Clock clock;

	// Lazy: the services module implements ServiceApplications; resolving it at the first approval lets this module
	// start without it, e.g. in a module test of settlement alone.
	SettlementApprovals(@Lazy ServiceApplications applications, HouseholdRegistry registry, JsonMapper json,
			Clock clock) {
		this.clock = clock;
		this.applications = applications;
		this.registry = registry;
		this.json = json;
	}

	/**
	 * Registers the applicant and the members moving with them. The form is read back from the services module
	 * because the event carries no personal data. Idempotent: a redelivered event registers nobody twice.
	 */
	@ApplicationModuleListener
	void on(ApplicationDecided event) {
		if (!SettlementHandler.ITEM_CODE.equals(event.itemCode()) || !event.approved()) {
			return;
		}
		SubmittedForm submitted = applications.submittedForm(event.applicationId(), SettlementHandler.ITEM_CODE)
			.orElseThrow(() -> new IllegalStateException(
					"Approved settlement application " + event.number() + " has no settlement form"));
		SettlementForm form = SettlementForm.read(json, submitted.formJson());
		LocalDate settledOn = LocalDate.ofInstant(event.decidedAt(), clock.getZone());
		registry.register(submitted.number(), submitted.applicant(), form, settledOn);
	}

}
