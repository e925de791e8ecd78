package org.chengxiang.platform.web;

import org.chengxiang.platform.domain.RuleBroken;
import org.chengxiang.platform.domain.StepRefused;
import org.springframework.beans.BeansException;
import org.springframework.validation.BindingResult;

/**
 * Puts the problems of a refused command on the form, so that the page shows each by its field.
 */
public final class FormErrors {

	private FormErrors() {
	}

	public static void apply(RuleBroken ex, BindingResult result) {
		for (RuleBroken.Problem problem : ex.problems()) {
			String message = ReaderTexts.of(problem.text());
			try {
				result.rejectValue(problem.field(), "invalid", message);
			}
			catch (BeansException | IllegalArgumentException | IllegalStateException notAField) {
				result.reject("invalid", message);
			}
		}
	}

	/** A step the state refused: its reason above the form, which keeps what was typed. */
	public static void apply(StepRefused ex, BindingResult result) {
		result.reject("refused", ReaderTexts.of(ex.reason()));
	}

}
