package org.chengxiang.settlement;

import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;

import org.chengxiang.platform.domain.RuleBroken.Problem;

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

	/** The reason, in the reader's language. */
	String reason(MessageSource messages, Locale locale) {
		return messages.getMessage(reasonKey, arguments.toArray(), locale);
	}

	/** The rule that refused, in words. */
	String rule(MessageSource messages, Locale locale) {
		return messages.getMessage("settlement.rule." + policy, null, locale);
	}

	/** The reason with the rule that gave it, as the applicant and the clerk read it. */
	String explained(MessageSource messages, Locale locale) {
		return messages.getMessage("settlement.rejection.explained",
				new Object[] { reason(messages, locale), rule(messages, locale) }, locale);
	}

	/** The problem the applicant and the clerk read, naming the rule for programs (the API's {@code rule}). */
	Problem problem(MessageSource messages, Locale locale) {
		return new Problem(field, explained(messages, locale), policy);
	}

}
