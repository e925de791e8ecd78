package org.chengxiang.residence.pension;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

/**
 * A year's band as the bands page sends it.
 *
 * @param year the year
 * @param lowerBase the lowest base
 * @param upperBase the highest base
 * @param version the version shown, empty for a year not yet published
 */
record BandForm(
		@NotNull(message = "{residence.pension.band.required}") @Min(value = 2000, message = "{residence.pension.band.year}")
		@Max(value = 2100, message = "{residence.pension.band.year}") Integer year,
		@NotNull(message = "{residence.pension.band.required}") @Min(value = 1, message = "{residence.pension.band.positive}")
		@Max(value = 1_000_000, message = "{residence.pension.band.tooLarge}") Integer lowerBase,
		@NotNull(message = "{residence.pension.band.required}") @Min(value = 1, message = "{residence.pension.band.positive}")
		@Max(value = 1_000_000, message = "{residence.pension.band.tooLarge}") Integer upperBase,
		Integer version) {
}
