package org.chengxiang.platform.crypto;

import org.chengxiang.platform.domain.Text;
import org.chengxiang.platform.web.ReaderTexts;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;
import java.util.Set;

/**
 * Checks citizen identity numbers (公民身份号码) against GB 11643-1999.
 *
 * <p>
 * A number has 18 characters: a 6-digit address code, the birth date as {@code YYYYMMDD}, a
 * 3-digit sequence code whose last digit is odd for men and even for women, and a MOD 11-2 check
 * character ({@code 0}–{@code 9} or {@code X}). Input is checked in its normalized form (see
 * {@link PersonalDataProtector#normalizeIdNumber(String)}), so surrounding whitespace and a
 * lower-case {@code x} are accepted; store the normalized form.
 *
 * <p>
 * Only the province part of the address code is checked: numbers issued under county codes that
 * have since been abolished or renumbered stay valid for life, so a current code list would
 * refuse real people.
 */
public final class ResidentIdNumbers {

	static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

	static final LocalDate EARLIEST_BIRTH_DATE = LocalDate.of(1900, 1, 1);

	private static final int LENGTH = 18;

	private static final int[] WEIGHTS = { 7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2 };

	private static final String CHECK_CHARACTERS = "10X98765432";

	// GB/T 2260 province-level codes, with 71 Taiwan, 81 Hong Kong and 82 Macao; 83 is the address code
	// of residence permits issued to Taiwan residents (830000), which the residence module accepts.
	private static final Set<String> PROVINCES = Set.of("11", "12", "13", "14", "15", "21", "22", "23", "31", "32",
			"33", "34", "35", "36", "37", "41", "42", "43", "44", "45", "46", "50", "51", "52", "53", "54", "61", "62",
			"63", "64", "65", "71", "81", "82", "83");

	private ResidentIdNumbers() {
	}

	/**
	 * Answers why a number is not a valid resident ID number, in the reader's language, or nothing when it is
	 * valid.
	 */
	public static Optional<String> problem(String idNumber) {
		return refusal(idNumber).map(ReaderTexts::of);
	}

	/** Why a number is not a valid resident ID number, or nothing when it is valid. */
	public static Optional<Text> refusal(String idNumber) {
		return refusal(idNumber, LocalDate.now(ZONE));
	}

	static Optional<Text> refusal(String idNumber, LocalDate today) {
		String id = PersonalDataProtector.normalizeIdNumber(idNumber);
		if (id == null || id.isEmpty()) {
			return reason("required");
		}
		int length = id.codePointCount(0, id.length());
		if (length == 15 && allDigits(id, 0, 15)) {
			return reason("firstGeneration");
		}
		if (length != LENGTH) {
			return reason("length", length);
		}
		char last = id.charAt(17);
		if (!allDigits(id, 0, 17) || !(isDigit(last) || last == 'X')) {
			return reason("characters");
		}
		String province = id.substring(0, 2);
		if (!PROVINCES.contains(province)) {
			return reason("province", province);
		}
		String written = id.substring(6, 10) + "-" + id.substring(10, 12) + "-" + id.substring(12, 14);
		LocalDate birthDate = parseBirthDate(id);
		if (birthDate == null) {
			return reason("noSuchDate", written);
		}
		if (birthDate.isAfter(today)) {
			return reason("future", written);
		}
		if (birthDate.isBefore(EARLIEST_BIRTH_DATE)) {
			return reason("before1900", written);
		}
		if (last != checkCharacter(id)) {
			return reason("checkCharacter");
		}
		return Optional.empty();
	}

	/**
	 * Answers the birth date a valid number encodes.
	 * @throws IllegalArgumentException with the reason when the number is not valid
	 */
	public static LocalDate birthDate(String idNumber) {
		return parseBirthDate(requireValid(idNumber));
	}

	/**
	 * Answers whether a valid number was issued to a man (odd 17th digit) rather than a woman.
	 * @throws IllegalArgumentException with the reason when the number is not valid
	 */
	public static boolean isMale(String idNumber) {
		return (requireValid(idNumber).charAt(16) - '0') % 2 == 1;
	}

	private static String requireValid(String idNumber) {
		problem(idNumber).ifPresent((problem) -> {
			throw new IllegalArgumentException(problem);
		});
		return PersonalDataProtector.normalizeIdNumber(idNumber);
	}

	private static Optional<Text> reason(String key, Object... args) {
		return Optional.of(Text.of("platform.idNumber." + key, args));
	}

	private static char checkCharacter(String id) {
		int sum = 0;
		for (int i = 0; i < WEIGHTS.length; i++) {
			sum += (id.charAt(i) - '0') * WEIGHTS[i];
		}
		return CHECK_CHARACTERS.charAt(sum % 11);
	}

	private static LocalDate parseBirthDate(String id) {
		try {
			return LocalDate.of(Integer.parseInt(id, 6, 10, 10), Integer.parseInt(id, 10, 12, 10),
					Integer.parseInt(id, 12, 14, 10));
		}
		catch (DateTimeException ex) {
			return null;
		}
	}

	private static boolean allDigits(String value, int from, int to) {
		for (int i = from; i < to; i++) {
			if (!isDigit(value.charAt(i))) {
				return false;
			}
		}
		return true;
	}

	// Character.isDigit would also accept full-width and other scripts' digits.
	private static boolean isDigit(char c) {
		return c >= '0' && c <= '9';
	}

}
