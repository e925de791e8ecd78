package org.chengxiang.platform.crypto;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Random;

/**
 * Builds valid resident ID numbers for tests, computing the check character from the standard's
 * definition (weights 2^(i-1) mod 11, check = (12 - sum mod 11) mod 11) rather than from the
 * tables the production code uses.
 */
final class GeneratedIdNumbers {

	static final List<String> PROVINCES = List.of("11", "12", "13", "14", "15", "21", "22", "23", "31", "32", "33",
			"34", "35", "36", "37", "41", "42", "43", "44", "45", "46", "50", "51", "52", "53", "54", "61", "62", "63",
			"64", "65", "71", "81", "82");

	private static final DateTimeFormatter BASIC_DATE = DateTimeFormatter.ofPattern("uuuuMMdd");

	private GeneratedIdNumbers() {
	}

	/** Appends the check character to the first 17 digits. */
	static String withCheck(String first17) {
		if (first17.length() != 17) {
			throw new IllegalArgumentException("Expected 17 digits: " + first17);
		}
		int sum = 0;
		for (int i = 0; i < 17; i++) {
			int positionFromRight = 18 - i;
			int weight = (1 << (positionFromRight - 1)) % 11;
			sum += (first17.charAt(i) - '0') * weight;
		}
		int check = (12 - sum % 11) % 11;
		return first17 + ((check == 10) ? "X" : Integer.toString(check));
	}

	static String of(String region, LocalDate birthDate, int sequence) {
		return withCheck(region + birthDate.format(BASIC_DATE) + String.format("%03d", sequence));
	}

	/** A valid number for a random region, birth date between {@code from} and {@code to}, and sequence. */
	static String random(Random random, LocalDate from, LocalDate to) {
		String region = PROVINCES.get(random.nextInt(PROVINCES.size())) + String.format("%04d", random.nextInt(10000));
		LocalDate birthDate = from.plusDays(random.nextInt((int) (to.toEpochDay() - from.toEpochDay() + 1)));
		return of(region, birthDate, random.nextInt(1000));
	}

}
