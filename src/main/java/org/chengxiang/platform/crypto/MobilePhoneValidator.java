package org.chengxiang.platform.crypto;

import java.util.regex.Pattern;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/**
 * Checks {@link MobilePhone}; public because plain Bean Validation instantiates validators reflectively.
 */
public final class MobilePhoneValidator implements ConstraintValidator<MobilePhone, CharSequence> {

	private static final Pattern MOBILE = Pattern.compile("1[3-9][0-9]{9}");

	@Override
	public boolean isValid(CharSequence value, ConstraintValidatorContext context) {
		return value == null || value.toString().isBlank() || MOBILE.matcher(value).matches();
	}

}
