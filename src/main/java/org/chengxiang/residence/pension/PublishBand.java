package org.chengxiang.residence.pension;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

/**
 * The bureau publishes or changes a year's band.
 *
 * @param lowerBase the lowest base, yuan a month
 * @param upperBase the highest base, yuan a month
 * @param version the version changed from; {@code null} publishes a new year
 */
record PublishBand(
		@NotNull(message = "{residence.pension.band.required}") @Min(value = 1, message = "{residence.pension.band.positive}")
		@Max(value = 1_000_000, message = "{residence.pension.band.tooLarge}") Integer lowerBase,
		@NotNull(message = "{residence.pension.band.required}") @Min(value = 1, message = "{residence.pension.band.positive}")
		@Max(value = 1_000_000, message = "{residence.pension.band.tooLarge}") Integer upperBase,
		Integer version) {
}
