package org.chengxiang.directory;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * Creates or describes a department.
 *
 * @param code stable code (upper-case letters, digits, hyphen)
 * @param name full name
 * @param shortName short name
 * @param kind what sort of body
 * @param divisionCode the division a town or subdistrict governs (12 digits), may be blank
 * @param aliases other names, separated by commas, 、 or new lines
 * @param sortOrder place in lists (the government's usual order); when left out, a new department goes last and
 * an existing one keeps its place
 */
record SaveDepartment(
		@NotBlank(message = "{directory.department.code.required}") @Pattern(regexp = "^[A-Z0-9-]{2,32}$",
				message = "{directory.department.code.pattern}") String code,
		@NotBlank(message = "{directory.department.name.required}") @Size(max = 100,
				message = "{directory.department.name.size}") String name,
		@NotBlank(message = "{directory.department.shortName.required}") @Size(max = 50,
				message = "{directory.department.shortName.size}") String shortName,
		@NotNull(message = "{directory.department.kind.required}") DepartmentKind kind,
		@Pattern(regexp = "^$|^[0-9]{12}$", message = "{directory.divisionCode.pattern}") String divisionCode,
		@Size(max = 1000, message = "{directory.department.aliases.size}") String aliases,
		@Min(value = 0, message = "{departments.sortOrder.range}") @Max(value = 99999,
				message = "{departments.sortOrder.range}") Integer sortOrder) {

	List<String> aliasList() {
		if (aliases == null || aliases.isBlank()) {
			return List.of();
		}
		List<String> list = new ArrayList<>();
		Arrays.stream(aliases.split("[,，、;；\\n|]")).map(String::strip).filter(s -> !s.isEmpty()).forEach(list::add);
		return list;
	}

	static SaveDepartment of(Department department) {
		return new SaveDepartment(department.getCode(), department.getName(), department.getShortName(),
				department.getKind(), department.getDivisionCode(), String.join("、", department.extraAliases()),
				department.getSortOrder());
	}

}
