package org.chengxiang.platform.security;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.chengxiang.directory.TestRegistrations.PASSWORD;
import static org.chengxiang.directory.TestRegistrations.STRONG_PASSWORD;

class PasswordPolicyTests {

	@Test
	void acceptsEightCharactersFromThreeClasses() {
		assertThat(PasswordPolicy.problem(STRONG_PASSWORD)).isEmpty();
		assertThat(PasswordPolicy.problem("kqvzEF12")).isEmpty();
		assertThat(PasswordPolicy.problem("tuxmwb1!")).isEmpty();
	}

	@Test
	void refusesShortPasswords() {
		assertThat(PasswordPolicy.refusal("Ab1!xyz")).hasValue(org.chengxiang.platform.domain.Text.of("platform.password.tooShort"));
		assertThat(PasswordPolicy.problem(null)).isPresent();
	}

	@Test
	void refusesPasswordsFromFewerThanThreeClasses() {
		assertThat(PasswordPolicy.problem("abcdefgh12")).isPresent();
		assertThat(PasswordPolicy.problem("ABCDEFGH!!")).isPresent();
		assertThat(PasswordPolicy.problem("abcdefghij")).isPresent();
	}

	@Test
	void refusesWhitespaceAndOverlongPasswords() {
		assertThat(PasswordPolicy.problem("Abc 1234!")).isPresent();
		assertThat(PasswordPolicy.problem("Aa1!".repeat(17))).isPresent();
	}

	@Test
	void refusesCommonPasswordsHoweverTheyAreDressedUp() {
		assertThat(PasswordPolicy.problem("Password1")).isPresent();
		assertThat(PasswordPolicy.problem("P@ssw0rd")).isPresent();
		assertThat(PasswordPolicy.problem(PASSWORD)).isPresent();
		assertThat(PasswordPolicy.problem("Qwerty123!")).isPresent();
		assertThat(PasswordPolicy.problem("Woaini1314!")).isPresent();
		assertThat(PasswordPolicy.problem("Sunshine#2026")).isPresent();
		assertThat(PasswordPolicy.problem(STRONG_PASSWORD)).isEmpty();
	}

	@Test
	void refusesPasswordsHoldingTheUserName() {
		assertThat(PasswordPolicy.problem("Zhangsan#88", "zhangsan")).isPresent();
		assertThat(PasswordPolicy.problem("x!ZHANGSAN7", "ZhangSan")).isPresent();
		assertThat(PasswordPolicy.problem(STRONG_PASSWORD, "zhangsan")).isEmpty();
	}

}
