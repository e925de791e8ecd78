package org.chengxiang.residence.permits;

import java.time.Clock;
import java.time.LocalDate;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.chengxiang.platform.audit.AuditEvent;
import org.chengxiang.platform.audit.AuditTrail;
import org.chengxiang.residence.ResidenceItems;
import org.chengxiang.services.ApplicationDecided;
import org.chengxiang.services.ServiceApplications;
import org.chengxiang.services.ServiceApplications.SubmittedForm;

import org.springframework.context.annotation.Lazy;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import tools.jackson.databind.json.JsonMapper;

/**
 * Endorses the permit when the one-stop core approves an endorsement application, on the day of the decision.
 * Idempotent: the permit remembers the day of its latest endorsement, and a redelivered approval of the same day
 * endorses nothing.
 */
@Component
class EndorsementApprovals {

	private static final Logger log = LoggerFactory.getLogger(EndorsementApprovals.class);

	private final ServiceApplications applications;

	private final Permits permits;

	private final EndorsementDeadlines deadlines;

	private final JsonMapper json;

	private final AuditTrail audit;

	private final Clock clock;

	EndorsementApprovals(@Lazy ServiceApplications applications, Permits permits, EndorsementDeadlines deadlines,
			JsonMapper json, AuditTrail audit, Clock clock) {
		this.applications = applications;
		this.permits = permits;
		this.deadlines = deadlines;
		this.json = json;
		this.audit = audit;
		this.clock = clock;
	}

	@ApplicationModuleListener
	void on(ApplicationDecided event) {
		if (!ResidenceItems.ENDORSEMENT.equals(event.itemCode()) || !event.approved()) {
			return;
		}
		SubmittedForm submitted = applications.submittedForm(event.applicationId(), ResidenceItems.ENDORSEMENT)
			.orElseThrow(() -> new IllegalStateException(
					"Approved endorsement application " + event.number() + " has no endorsement form"));
		EndorsementForm form = EndorsementForm.read(json, submitted.formJson());
		LocalDate on = LocalDate.ofInstant(event.decidedAt(), clock.getZone());
		permits.findByNumber(form.permitNumber()).ifPresentOrElse(permit -> {
			if (on.equals(permit.lastEndorsedOn())) {
				return;
			}
			LocalDate deadline = deadlines.deadline(permit.validUntil());
			if (permit.status() == PermitStatus.VALID && on.isAfter(deadline)) {
				// decided after the deadline: the permit lapsed meanwhile, and the endorsement is a late one
				permit.lapse(on, deadline);
			}
			permit.endorse(on, deadline);
			permits.save(permit);
			audit.record(AuditEvent.of("residence.permit.endorsed", "ResidencePermit", permit.permitNumber(), null,
					submitted.number()));
		}, () -> log.warn("Approved endorsement application {} names no permit", event.number()));
	}

}
