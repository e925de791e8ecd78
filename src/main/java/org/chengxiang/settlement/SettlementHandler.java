package org.chengxiang.settlement;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.chengxiang.directory.Directory;
import org.chengxiang.directory.GridCellSummary;
import org.chengxiang.platform.domain.RuleBroken;
import org.chengxiang.platform.domain.RuleBroken.Problem;
import org.chengxiang.services.FormView;
import org.chengxiang.services.ServiceItemHandler;

import org.springframework.stereotype.Component;

import tools.jackson.databind.json.JsonMapper;

/**
 * Checks settlement application forms for the one-stop core: complete and well formed, then every settlement rule
 * in force at the time of the check. The core asks at drafting, at submission, at resubmission after a correction
 * and again at approval, so a rule the police changed meanwhile (a category closed) is heard before a decision.
 */
@Component
class SettlementHandler implements ServiceItemHandler {

	/** The catalogue code of the settlement item. */
	static final String ITEM_CODE = "SETTLEMENT";

	private final JsonMapper json;

	private final PolicyFactFinder facts;

	private final Directory directory;

	SettlementHandler(JsonMapper json, PolicyFactFinder facts, Directory directory) {
		this.json = json;
		this.facts = facts;
		this.directory = directory;
	}

	@Override
	public String itemCode() {
		return ITEM_CODE;
	}

	@Override
	public List<Problem> validate(String formJson, Applicant applicant) {
		SettlementForm form;
		try {
			form = SettlementForm.read(json, formJson);
		}
		catch (RuleBroken ex) {
			return ex.problems();
		}
		SettlementForm.DecisionView application = form.decisionView();
		return problems(form, applicant, SettlementDecision.decide(application, facts.facts(application, applicant)));
	}

	/**
	 * The form as the paper form reads: the application, the destination (the place by its town and name), the
	 * members as a table with masked ID numbers and their relation in words, the evidence, and the rural-rights
	 * statement with its answers in words. A form that cannot be read is left to the generic description.
	 */
	@Override
	public Optional<FormView> describe(String formJson) {
		SettlementForm form;
		try {
			form = SettlementForm.read(json, formJson);
		}
		catch (RuleBroken ex) {
			return Optional.empty();
		}
		return Optional.of(SettlementFormView.of(form, directory.placeChoices(),
				id -> directory.gridCell(id).map(GridCellSummary::name)));
	}

	/**
	 * Every problem at once (一次性告知): the form's own, then each rule's rejection, except where the field already
	 * has a problem of its own, so that an empty field is not also reported as refused. Each rejection says which rule
	 * gave it, in words.
	 */
	static List<Problem> problems(SettlementForm form, Applicant applicant, SettlementDecision decision) {
		List<Problem> problems = new ArrayList<>(SettlementFormChecks.check(form, applicant));
		List<String> incomplete = problems.stream().map(Problem::field).toList();
		for (Rejection rejection : decision.rejections()) {
			if (incomplete.stream().noneMatch(field -> covers(field, rejection.field()))) {
				problems.add(rejection.problem());
			}
		}
		return problems;
	}

	private static boolean covers(String field, String other) {
		return other.equals(field) || other.startsWith(field + ".") || other.startsWith(field + "[");
	}

}
