package org.chengxiang.residence.schools;

import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A school as the clerk's form sends it.
 *
 * @param divisionCode the community or village it stands in
 * @param gridCells the grid cells it serves first
 * @param version the version the form showed ({@code null} for a new school)
 */
record SchoolForm(@NotBlank(message = "{residence.schools.school.name.required}")
		@Size(max = 60, message = "{residence.schools.school.name.tooLong}") String name,
		@NotNull(message = "{residence.schools.school.kind.required}") SchoolKind kind,
		@NotBlank(message = "{residence.schools.school.place.required}") @Size(max = 12) String divisionCode,
		@NotEmpty(message = "{residence.schools.school.catchmentRequired}") @Size(max = 500) List<Long> gridCells,
		Integer version) {

	static final SchoolForm EMPTY = new SchoolForm(null, null, null, List.of(), null);

	static SchoolForm of(School school) {
		return new SchoolForm(school.name(), school.kind(), school.divisionCode(),
				school.gridCells().stream().sorted().toList(), school.version());
	}

}
