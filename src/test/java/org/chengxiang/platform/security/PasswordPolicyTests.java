package org.chengxiang.platform.security;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PasswordPolicyTests {

	@Test
	void acceptsEightCharactersFromThreeClasses() {
		assertThat(PasswordPolicy.problem("Chengxiang@2020")).isEmpty();
		assertThat(PasswordPolicy.problem("abcdEF12")).isEmpty();
		assertThat(PasswordPolicy.problem("abcdef1!")).isEmpty();
	}

	@Test
	void refusesShortPasswords() {
		assertThat(PasswordPolicy.problem("Ab1!xyz")).hasValueSatisfying(reason -> assertThat(reason).contains("8"));
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

}
