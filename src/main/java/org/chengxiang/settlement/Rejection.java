package org.chengxiang.settlement;

import org.chengxiang.platform.web.BadInputException.FieldProblem;

/**
 * Why a settlement rule refuses an application.
 *
 * @param policy the rule that refused, e.g. {@code noMinimumResidencePolicy}
 * @param field the form field the refusal is about, e.g. {@code destination.divisionCode}
 * @param reason the reason, in the reader's language
 */
record Rejection(String policy, String field, String reason) {

	/** The problem the applicant and the clerk read, naming the rule for programs (the API's {@code rule}). */
	FieldProblem problem() {
		return new FieldProblem(field, reason, policy);
	}

}
