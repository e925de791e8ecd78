package org.chengxiang.residence.permits;

import java.util.List;

import org.chengxiang.platform.crypto.PersonalDataProtector;
import org.chengxiang.platform.crypto.ResidentIdNumbers;
import org.chengxiang.platform.domain.RuleBroken;
import org.chengxiang.platform.domain.RuleBroken.Problem;
import org.chengxiang.residence.FormReader;

import tools.jackson.databind.json.JsonMapper;

/**
 * The residence permit application (居住证申领表): for oneself, or by a guardian for a child under 16 with the
 * child's name and ID number.
 *
 * @param forChild whether a guardian applies for a child
 * @param childName the child's name
 * @param childIdNumber the child's ID number, normalised
 * @param problems what is missing or not well formed
 */
record PermitForm(boolean forChild, String childName, String childIdNumber, List<Problem> problems) {

	static PermitForm read(JsonMapper json, String formJson) {
		FormReader form = FormReader.of(json, formJson);
		boolean forChild = form.yes("forChild");
		if (!forChild) {
			return new PermitForm(false, null, null, form.problems());
		}
		String name = form.requiredText("childName", 50);
		String id = form.text("childIdNumber");
		if (id == null) {
			form.problem("childIdNumber", "residence.form.required");
		}
		else {
			id = PersonalDataProtector.normalizeIdNumber(id);
			var refusal = ResidentIdNumbers.refusal(id);
			if (refusal.isPresent()) {
				List<Problem> problems = new java.util.ArrayList<>(form.problems());
				problems.add(new Problem("childIdNumber", refusal.get()));
				return new PermitForm(true, name, null, problems);
			}
		}
		return new PermitForm(true, name, form.hasProblem("childIdNumber") ? null : id, form.problems());
	}

	/** @throws RuleBroken with every problem, when there are any */
	PermitForm orRefuse() {
		if (!problems.isEmpty()) {
			throw new RuleBroken(problems);
		}
		return this;
	}

}
