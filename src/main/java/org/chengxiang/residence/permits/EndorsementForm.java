package org.chengxiang.residence.permits;

import java.util.List;

import org.chengxiang.platform.domain.RuleBroken.Problem;
import org.chengxiang.residence.FormReader;

import tools.jackson.databind.json.JsonMapper;

/**
 * The endorsement application (居住证签注): the number of the permit to endorse.
 *
 * @param permitNumber the permit's number
 * @param problems what is missing
 */
record EndorsementForm(String permitNumber, List<Problem> problems) {

	static EndorsementForm read(JsonMapper json, String formJson) {
		FormReader form = FormReader.of(json, formJson);
		String number = form.requiredText("permitNumber", 30);
		return new EndorsementForm(number, form.problems());
	}

}
