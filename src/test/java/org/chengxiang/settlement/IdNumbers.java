package org.chengxiang.settlement;

import java.time.LocalDate;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Made-up resident ID numbers that pass GB 11643, for tests.
 */
final class IdNumbers {

	private static final int[] WEIGHTS = { 7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2 };

	private IdNumbers() {
	}

	/** A valid number of someone born in 盖州市 (210881) on a random day, different on every call in practice. */
	static String random() {
		ThreadLocalRandom random = ThreadLocalRandom.current();
		LocalDate born = LocalDate.of(1950, 1, 1).plusDays(random.nextInt(20_000));
		return of("210881", born, random.nextInt(1000));
	}

	static String of(String area, LocalDate born, int sequence) {
		String body = area + String.format("%04d%02d%02d%03d", born.getYear(), born.getMonthValue(),
				born.getDayOfMonth(), sequence);
		int sum = 0;
		for (int i = 0; i < 17; i++) {
			sum += (body.charAt(i) - '0') * WEIGHTS[i];
		}
		return body + "10X98765432".charAt(sum % 11);
	}

}
