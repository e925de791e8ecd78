package org.chengxiang.residence.schools;

import java.time.LocalDate;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import org.springframework.format.annotation.DateTimeFormat;

/**
 * A new round as the clerk's form sends it; the cut-off date may be left empty for 31 August.
 */
record RoundForm(
		@NotNull(message = "{residence.schools.places.year.required}") @Min(value = 2000,
				message = "{residence.schools.places.year.range}") @Max(value = 2100,
						message = "{residence.schools.places.year.range}") Integer year,
		@NotNull(message = "{residence.schools.round.referenceDate.required}")
		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate referenceDate,
		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate cutoffDate) {

	static final RoundForm EMPTY = new RoundForm(null, null, null);

}
