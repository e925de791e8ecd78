package org.chengxiang.residence;

import java.time.LocalDate;

import jakarta.validation.constraints.NotNull;

import org.springframework.format.annotation.DateTimeFormat;

/**
 * The clerk's form (and API body) ending a registration because the person moved away.
 *
 * @param endDate the day they moved away
 * @param version the version of the registration the clerk saw
 */
record EndForm(
		@NotNull(message = "{residence.registration.rule.endDateRequired}") @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate endDate,
		@NotNull(message = "{residence.form.versionRequired}") Integer version) {

	static final EndForm NONE = new EndForm(null, null);

}
