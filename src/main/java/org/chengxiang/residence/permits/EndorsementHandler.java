package org.chengxiang.residence.permits;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.chengxiang.platform.domain.RuleBroken;
import org.chengxiang.platform.domain.RuleBroken.Problem;
import org.chengxiang.residence.ResidenceItems;
import org.chengxiang.services.FormView;
import org.chengxiang.services.FormView.Row;
import org.chengxiang.services.FormView.Section;
import org.chengxiang.services.FormView.Value;
import org.chengxiang.services.ServiceItemHandler;

import org.springframework.stereotype.Component;

import tools.jackson.databind.json.JsonMapper;

/**
 * Checks endorsement applications (签注): a permit the applicant applied for, valid and in the month before its year
 * is full (through the deadline), or lapsed (a late endorsement, which restarts the residence clock).
 */
@Component
class EndorsementHandler implements ServiceItemHandler {

	private final JsonMapper json;

	private final Permits permits;

	private final EndorsementDeadlines deadlines;

	private final Clock clock;

	EndorsementHandler(JsonMapper json, Permits permits, EndorsementDeadlines deadlines, Clock clock) {
		this.json = json;
		this.permits = permits;
		this.deadlines = deadlines;
		this.clock = clock;
	}

	@Override
	public String itemCode() {
		return ResidenceItems.ENDORSEMENT;
	}

	@Override
	public List<Problem> validate(String formJson, Applicant applicant) {
		EndorsementForm form;
		try {
			form = EndorsementForm.read(json, formJson);
		}
		catch (RuleBroken ex) {
			return ex.problems();
		}
		if (!form.problems().isEmpty()) {
			return form.problems();
		}
		Optional<ResidencePermit> permit = permits.findByNumber(form.permitNumber())
			.filter(p -> p.applicantUserId() == applicant.userId());
		if (permit.isEmpty()) {
			return List.of(Problem.at("permitNumber", "residence.endorsement.rule.noSuchPermit"));
		}
		ResidencePermit p = permit.get();
		LocalDate today = LocalDate.now(clock);
		return switch (p.status()) {
			case LAPSED -> List.of();
			case VALID -> today.isBefore(p.endorsementOpens())
					? List.of(Problem.at("permitNumber", "residence.permit.rule.endorsementNotDue", p.endorsementOpens()))
					: List.of();
			case REPLACED, CANCELLED -> List.of(Problem.at("permitNumber", "residence.permit.refused.endorse"));
		};
	}

	@Override
	public Optional<FormView> describe(String formJson) {
		try {
			EndorsementForm form = EndorsementForm.read(json, formJson);
			return Optional.of(new FormView(List.of(
					Section.of(null, new Row("residence.endorsement.form.permitNumber", Value.text(form.permitNumber()))))));
		}
		catch (RuleBroken ex) {
			return Optional.empty();
		}
	}

}
