package org.chengxiang.settlement;

import java.util.Arrays;
import java.util.List;

/**
 * The form of one category's rule on the rules page, as typed: the months as text, so that what is not a whole
 * number comes back as it was typed, beside its problem.
 *
 * @param name the category's name
 * @param requiredEvidence the evidence, one item a line
 * @param minResidenceMonths months of residence required, as typed
 * @param minSocialInsuranceMonths months of social insurance required, as typed
 * @param active whether the category is open; a checkbox, absent when unticked
 * @param version the version the form was shown with
 */
record RuleForm(String name, String requiredEvidence, String minResidenceMonths,
		String minSocialInsuranceMonths, Boolean active, Integer version) {

	/** No form has been sent: every row shows its stored rule. */
	static final RuleForm NONE = new RuleForm(null, null, null, null, null, null);

	/** One piece of evidence a line, blank lines dropped. */
	List<String> evidenceLines() {
		if (requiredEvidence == null) {
			return List.of();
		}
		return Arrays.stream(requiredEvidence.split("\\R")).map(String::strip).filter(line -> !line.isEmpty()).toList();
	}

	public boolean isActive() {
		return Boolean.TRUE.equals(active);
	}

}
