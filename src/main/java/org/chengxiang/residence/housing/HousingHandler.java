package org.chengxiang.residence.housing;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
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
 * Checks public rental housing applications for the one-stop core: the form complete and in range, then every rule of
 * eligibility in force on the day of the check. The core asks at drafting, submission, resubmission and approval, so
 * a permit that lapsed meanwhile is heard before the decision.
 */
@Component
class HousingHandler implements ServiceItemHandler {

	/** The catalogue code of public rental housing. */
	static final String ITEM_CODE = "HOUSING-RENTAL";

	private final JsonMapper json;

	private final HousingRules rules;

	private final WaitingList waitingList;

	private final LocalHukou localHukou;

	private final ResidencePermits permits;

	private final PersonalDataProtector protector;

	private final Clock clock;

	HousingHandler(JsonMapper json, HousingRules rules, WaitingList waitingList, LocalHukou localHukou,
			ResidencePermits permits, PersonalDataProtector protector, Clock clock) {
		this.json = json;
		this.rules = rules;
		this.waitingList = waitingList;
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
		HousingForm form;
		try {
			form = HousingForm.read(json, formJson);
		}
		catch (RuleBroken ex) {
			return ex.problems();
		}
		List<Problem> problems = new ArrayList<>(form.problems());
		if (!problems.isEmpty()) {
			return problems;
		}
		return HousingPolicy.decide(form.household(), facts(applicant));
	}

	@Override
	public Optional<FormView> describe(String formJson) {
		HousingForm form;
		try {
			form = HousingForm.read(json, formJson);
		}
		catch (RuleBroken ex) {
			return Optional.empty();
		}
		return Optional.of(new FormView(List.of(FormView.Section.of(null,
				new FormView.Row("residence.housing.form.householdSize", number(form.householdSize())),
				new FormView.Row("residence.housing.form.householdIncome", number(form.householdIncome())),
				new FormView.Row("residence.housing.form.housingArea",
						form.housingArea() == null ? FormView.Value.none()
								: FormView.Value.text(form.housingArea().toPlainString()))))));
	}

	private HousingFacts facts(Applicant applicant) {
		HousingRule rule = rules.current();
		if (ResidentIdNumbers.problem(applicant.idNumber()).isPresent()) {
			return new HousingFacts(false, rule, false);
		}
		PersonKey person = protector.personKey(applicant.idNumber());
		LocalDate today = LocalDate.now(clock);
		boolean residesLawfully = localHukou.holds(person) || permits.validOn(person, today);
		return new HousingFacts(residesLawfully, rule, waitingList.isWaiting(person.bytes()));
	}

	private static FormView.Value number(Integer value) {
		return value == null ? FormView.Value.none() : FormView.Value.text(String.valueOf(value));
	}

}
