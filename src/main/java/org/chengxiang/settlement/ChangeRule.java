package org.chengxiang.settlement;

import java.util.List;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * The police department changes the rule of one settlement category.
 *
 * @param name the category's name, as the police department writes it
 * @param requiredEvidence what the applicant must show, one item per entry
 * @param minResidenceMonths months of residence required; 0 keeps the restriction abolished
 * @param minSocialInsuranceMonths months of social insurance required; 0 keeps the restriction abolished
 * @param active whether applications in the category are accepted
 * @param version the version the change was made from; a change of an older one is refused
 */
record ChangeRule(
		@NotBlank(message = "{settlement.change.name.required}")
		@Size(max = 50, message = "{settlement.change.tooLong}") String name,
		@NotEmpty(message = "{settlement.change.evidence.required}")
		@Size(max = 20, message = "{settlement.change.evidence.tooMany}")
		List<@NotBlank(message = "{settlement.change.evidence.blank}")
		@Size(max = 100, message = "{settlement.change.tooLong}") String> requiredEvidence,
		@NotNull(message = "{settlement.change.residence.required}")
		@Min(value = 0, message = "{settlement.change.negative}")
		@Max(value = 240, message = "{settlement.change.months.tooMany}") Integer minResidenceMonths,
		@NotNull(message = "{settlement.change.insurance.required}")
		@Min(value = 0, message = "{settlement.change.negative}")
		@Max(value = 240, message = "{settlement.change.months.tooMany}") Integer minSocialInsuranceMonths,
		@NotNull(message = "{settlement.change.active.required}") Boolean active,
		@NotNull(message = "{settlement.change.version.required}") Integer version) {
}
