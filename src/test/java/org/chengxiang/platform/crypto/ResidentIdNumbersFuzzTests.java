package org.chengxiang.platform.crypto;

import java.lang.reflect.Proxy;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;

import jakarta.validation.ConstraintValidatorContext;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import jakarta.validation.ConstraintValidatorContext;

import com.code_intelligence.jazzer.junit.FuzzTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The ID number check against a reference written here from GB 11643-1999 alone: whatever text arrives, the check
 * answers without throwing, agrees with the reference, reads the text only in its normalised form, and normalising
 * twice changes nothing. The seeds under {@code ResidentIdNumbersFuzzTestsInputs} run in every build.
 */
class ResidentIdNumbersFuzzTests {

	private static final LocalDate TODAY = LocalDate.now(ResidentIdNumbers.ZONE);

	private static final Set<String> PROVINCES = Set.of("11", "12", "13", "14", "15", "21", "22", "23", "31", "32",
			"33", "34", "35", "36", "37", "41", "42", "43", "44", "45", "46", "50", "51", "52", "53", "54", "61", "62",
			"63", "64", "65", "71", "81", "82", "83");

	private final ResidentIdNumberValidator validator = new ResidentIdNumberValidator();

	@FuzzTest(maxDuration = "5s")
	void checkAgreesWithTheStandard(FuzzedDataProvider data) {
		String text = data.consumeRemainingAsString();
		if (text.length() > 64) {
			return;
		}
		String normalized = PersonalDataProtector.normalizeIdNumber(text);
		assertThat(PersonalDataProtector.normalizeIdNumber(normalized)).as("normalising twice").isEqualTo(normalized);

		Optional<org.chengxiang.platform.domain.Text> problem = ResidentIdNumbers.refusal(text, TODAY);
		assertThat(problem.isEmpty()).as("valid per GB 11643: %s", text).isEqualTo(isValid(normalized));
		assertThat(ResidentIdNumbers.refusal(normalized, TODAY)).as("the normalised form reads alike").isEqualTo(problem);
		problem.ifPresent((reason) -> assertThat(reason.key()).startsWith("platform.idNumber."));

		if (problem.isEmpty()) {
			assertThat(normalized).hasSize(18).matches("[0-9]{17}[0-9X]");
		}
		Optional<String> problemToday = ResidentIdNumbers.problem(text);
		if (!text.isBlank() && problemToday.equals(problem)) {
			// the constraint names the same reason, word for word
			RecordingContext context = new RecordingContext();
			assertThat(validator.isValid(text, context.proxy())).isEqualTo(problem.isEmpty());
			assertThat(context.message()).isEqualTo(problem.orElse(null));
		}
	}

	/** GB 11643-1999 read straight from the standard: 17 digits and a MOD 11-2 check character, a real birth date. */
	static boolean isValid(String id) {
		if (id == null || !id.matches("[0-9]{17}[0-9X]")) {
			return false;
		}
		if (!PROVINCES.contains(id.substring(0, 2))) {
			return false;
		}
		int year = Integer.parseInt(id.substring(6, 10));
		int month = Integer.parseInt(id.substring(10, 12));
		int day = Integer.parseInt(id.substring(12, 14));
		if (year < 1900 || month < 1 || month > 12 || day < 1 || day > daysIn(year, month)) {
			return false;
		}
		if (LocalDate.of(year, month, day).isAfter(TODAY)) {
			return false;
		}
		return id.equals(GeneratedIdNumbers.withCheck(id.substring(0, 17)));
	}

	private static int daysIn(int year, int month) {
		boolean leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
		return switch (month) {
			case 2 -> leap ? 29 : 28;
			case 4, 6, 9, 11 -> 30;
			default -> 31;
		};
	}

	/**
	 * The context a constraint reports to, reduced to what the validator uses: the template it builds, read back
	 * the way Bean Validation interpolates a template without parameters.
	 */
	private static final class RecordingContext {

		private String template;

		ConstraintValidatorContext proxy() {
			Object builder = Proxy.newProxyInstance(getClass().getClassLoader(),
					new Class<?>[] { ConstraintValidatorContext.ConstraintViolationBuilder.class },
					(self, method, args) -> method.getName().equals("addConstraintViolation") ? proxy() : null);
			return (ConstraintValidatorContext) Proxy.newProxyInstance(getClass().getClassLoader(),
					new Class<?>[] { ConstraintValidatorContext.class }, (self, method, args) -> {
						if (method.getName().equals("buildConstraintViolationWithTemplate")) {
							this.template = (String) args[0];
							return builder;
						}
						return null;
					});
		}

		String message() {
			return (this.template != null) ? this.template.replaceAll("\\\\(.)", "$1") : null;
		}

	}

}
