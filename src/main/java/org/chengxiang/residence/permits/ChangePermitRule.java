package org.chengxiang.residence.permits;

import java.util.List;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;

import org.chengxiang.residence.RegistrationBasis;

/**
 * A change of the permit rules, as the police department's page or API sends it.
 *
 * @param minResidenceMonths months of registered residence needed, 0 to 120
 * @param acceptedBases the bases accepted, at least one
 * @param version the version of the rules the clerk saw
 */
record ChangePermitRule(
		@NotNull(message = "{residence.rules.months.required}") @Min(value = 0, message = "{residence.rules.months.range}") @Max(value = 120, message = "{residence.rules.months.range}") Integer minResidenceMonths,
		@NotEmpty(message = "{residence.rules.bases.required}") List<RegistrationBasis> acceptedBases,
		@NotNull(message = "{residence.form.versionRequired}") Integer version) {
}
