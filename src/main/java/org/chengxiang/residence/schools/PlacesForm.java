package org.chengxiang.residence.schools;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

/** The places of one grade in one year, as the clerk sets them, with the school's version the page showed. */
record PlacesForm(
		@NotNull(message = "{residence.schools.places.year.required}") @Min(value = 2000,
				message = "{residence.schools.places.year.range}") @Max(value = 2100,
						message = "{residence.schools.places.year.range}") Integer year,
		@NotBlank(message = "{residence.schools.places.grade.required}") String grade,
		@NotNull(message = "{residence.schools.places.count.required}") @Min(value = 0,
				message = "{residence.schools.places.count.range}") @Max(value = 10000,
						message = "{residence.schools.places.count.range}") Integer places,
		@NotNull(message = "{residence.schools.version.required}") Integer version) {
}
