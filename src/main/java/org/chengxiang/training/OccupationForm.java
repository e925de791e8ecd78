package org.chengxiang.training;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * An occupation or special ability the bureau adds to the catalogue.
 *
 * @param code 4-10-01-05 for an occupation, the province's own code (S-LN-009) for a special ability
 */
record OccupationForm(@NotBlank(message = "{training.occupation.code.required}") @Size(max = 20,
		message = "{training.occupation.code.format}") String code,
		@NotBlank(message = "{training.occupation.name.required}") @Size(max = 60,
				message = "{training.occupation.name.size}") String name,
		@NotNull(message = "{training.occupation.kind.required}") OccupationKind kind) {

	static final OccupationForm EMPTY = new OccupationForm(null, null, null);

}
