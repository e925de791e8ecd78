package org.chengxiang.training;

import java.util.Locale;
import java.util.Optional;

/**
 * The unified social credit code (统一社会信用代码) of GB 32100-2015: 18 characters from the 31 the standard allows
 * (digits and upper-case letters without I, O, Z, S and V), the registering authority and kind, the six-digit
 * division code of the registering office, the nine-character organisation code, and a check character computed
 * from the first seventeen (weights 3^i mod 31, the check 31 minus the weighted sum mod 31).
 */
final class CreditCodes {

	static final String CHARACTERS = "0123456789ABCDEFGHJKLMNPQRTUWXY";

	private static final int[] WEIGHTS = { 1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28 };

	private CreditCodes() {
	}

	/** The code as it is stored: without surrounding spaces, upper case. */
	static String normalize(String code) {
		return code == null ? null : code.strip().toUpperCase(Locale.ROOT);
	}

	/** Whether the (normalised) code is well formed and its check character right. */
	static boolean isValid(String code) {
		return problem(code).isEmpty();
	}

	/**
	 * What is wrong with the code, as the message key a reader is told: its length or a character outside the
	 * standard's, the division digits, or the check character.
	 */
	static Optional<String> problem(String code) {
		if (code == null || code.length() != 18 || !code.chars().allMatch(c -> CHARACTERS.indexOf(c) >= 0)) {
			return Optional.of("training.provider.creditCode.format");
		}
		if (!code.substring(2, 8).chars().allMatch(Character::isDigit)) {
			return Optional.of("training.provider.creditCode.format");
		}
		if (checkCharacter(code.substring(0, 17)) != code.charAt(17)) {
			return Optional.of("training.provider.creditCode.check");
		}
		return Optional.empty();
	}

	/** The check character of the first seventeen characters of a code. */
	static char checkCharacter(String first17) {
		if (first17.length() != 17) {
			throw new IllegalArgumentException("A credit code has 17 characters before its check: " + first17);
		}
		int sum = 0;
		for (int i = 0; i < 17; i++) {
			int value = CHARACTERS.indexOf(first17.charAt(i));
			if (value < 0) {
				throw new IllegalArgumentException("Not a character of GB 32100: " + first17.charAt(i));
			}
			sum += value * WEIGHTS[i];
		}
		int check = (31 - sum % 31) % 31;
		return CHARACTERS.charAt(check);
	}

	/** A code with its check character appended, for demo data and tests. */
	static String withCheck(String first17) {
		return first17 + checkCharacter(first17);
	}

}
