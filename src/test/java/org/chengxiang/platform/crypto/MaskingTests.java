package org.chengxiang.platform.crypto;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class MaskingTests {

	@Test
	void idNumberKeepsFirstAndLastFour() {
		assertThat(Masking.idNumber("210882199001011234")).isEqualTo("2108**********1234");
		assertThat(Masking.idNumber("11010519491231002X")).isEqualTo("1101**********002X");
	}

	@Test
	void phoneKeepsFirstThreeAndLastFour() {
		assertThat(Masking.phone("13812345678")).isEqualTo("138****5678");
	}

	@Test
	void nameKeepsFirstCharacter() {
		assertThat(Masking.name("张三丰")).isEqualTo("张**");
		assertThat(Masking.name("张三")).isEqualTo("张*");
		assertThat(Masking.name("欧阳娜娜")).isEqualTo("欧***");
		assertThat(Masking.name("买买提·艾力")).isEqualTo("买*****");
	}

	@Test
	void countsRareCharactersOutsideTheBasicPlaneAsOne() {
		assertThat(Masking.name("\uD869\uDEA5明")).isEqualTo("\uD869\uDEA5*");
		assertThat(Masking.name("李\uD869\uDEA5")).isEqualTo("李*");
	}

	@Test
	void isNullSafe() {
		assertThat(Masking.idNumber(null)).isNull();
		assertThat(Masking.phone(null)).isNull();
		assertThat(Masking.name(null)).isNull();
		assertThat(Masking.idNumber("")).isEmpty();
	}

	@Test
	void starsValuesTooShortToHideAThirdEntirely() {
		assertThat(Masking.name("张")).isEqualTo("*");
		assertThat(Masking.idNumber("12345678")).isEqualTo("********");
		assertThat(Masking.idNumber("1234567890")).isEqualTo("**********");
		assertThat(Masking.phone("1234567")).isEqualTo("*******");
		assertThat(Masking.phone("5551234")).doesNotContain("555", "1234");
	}

	@Test
	void keepsTheRuleForShorterButLongEnoughValues() {
		assertThat(Masking.idNumber("110105491231002")).isEqualTo("1101*******1002");
		assertThat(Masking.idNumber("123456789012")).isEqualTo("1234****9012");
	}

}
