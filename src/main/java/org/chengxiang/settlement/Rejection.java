package org.chengxiang.settlement;

import java.util.List;

import org.chengxiang.platform.domain.RuleBroken.Problem;
import org.chengxiang.platform.domain.Text;

/**
 * Why a settlement rule refuses an application.
 *
 * @param policy the rule that refused, e.g. {@code noMinimumResidencePolicy}; its name in words is the message
 * {@code settlement.rule.<policy>}
 * @param field the form field the refusal is about, e.g. {@code destination.divisionCode}
 * @param reasonKey the message key of the reason
 * @param arguments the reason's arguments, as text (so that numbers are not grouped)
 */
record Rejection(String policy, String field, String reasonKey, List<String> arguments) {

	Rejection {
		arguments = List.copyOf(arguments);
	}

	/** The reason. */
	Text reason() {
		return Text.of(reasonKey, arguments.toArray());
	}

	/** The rule that refused, in words. */
	Text rule() {
		return Text.of("settlement.rule." + policy);
	}

	/** The reason with the rule that gave it, as the applicant and the clerk read it. */
	Text explained() {
		return Text.of("settlement.rejection.explained", reason(), rule());
	}

	/** The problem the applicant and the clerk read, naming the rule for programs (the API's {@code rule}). */
	Problem problem() {
		return new Problem(field, explained(), policy);
	}

}
