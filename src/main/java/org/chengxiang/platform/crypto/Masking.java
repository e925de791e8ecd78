package org.chengxiang.platform.crypto;

/**
 * Masks personal identifiers for display to people not allowed to see them in full.
 *
 * <p>
 * Each rule keeps a few leading and trailing characters and replaces every other one with
 * {@code *}, one star per hidden character. A value too short for its rule to hide at least a
 * third of it is starred entirely, so a short or truncated value is never shown almost in full.
 * Characters are counted as code points, so rare name characters outside the BMP stay whole.
 * {@code null} answers {@code null}.
 */
public final class Masking {

	private Masking() {
	}

	/**
	 * {@code 210882199001011237} → {@code 2108**********1237}: first 4, last 4, of the normalised number
	 * (see {@link PersonalDataProtector#normalizeIdNumber(String)}), whatever its length: padding or a
	 * wrong length never lets a number through unmasked.
	 */
	public static String idNumber(String idNumber) {
		return keep(PersonalDataProtector.normalizeIdNumber(idNumber), 4, 4);
	}

	/** {@code 13812345678} → {@code 138****5678}: first 3, last 4, of the number without surrounding spaces. */
	public static String phone(String phone) {
		return keep(phone == null ? null : phone.strip(), 3, 4);
	}

	/** {@code 张三丰} → {@code 张**}: the first character only; a one-character name is starred. */
	public static String name(String name) {
		return keep(name, 1, 0);
	}

	private static String keep(String value, int head, int tail) {
		if (value == null) {
			return null;
		}
		int[] codePoints = value.codePoints().toArray();
		int hidden = codePoints.length - head - tail;
		if (hidden * 3 < codePoints.length) {
			return "*".repeat(codePoints.length);
		}
		StringBuilder masked = new StringBuilder(value.length());
		masked.append(new String(codePoints, 0, head));
		masked.append("*".repeat(hidden));
		masked.append(new String(codePoints, codePoints.length - tail, tail));
		return masked.toString();
	}

}
