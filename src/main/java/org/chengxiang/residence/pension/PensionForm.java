package org.chengxiang.residence.pension;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import org.chengxiang.platform.domain.RuleBroken;
import org.chengxiang.platform.domain.RuleBroken.Problem;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * The enrolment form as the applicant fills it in: only the contribution base they choose. Whatever else a form
 * carries (where their hukou is, say) is not read.
 *
 * @param contributionBase the base chosen, yuan a month
 */
@JsonIgnoreProperties(ignoreUnknown = true)
record PensionForm(Integer contributionBase) {

	static PensionForm read(JsonMapper json, String formJson) {
		if (formJson == null || formJson.isBlank()) {
			throw RuleBroken.at("contributionBase", "residence.pension.form.baseRequired");
		}
		try {
			PensionForm form = json.readValue(formJson, PensionForm.class);
			if (form == null) {
				throw RuleBroken.at("contributionBase", "residence.pension.form.baseRequired");
			}
			return form;
		}
		catch (JacksonException ex) {
			throw RuleBroken.at("contributionBase", "residence.pension.form.notANumber");
		}
	}

	List<Problem> problems() {
		List<Problem> problems = new ArrayList<>();
		if (contributionBase == null) {
			problems.add(Problem.at("contributionBase", "residence.pension.form.baseRequired"));
		}
		else if (contributionBase <= 0 || contributionBase > 1_000_000) {
			problems.add(Problem.at("contributionBase", "residence.pension.form.notANumber"));
		}
		return problems;
	}

}
