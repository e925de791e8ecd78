package org.chengxiang.settlement;

/**
 * Why a settlement rule refuses an application.
 *
 * @param policy the rule that refused, e.g. {@code noMinimumResidencePolicy}
 * @param field the form field the refusal is about, e.g. {@code destination.divisionCode}
 * @param reason the reason, "中文 / English"
 */
record Rejection(String policy, String field, String reason) {

	/** The reason with the rule that gave it, as the applicant and the clerk read it. */
	String explained() {
		return reason + " [" + policy + "]";
	}

}
