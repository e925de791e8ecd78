package org.chengxiang.residence.permits;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.chengxiang.platform.crypto.Masking;
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
 * Checks residence permit applications for the one-stop core: the form, then every permit rule in force, each
 * failing rule named at once (一次性告知). The core asks again at approval, so a rule changed meanwhile is heard.
 */
@Component
class PermitHandler implements ServiceItemHandler {

	private final JsonMapper json;

	private final PermitFactFinder facts;

	PermitHandler(JsonMapper json, PermitFactFinder facts) {
		this.json = json;
		this.facts = facts;
	}

	@Override
	public String itemCode() {
		return ResidenceItems.PERMIT;
	}

	@Override
	public List<Problem> validate(String formJson, Applicant applicant) {
		PermitForm form;
		try {
			form = PermitForm.read(json, formJson);
		}
		catch (RuleBroken ex) {
			return ex.problems();
		}
		List<Problem> problems = new ArrayList<>(form.problems());
		List<String> incomplete = problems.stream().map(Problem::field).toList();
		PermitPolicy.decide(facts.facts(form, applicant))
			.stream()
			.filter(problem -> !incomplete.contains(problem.field()))
			.forEach(problems::add);
		return problems;
	}

	@Override
	public Optional<FormView> describe(String formJson) {
		PermitForm form;
		try {
			form = PermitForm.read(json, formJson);
		}
		catch (RuleBroken ex) {
			return Optional.empty();
		}
		if (!form.forChild()) {
			return Optional.of(new FormView(List.of(Section.of(null,
					new Row("residence.permit.form.forWhom", Value.word("residence.permit.form.forSelf"))))));
		}
		return Optional.of(new FormView(List.of(Section.of(null,
				new Row("residence.permit.form.forWhom", Value.word("residence.permit.form.forChild")),
				new Row("residence.permit.form.childName", Value.text(form.childName())),
				new Row("residence.permit.form.childIdNumber",
						Value.text(form.childIdNumber() == null ? null : Masking.idNumber(form.childIdNumber())))))));
	}

}
