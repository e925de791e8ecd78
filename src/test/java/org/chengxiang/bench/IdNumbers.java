package org.chengxiang.bench;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import org.chengxiang.platform.crypto.GeneratedIdNumbers;

/**
 * Made-up resident ID numbers that pass GB 11643: a Dashiqiao address code, a birth date, a sequence code and
 * the MOD 11-2 check character. Number {@code n} always gives the same ID, and different {@code n} give different
 * IDs (up to 20,000 × 1,000), so a benchmark can register and find people by index.
 */
final class IdNumbers {

	private static final LocalDate FIRST_BIRTH = LocalDate.of(1950, 1, 1);

	// 20,000 birth dates (1950–2004, all adults today) times 1,000 sequence codes.
	private static final int BIRTH_DAYS = 20_000;

	private IdNumbers() {
	}

	static String of(int n) {
		if (n < 0 || n >= BIRTH_DAYS * 1000) {
			throw new IllegalArgumentException("n out of range: " + n);
		}
		String body = "210882" + FIRST_BIRTH.plusDays(n % BIRTH_DAYS).format(DateTimeFormatter.BASIC_ISO_DATE)
				+ String.format("%03d", n / BIRTH_DAYS);
		return GeneratedIdNumbers.withCheck(body);
	}

}
