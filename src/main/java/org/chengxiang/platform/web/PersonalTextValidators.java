package org.chengxiang.platform.web;

import org.chengxiang.platform.domain.Text;

import java.util.Optional;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** The checks behind {@link RealName} and {@link Address}; public because Bean Validation creates them reflectively. */
public final class PersonalTextValidators {

	private PersonalTextValidators() {
	}

	public static final class RealNameValidator implements ConstraintValidator<RealName, CharSequence> {

		@Override
		public boolean isValid(CharSequence value, ConstraintValidatorContext context) {
			return report(value == null ? Optional.empty() : PersonalText.realNameRefusal(value.toString()), context);
		}

	}

	public static final class AddressValidator implements ConstraintValidator<Address, CharSequence> {

		@Override
		public boolean isValid(CharSequence value, ConstraintValidatorContext context) {
			return report(value == null ? Optional.empty() : PersonalText.addressRefusal(value.toString()), context);
		}

	}

	// worded here with its arguments: a template would read only the annotation's attributes
	private static boolean report(Optional<Text> problem, ConstraintValidatorContext context) {
		if (problem.isEmpty()) {
			return true;
		}
		context.disableDefaultConstraintViolation();
		context.buildConstraintViolationWithTemplate(literal(ReaderTexts.of(problem.get()))).addConstraintViolation();
		return false;
	}

	// A template is interpolated: braces and $ would be read as message keys and EL expressions.
	static String literal(String message) {
		return message.replace("\\", "\\\\").replace("{", "\\{").replace("}", "\\}").replace("$", "\\$");
	}

}
