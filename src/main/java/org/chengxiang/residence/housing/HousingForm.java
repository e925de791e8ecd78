package org.chengxiang.residence.housing;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import org.chengxiang.platform.domain.RuleBroken;
import org.chengxiang.platform.domain.RuleBroken.Problem;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * The public rental housing application as the applicant fills it in (the applicant themself comes from their
 * account).
 *
 * @param householdSize members of the household, the applicant included
 * @param householdIncome the household's income, yuan a month
 * @param housingArea the housing area the household has now, square metres; 0 for none
 */
@JsonIgnoreProperties(ignoreUnknown = true)
record HousingForm(Integer householdSize, Integer householdIncome, BigDecimal housingArea) {

	static final int MAX_SIZE = 20;

	static final int MAX_INCOME = 1_000_000;

	static final BigDecimal MAX_AREA = BigDecimal.valueOf(10_000);

	/**
	 * Reads a submitted form.
	 * @throws RuleBroken naming the field that could not be read
	 */
	static HousingForm read(JsonMapper json, String formJson) {
		if (formJson == null || formJson.isBlank()) {
			throw RuleBroken.at("form", "residence.housing.form.empty");
		}
		try {
			HousingForm form = json.readValue(formJson, HousingForm.class);
			if (form == null) {
				throw RuleBroken.at("form", "residence.housing.form.empty");
			}
			return form;
		}
		catch (JacksonException ex) {
			String field = ex.getPath().isEmpty() ? null : ex.getPath().get(ex.getPath().size() - 1).getPropertyName();
			if (field == null || !List.of("householdSize", "householdIncome", "housingArea").contains(field)) {
				throw RuleBroken.at("form", "residence.housing.form.unreadable");
			}
			throw RuleBroken.at(field, "residence.housing.form.notANumber");
		}
	}

	/** What is missing or out of range, each by its field. */
	List<Problem> problems() {
		List<Problem> problems = new ArrayList<>();
		if (householdSize == null) {
			problems.add(Problem.at("householdSize", "residence.housing.form.sizeRequired"));
		}
		else if (householdSize < 1 || householdSize > MAX_SIZE) {
			problems.add(Problem.at("householdSize", "residence.housing.form.sizeRange", String.valueOf(MAX_SIZE)));
		}
		if (householdIncome == null) {
			problems.add(Problem.at("householdIncome", "residence.housing.form.incomeRequired"));
		}
		else if (householdIncome < 0 || householdIncome > MAX_INCOME) {
			problems.add(Problem.at("householdIncome", "residence.housing.form.incomeRange",
					String.valueOf(MAX_INCOME)));
		}
		if (housingArea == null) {
			problems.add(Problem.at("housingArea", "residence.housing.form.areaRequired"));
		}
		else if (housingArea.signum() < 0 || housingArea.compareTo(MAX_AREA) > 0 || housingArea.scale() > 1) {
			problems.add(Problem.at("housingArea", "residence.housing.form.areaRange", MAX_AREA.toPlainString()));
		}
		return problems;
	}

	/** The household, once the form has no problems. */
	Household household() {
		return new Household(householdSize, householdIncome, housingArea.setScale(1));
	}

}
