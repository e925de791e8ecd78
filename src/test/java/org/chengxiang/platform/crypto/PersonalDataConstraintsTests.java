package org.chengxiang.platform.crypto;

import java.util.Set;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import jakarta.validation.constraints.NotBlank;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PersonalDataConstraintsTests {

	private static ValidatorFactory factory;

	private static Validator validator;

	@BeforeAll
	static void createValidator() {
		factory = Validation.buildDefaultValidatorFactory();
		validator = factory.getValidator();
	}

	@AfterAll
	static void closeValidator() {
		factory.close();
	}

	record Resident(@NotBlank @ResidentIdNumber String idNumber, @MobilePhone String phone) {
	}

	@Test
	void acceptsValidIdNumberAndPhone() {
		assertThat(validator.validate(new Resident("11010519491231002x", "13812345678"))).isEmpty();
	}

	@Test
	void reportsTheSpecificReasonForAnInvalidIdNumber() {
		assertThat(messages(new Resident("210882199001011234", null)))
			.containsExactly(ResidentIdNumbers.problem("210882199001011234").orElseThrow());
		assertThat(messages(new Resident("110105491231002", null))).singleElement()
			.asString()
			.contains("platform.idNumber.firstGeneration");
	}

	@Test
	void leavesMissingValuesToNotBlank() {
		Set<ConstraintViolation<Resident>> violations = validator.validate(new Resident("", ""));
		assertThat(violations).singleElement()
			.satisfies((violation) -> assertThat(violation.getConstraintDescriptor().getAnnotation())
				.isInstanceOf(NotBlank.class));
		assertThat(validator.validate(new Resident("11010519491231002X", null))).isEmpty();
	}

	@Test
	void refusesAnythingButElevenDigitMainlandMobileNumbers() {
		for (String phone : new String[] { "12812345678", "1381234567", "138123456789", "+8612812345678",
				"138 1234 567", "04175123456", "tel13812345678" }) {
			assertThat(messages(new Resident("11010519491231002X", phone))).as(phone)
				.singleElement()
				.asString()
				.contains("validation.phone");
		}
		// written as people write them: the stored form (PersonalDataProtector.normalizePhone) is checked
		for (String phone : new String[] { "13012345678", "14512345678", "16612345678", "19912345678",
				"+8613812345678", "138 1234 5678", "138-1234-5678", "１３８１２３４５６７８" }) {
			assertThat(validator.validate(new Resident("11010519491231002X", phone))).as(phone).isEmpty();
		}
	}

	@Test
	void reasonsAreUsedLiterallyNotInterpolated() {
		assertThat(ResidentIdNumberValidator.literal("a {b} ${c} \\d")).isEqualTo("a \\{b\\} \\$\\{c\\} \\\\d");
	}

	private static Set<String> messages(Resident resident) {
		return validator.validate(resident)
			.stream()
			.map(ConstraintViolation::getMessage)
			.collect(java.util.stream.Collectors.toSet());
	}

}
