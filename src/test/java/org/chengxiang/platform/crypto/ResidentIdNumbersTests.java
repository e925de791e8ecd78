package org.chengxiang.platform.crypto;

import org.chengxiang.platform.domain.Text;

import java.time.LocalDate;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class ResidentIdNumbersTests {

	// The reasons are message keys with their arguments, worded where they are shown.

	private static final LocalDate TODAY = LocalDate.of(2025, 6, 1);

	// Checked by hand: the example printed in GB 11643-1999 (sum 167, 167 mod 11 = 2 → X), and a
	// Dashiqiao (210882) man born 1990-01-01 with sequence 123 (sum 236, 236 mod 11 = 5 → 7).
	@ParameterizedTest
	@ValueSource(strings = { "11010519491231002X", "210882199001011237" })
	void acceptsKnownValidNumbers(String id) {
		assertThat(ResidentIdNumbers.refusal(id)).isEmpty();
	}

	@Test
	void acceptsLowerCaseXAndSurroundingWhitespace() {
		assertThat(ResidentIdNumbers.refusal("11010519491231002x")).isEmpty();
		assertThat(ResidentIdNumbers.refusal(" 11010519491231002X\t")).isEmpty();
		assertThat(ResidentIdNumbers.isMale("11010519491231002x")).isFalse();
		assertThat(PersonalDataProtector.normalizeIdNumber(" 11010519491231002x ")).isEqualTo("11010519491231002X");
	}

	@Test
	void readsFullWidthDigitsAndXAsTypedByAChineseInputMethod() {
		assertThat(PersonalDataProtector.normalizeIdNumber("\u3000１１０１０５１９４９１２３１００２ｘ "))
			.isEqualTo("11010519491231002X");
		assertThat(ResidentIdNumbers.refusal("１１０１０５１９４９１２３１００２Ｘ")).isEmpty();
	}

	@Test
	void refusesWrongCheckDigit() {
		assertThat(ResidentIdNumbers.refusal("210882199001011234")).hasValue(Text.of("platform.idNumber.checkCharacter"));
				assertThat(ResidentIdNumbers.refusal("110105194912310021")).isPresent();
	}

	@Test
	void refusesFifteenDigitFirstGenerationNumbersSayingSo() {
				assertThat(ResidentIdNumbers.refusal("110105491231002")).hasValue(Text.of("platform.idNumber.firstGeneration"));
	}

	@ParameterizedTest
	@ValueSource(strings = { "11010519491231002", "11010519491231002X1", "1234" })
	void refusesWrongLength(String id) {
				assertThat(ResidentIdNumbers.refusal(id)).hasValue(Text.of("platform.idNumber.length", id.length()));
	}

	@ParameterizedTest
	@ValueSource(strings = { "1101051949123100XX", "11010519491231002Y", "11010519491231 02X", "①1010519491231002X" })
	void refusesCharactersOtherThanDigitsAndFinalX(String id) {
		assertThat(ResidentIdNumbers.refusal(id)).hasValue(Text.of("platform.idNumber.characters"));
	}

	@Test
	void refusesMissingNumber() {
		assertThat(ResidentIdNumbers.refusal(null)).isPresent();
		assertThat(ResidentIdNumbers.refusal("  ")).isPresent();
	}

	@Test
	void acceptsResidencePermitNumbersOfHongKongMacaoAndTaiwanResidents() {
		for (String prefix : new String[] { "810000", "820000", "830000" }) {
			assertThat(ResidentIdNumbers.refusal(GeneratedIdNumbers.of(prefix, LocalDate.of(1990, 1, 1), 1))).isEmpty();
		}
	}

	@Test
	void refusesUnknownProvinceCode() {
		for (String province : new String[] { "00", "10", "16", "20", "24", "30", "38", "47", "55", "60", "66", "72",
				"84", "91", "99" }) {
			String id = GeneratedIdNumbers.of(province + "0101", LocalDate.of(1990, 1, 1), 1);
			assertThat(ResidentIdNumbers.refusal(id)).as(id)
				.hasValue(Text.of("platform.idNumber.province", province));
		}
	}

	@Test
	void refusesFebruaryThirtieth() {
		String id = GeneratedIdNumbers.withCheck("21088219900230001");
		assertThat(ResidentIdNumbers.refusal(id)).hasValue(Text.of("platform.idNumber.noSuchDate", "1990-02-30"));
	}

	@Test
	void knowsLeapYears() {
		assertThat(ResidentIdNumbers.refusal(GeneratedIdNumbers.withCheck("21088220000229001"))).isEmpty();
		assertThat(ResidentIdNumbers.refusal(GeneratedIdNumbers.withCheck("21088219000229001"))).isPresent();
		assertThat(ResidentIdNumbers.refusal(GeneratedIdNumbers.withCheck("21088219990229001"))).isPresent();
	}

	@Test
	void refusesImpossibleMonthsAndDays() {
		assertThat(ResidentIdNumbers.refusal(GeneratedIdNumbers.withCheck("21088219901301001"))).isPresent();
		assertThat(ResidentIdNumbers.refusal(GeneratedIdNumbers.withCheck("21088219900001001"))).isPresent();
		assertThat(ResidentIdNumbers.refusal(GeneratedIdNumbers.withCheck("21088219900100001"))).isPresent();
		assertThat(ResidentIdNumbers.refusal(GeneratedIdNumbers.withCheck("21088219900431001"))).isPresent();
	}

	@Test
	void refusesBirthDateInTheFuture() {
		String tomorrow = GeneratedIdNumbers.of("210882", TODAY.plusDays(1), 1);
		assertThat(ResidentIdNumbers.refusal(tomorrow, TODAY)).hasValueSatisfying(problem -> assertThat(problem.key()).isEqualTo("platform.idNumber.future"));
		assertThat(ResidentIdNumbers.refusal(GeneratedIdNumbers.of("210882", TODAY, 1), TODAY)).isEmpty();
		String nextYear = GeneratedIdNumbers.of("210882", LocalDate.now(ResidentIdNumbers.ZONE).plusYears(1), 1);
		assertThat(ResidentIdNumbers.refusal(nextYear)).isPresent();
	}

	@Test
	void refusesBirthDateBefore1900() {
		// The other example of GB 11643-1999: its check character is right, but nobody born in 1880
		// registers today.
		assertThat(ResidentIdNumbers.refusal("440524188001010014")).hasValue(Text.of("platform.idNumber.before1900", "1880-01-01"));
		assertThat(ResidentIdNumbers.refusal(GeneratedIdNumbers.of("440524", LocalDate.of(1899, 12, 31), 1)))
			.isPresent();
		assertThat(ResidentIdNumbers.refusal(GeneratedIdNumbers.of("440524", LocalDate.of(1900, 1, 1), 1))).isEmpty();
	}

	@Test
	void answersBirthDateAndSex() {
		assertThat(ResidentIdNumbers.birthDate("11010519491231002X")).isEqualTo(LocalDate.of(1949, 12, 31));
		assertThat(ResidentIdNumbers.isMale("11010519491231002X")).isFalse();
		assertThat(ResidentIdNumbers.birthDate("210882199001011237")).isEqualTo(LocalDate.of(1990, 1, 1));
		assertThat(ResidentIdNumbers.isMale("210882199001011237")).isTrue();
	}

	@Test
	void birthDateAndSexOfAnInvalidNumberFailWithTheReason() {
		assertThatIllegalArgumentException().isThrownBy(() -> ResidentIdNumbers.birthDate("210882199001011234"))
			.withMessageContaining("platform.idNumber.checkCharacter");
		assertThatIllegalArgumentException().isThrownBy(() -> ResidentIdNumbers.isMale("110105491231002"))
			.withMessageContaining("platform.idNumber.firstGeneration");
	}

	@Test
	void acceptsThousandsOfGeneratedNumbersAndRefusesEverySingleCharacterChange() {
		Random random = new Random(11643);
		for (int n = 0; n < 3000; n++) {
			String id = GeneratedIdNumbers.random(random, ResidentIdNumbers.EARLIEST_BIRTH_DATE, TODAY);
			assertThat(ResidentIdNumbers.refusal(id, TODAY)).as(id).isEmpty();
			assertThat(ResidentIdNumbers.birthDate(id)).isEqualTo(id.substring(6, 14).replaceFirst(
					"(\\d{4})(\\d{2})(\\d{2})", "$1-$2-$3"));
			assertThat(ResidentIdNumbers.isMale(id)).isEqualTo((id.charAt(16) - '0') % 2 == 1);
			for (int position = 0; position < 18; position++) {
				String alphabet = (position == 17) ? "0123456789X" : "0123456789";
				for (char replacement : alphabet.toCharArray()) {
					if (replacement != id.charAt(position)) {
						String changed = id.substring(0, position) + replacement + id.substring(position + 1);
						assertThat(ResidentIdNumbers.refusal(changed, TODAY)).as(changed).isPresent();
					}
				}
			}
		}
	}

}
