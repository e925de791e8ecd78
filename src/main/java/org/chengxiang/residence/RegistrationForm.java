package org.chengxiang.residence;

import java.time.LocalDate;
import java.util.List;

import org.chengxiang.platform.domain.RuleBroken.Problem;

import tools.jackson.databind.json.JsonMapper;

/**
 * The residence registration form (居住登记申请表) as the applicant filled it in.
 *
 * @param divisionCode the community or village (12 digits)
 * @param gridCellId the grid cell within it
 * @param addressLine street, building and room
 * @param startDate the day residence at the address began
 * @param basis employment, housing or study
 * @param evidence what the uploaded evidence shows
 * @param problems what is missing or not well formed
 */
record RegistrationForm(String divisionCode, Long gridCellId, String addressLine, LocalDate startDate,
		RegistrationBasis basis, String evidence, List<Problem> problems) {

	static RegistrationForm read(JsonMapper json, String formJson) {
		FormReader form = FormReader.of(json, formJson);
		String division = form.requiredText("divisionCode", 12);
		if (division != null && !division.matches("\\d{12}")) {
			form.problem("divisionCode", "residence.form.divisionCode");
			division = null;
		}
		Long gridCell = form.requiredNumber("gridCellId");
		String address = form.requiredText("addressLine", 200);
		LocalDate start = form.requiredDate("startDate");
		RegistrationBasis basis = form.requiredChoice("basis", RegistrationBasis.class);
		String evidence = form.requiredText("evidence", 2000);
		return new RegistrationForm(division, gridCell, address, start, basis, evidence, form.problems());
	}

}
