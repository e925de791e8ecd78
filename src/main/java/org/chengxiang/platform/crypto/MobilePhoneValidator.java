package org.chengxiang.platform.crypto;

import java.util.regex.Pattern;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/**
 * Checks {@link MobilePhone}; public because plain Bean Validation instantiates validators reflectively.
 */
public final class MobilePhoneValidator implements ConstraintValidator<MobilePhone, CharSequence> {

	private static final Pattern MOBILE = Pattern.compile("1[3-9][0-9]{9}");

	// how people write a number: digits (full-width too), spaces, dashes, +86; no letters to drop silently
	private static final Pattern WRITTEN = Pattern.compile("[0-9０-９ \\u3000+\\-]+");

	@Override
	public boolean isValid(CharSequence value, ConstraintValidatorContext context) {
		// checks the form that is stored: spaces, dashes, +86 and full-width digits are the same number
		if (value == null || value.toString().isBlank() || (WRITTEN.matcher(value).matches()
				&& MOBILE.matcher(PersonalDataProtector.normalizePhone(value.toString())).matches())) {
			return true;
		}
		context.disableDefaultConstraintViolation();
		context.buildConstraintViolationWithTemplate("{validation.phone}").addConstraintViolation();
		return false;
	}

}
