package org.chengxiang.platform.crypto;

import java.util.Optional;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/**
 * Checks {@link ResidentIdNumber}; public because plain Bean Validation instantiates validators reflectively.
 */
public final class ResidentIdNumberValidator implements ConstraintValidator<ResidentIdNumber, CharSequence> {

	@Override
	public boolean isValid(CharSequence value, ConstraintValidatorContext context) {
		if (value == null || value.toString().isBlank()) {
			return true;
		}
		// worded here with its arguments: a template would read only the annotation's attributes
		Optional<String> problem = ResidentIdNumbers.problem(value.toString());
		if (problem.isEmpty()) {
			return true;
		}
		context.disableDefaultConstraintViolation();
		context.buildConstraintViolationWithTemplate(literal(problem.get())).addConstraintViolation();
		return false;
	}

	// A template is interpolated: braces and $ would be read as message keys and EL expressions.
	static String literal(String message) {
		return message.replace("\\", "\\\\").replace("{", "\\{").replace("}", "\\}").replace("$", "\\$");
	}

}
