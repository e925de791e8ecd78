package org.chengxiang.platform.web;

import org.chengxiang.platform.domain.RuleBroken;
import org.chengxiang.platform.domain.Text;
import java.util.List;

import jakarta.validation.Validator;

/**
 * Checks a command built from form fields the way the API checks a JSON body, for pages whose forms do not
 * bind to the command directly.
 */
public final class CommandChecks {

	private CommandChecks() {
	}

	/** The command, when valid. @throws RuleBroken naming every bad field */
	public static <T> T valid(Validator validator, T command) {
		List<RuleBroken.Problem> problems = validator.validate(command)
			.stream()
			.map(v -> new RuleBroken.Problem(v.getPropertyPath().toString(), Text.asWorded(v.getMessage())))
			.toList();
		if (!problems.isEmpty()) {
			throw new RuleBroken(problems);
		}
		return command;
	}

}
