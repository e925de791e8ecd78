package org.chengxiang.platform.crypto;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Builds valid resident ID numbers for tests, computing the check character from the standard's
 * definition (weights 2^(i-1) mod 11, check = (12 - sum mod 11) mod 11) rather than from the
 * tables the production code uses. The one generator of ID numbers for every test.
 */
public final class GeneratedIdNumbers {

	static final List<String> PROVINCES = List.of("11", "12", "13", "14", "15", "21", "22", "23", "31", "32", "33",
			"34", "35", "36", "37", "41", "42", "43", "44", "45", "46", "50", "51", "52", "53", "54", "61", "62", "63",
			"64", "65", "71", "81", "82");

	private static final DateTimeFormatter BASIC_DATE = DateTimeFormatter.ofPattern("uuuuMMdd");

	private GeneratedIdNumbers() {
	}

	/** Appends the check character to the first 17 digits. */
	public static String withCheck(String first17) {
		return first17 + checkCharacter(first17);
	}

	/** The check character of the first 17 digits. */
	public static char checkCharacter(String first17) {
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
		return check == 10 ? 'X' : (char) ('0' + check);
	}

	/** The number of someone of {@code region} (six digits) born on {@code birthDate}, with a sequence code. */
	public static String of(String region, LocalDate birthDate, int sequence) {
		return withCheck(region + birthDate.format(BASIC_DATE) + String.format("%03d", sequence));
	}

	/**
	 * A valid number of someone born in 盖州市 (210881) on a random day between 1950 and 2004 (an adult), different on
	 * every call in practice.
	 */
	public static String random() {
		ThreadLocalRandom random = ThreadLocalRandom.current();
		return of("210881", LocalDate.of(1950, 1, 1).plusDays(random.nextInt(20_000)), random.nextInt(1000));
	}

	/** A valid number for a random region, birth date between {@code from} and {@code to}, and sequence. */
	static String random(Random random, LocalDate from, LocalDate to) {
		String region = PROVINCES.get(random.nextInt(PROVINCES.size())) + String.format("%04d", random.nextInt(10000));
		LocalDate birthDate = from.plusDays(random.nextInt((int) (to.toEpochDay() - from.toEpochDay() + 1)));
		return of(region, birthDate, random.nextInt(1000));
	}

}
