package org.chengxiang.residence.housing;

import java.math.BigDecimal;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

/**
 * The housing bureau changes the rules of public rental housing; the fields are those of {@link HousingRule}.
 */
record ChangeHousingRule(
		@NotNull(message = "{residence.housing.rule.required}") @Min(value = 0, message = "{residence.housing.rule.negative}")
		@Max(value = 100000, message = "{residence.housing.rule.tooLarge}") Integer maxIncomePerHead,
		@NotNull(message = "{residence.housing.rule.required}") @DecimalMin(value = "0", message = "{residence.housing.rule.negative}")
		@DecimalMax(value = "1000", message = "{residence.housing.rule.tooLarge}") BigDecimal maxAreaPerHead,
		@NotNull(message = "{residence.housing.rule.required}") @Min(value = 0, message = "{residence.housing.rule.negative}")
		@Max(value = 100, message = "{residence.housing.rule.tooLarge}") Integer pointsPerMember,
		@NotNull(message = "{residence.housing.rule.required}") @Min(value = 1, message = "{residence.housing.rule.atLeastOne}")
		@Max(value = 20, message = "{residence.housing.rule.tooLarge}") Integer maxMembersCounted,
		@NotNull(message = "{residence.housing.rule.required}") @Min(value = 0, message = "{residence.housing.rule.negative}")
		@Max(value = 100, message = "{residence.housing.rule.tooLarge}") Integer pointsWithoutHousing,
		@NotNull(message = "{residence.housing.rule.required}") @Min(value = 0, message = "{residence.housing.rule.negative}")
		@Max(value = 100, message = "{residence.housing.rule.tooLarge}") Integer pointsPerIncomeStep,
		@NotNull(message = "{residence.housing.rule.required}") @Min(value = 1, message = "{residence.housing.rule.atLeastOne}")
		@Max(value = 100000, message = "{residence.housing.rule.tooLarge}") Integer incomeStep,
		@NotNull(message = "{residence.housing.rule.required}") @Min(value = 0, message = "{residence.housing.rule.negative}")
		@Max(value = 100, message = "{residence.housing.rule.tooLarge}") Integer pointsPerAreaStep,
		@NotNull(message = "{residence.housing.rule.required}") @DecimalMin(value = "0.1", message = "{residence.housing.rule.positive}")
		@DecimalMax(value = "1000", message = "{residence.housing.rule.tooLarge}") BigDecimal areaStep,
		@NotNull(message = "{residence.housing.rule.versionRequired}") Integer version) {
}
