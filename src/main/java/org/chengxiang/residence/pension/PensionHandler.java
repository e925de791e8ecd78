package org.chengxiang.residence.pension;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.chengxiang.platform.crypto.PersonKey;
import org.chengxiang.platform.crypto.PersonalDataProtector;
import org.chengxiang.platform.crypto.ResidentIdNumbers;
import org.chengxiang.platform.domain.RuleBroken;
import org.chengxiang.platform.domain.RuleBroken.Problem;
import org.chengxiang.residence.ResidencePermits;
import org.chengxiang.services.FormView;
import org.chengxiang.services.ServiceItemHandler;
import org.chengxiang.settlement.LocalHukou;

import org.springframework.stereotype.Component;

import tools.jackson.databind.json.JsonMapper;

/**
 * Checks flexible-employment pension enrolments for the one-stop core: the base given, then every enrolment rule for
 * the year of the check. Where the applicant comes from is asked once, through the two public questions, as "local
 * hukou or a valid permit"; the rules see only the answer.
 */
@Component
class PensionHandler implements ServiceItemHandler {

	/** The catalogue code of flexible-employment pension enrolment. */
	static final String ITEM_CODE = "PENSION-FLEXIBLE";

	private final JsonMapper json;

	private final PensionBands bands;

	private final PensionEnrolments enrolments;

	private final LocalHukou localHukou;

	private final ResidencePermits permits;

	private final PersonalDataProtector protector;

	private final Clock clock;

	PensionHandler(JsonMapper json, PensionBands bands, PensionEnrolments enrolments, LocalHukou localHukou,
			ResidencePermits permits, PersonalDataProtector protector, Clock clock) {
		this.json = json;
		this.bands = bands;
		this.enrolments = enrolments;
		this.localHukou = localHukou;
		this.permits = permits;
		this.protector = protector;
		this.clock = clock;
	}

	@Override
	public String itemCode() {
		return ITEM_CODE;
	}

	@Override
	public List<Problem> validate(String formJson, Applicant applicant) {
		PensionForm form;
		try {
			form = PensionForm.read(json, formJson);
		}
		catch (RuleBroken ex) {
			return ex.problems();
		}
		if (!form.problems().isEmpty()) {
			return form.problems();
		}
		LocalDate today = LocalDate.now(clock);
		PensionApplication application = new PensionApplication(form.contributionBase(), today.getYear());
		return PensionPolicy.decide(application, facts(applicant, today));
	}

	/** The form as people read it: the base chosen, under its label. */
	@Override
	public Optional<FormView> describe(String formJson) {
		PensionForm form;
		try {
			form = PensionForm.read(json, formJson);
		}
		catch (RuleBroken ex) {
			return Optional.empty();
		}
		return Optional.of(new FormView(List.of(FormView.Section.of(null,
				new FormView.Row("residence.pension.form.contributionBase", form.contributionBase() == null
						? FormView.Value.none() : FormView.Value.text(String.valueOf(form.contributionBase())))))));
	}

	private PensionFacts facts(Applicant applicant, LocalDate today) {
		if (ResidentIdNumbers.problem(applicant.idNumber()).isPresent()) {
			return new PensionFacts(false, bands.of(today.getYear()), false);
		}
		PersonKey person = protector.personKey(applicant.idNumber());
		boolean residesLawfully = localHukou.holds(person) || permits.validOn(person, today);
		return new PensionFacts(residesLawfully, bands.of(today.getYear()),
				enrolments.isEnrolled(person.bytes(), today.getYear()));
	}

}
