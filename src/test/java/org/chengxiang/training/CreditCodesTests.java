package org.chengxiang.training;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The unified social credit code's form and check character, GB 32100-2015. */
class CreditCodesTests {

	@ParameterizedTest
	@ValueSource(strings = {
			// the example the standard itself gives
			"91350100M000100Y43",
			// codes of well-known companies, as printed on their business licences
			"91110108551385082Q", "91440300708461136T", "91330100716105852F" })
	void acceptsCodesOfTheRealFormat(String code) {
		assertThat(CreditCodes.isValid(code)).isTrue();
		assertThat(CreditCodes.problem(code)).isEmpty();
	}

	@ParameterizedTest
	@ValueSource(strings = { "91350100M000100Y44", "91110108551385082R", "91440300708461136X", "91330100716105852E" })
	void refusesAWrongCheckCharacter(String code) {
		assertThat(CreditCodes.problem(code)).contains("training.provider.creditCode.check");
	}

	@ParameterizedTest
	@ValueSource(strings = { "", "9135010M000100Y43", "91350100M000100Y431", "91350100M00010OY43",
			"91350100M000100I43", "913501O0M000100Y43", "91350100m000100y43", "9135010AM000100Y43" })
	void refusesAWrongLengthOrCharacterAsAFormatProblem(String code) {
		assertThat(CreditCodes.problem(code)).contains("training.provider.creditCode.format");
	}

	@Test
	void normalisesWhatPeopleTypeAndAppendsTheCheckItComputes() {
		assertThat(CreditCodes.normalize(" 91350100m000100y43 ")).isEqualTo("91350100M000100Y43");
		assertThat(CreditCodes.withCheck("91350100M000100Y4")).isEqualTo("91350100M000100Y43");
		assertThat(CreditCodes.checkCharacter("91110108551385082")).isEqualTo('Q');
	}

	@Test
	void everyCharacterChangedInTheFirstSeventeenIsCaught() {
		String code = "91350100M000100Y43";
		for (int i = 0; i < 17; i++) {
			for (char c : CreditCodes.CHARACTERS.toCharArray()) {
				if (c == code.charAt(i) || (i >= 2 && i < 8 && !Character.isDigit(c))) {
					continue;
				}
				String changed = code.substring(0, i) + c + code.substring(i + 1);
				assertThat(CreditCodes.isValid(changed)).as(changed).isFalse();
			}
		}
	}

}
