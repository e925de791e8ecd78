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
		@NotBlank(message = "请填写网格编码 / code is required") @Pattern(regexp = "^[0-9A-Za-z-]{4,32}$",
				message = "网格编码须为 4–32 位字母、数字或连字符 / 4–32 letters, digits or hyphens") String code,
		@NotBlank(message = "请填写网格名称 / name is required") @Size(max = 100,
				message = "名称最多 100 字 / at most 100 characters") String name,
		@NotBlank(message = "请选择所属社区或村 / division is required") @Pattern(regexp = "^[0-9]{12}$",
				message = "区划代码须为 12 位数字 / 12 digits") String divisionCode,
		@NotBlank(message = "请填写网格边界 / boundary is required") @Size(max = 200_000,
				message = "边界数据过大 / boundary too large") String geojson) {
}
