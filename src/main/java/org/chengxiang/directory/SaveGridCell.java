package org.chengxiang.directory;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * Creates or redraws a grid cell.
 *
 * @param code the cell's code
 * @param name its name
 * @param divisionCode the community or village it lies in
 * @param geojson a GeoJSON Polygon or MultiPolygon geometry
 */
record SaveGridCell(
		@NotBlank(message = "{directory.grid.code.required}") @Pattern(regexp = "^[0-9A-Za-z-]{4,32}$",
				message = "{directory.grid.code.pattern}") String code,
		@NotBlank(message = "{directory.grid.name.required}") @Size(max = 100,
				message = "{directory.grid.name.size}") String name,
		@NotBlank(message = "{directory.grid.division.required}") @Pattern(regexp = "^[0-9]{12}$",
				message = "{directory.divisionCode.pattern}") String divisionCode,
		@NotBlank(message = "{directory.grid.geojson.required}") @Size(max = 200_000,
				message = "{directory.grid.geojson.size}") String geojson) {
}
