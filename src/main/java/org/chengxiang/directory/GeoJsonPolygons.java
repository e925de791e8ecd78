package org.chengxiang.directory;

import java.util.Optional;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Checks that a boundary is a GeoJSON Polygon or MultiPolygon with closed rings of WGS 84 positions.
 */
final class GeoJsonPolygons {

	private GeoJsonPolygons() {
	}

	static Optional<String> problem(JsonMapper json, String text) {
		JsonNode geometry;
		try {
			geometry = json.readTree(text);
		}
		catch (RuntimeException ex) {
			return Optional.of("不是有效的 JSON / not valid JSON");
		}
		if (geometry == null || !geometry.isObject()) {
			return Optional.of("须为 GeoJSON 几何对象 / must be a GeoJSON geometry object");
		}
		if ("Feature".equals(geometry.path("type").asString(""))) {
			geometry = geometry.path("geometry");
		}
		String type = geometry.path("type").asString("");
		JsonNode coordinates = geometry.path("coordinates");
		if ("Polygon".equals(type)) {
			return polygon(coordinates);
		}
		if ("MultiPolygon".equals(type)) {
			if (!coordinates.isArray() || coordinates.isEmpty()) {
				return Optional.of("MultiPolygon 没有多边形 / MultiPolygon has no polygons");
			}
			for (JsonNode polygon : coordinates) {
				Optional<String> problem = polygon(polygon);
				if (problem.isPresent()) {
					return problem;
				}
			}
			return Optional.empty();
		}
		return Optional.of("类型须为 Polygon 或 MultiPolygon / type must be Polygon or MultiPolygon");
	}

	private static Optional<String> polygon(JsonNode rings) {
		if (!rings.isArray() || rings.isEmpty()) {
			return Optional.of("多边形没有边界环 / polygon has no rings");
		}
		for (JsonNode ring : rings) {
			if (!ring.isArray() || ring.size() < 4) {
				return Optional.of("每个边界环至少 4 个点 / each ring needs at least 4 positions");
			}
			for (JsonNode position : ring) {
				if (!position.isArray() || position.size() < 2 || !position.get(0).isNumber()
						|| !position.get(1).isNumber()) {
					return Optional.of("坐标须为 [经度, 纬度] / positions must be [longitude, latitude]");
				}
				double lng = position.get(0).asDouble();
				double lat = position.get(1).asDouble();
				if (lng < -180 || lng > 180 || lat < -90 || lat > 90) {
					return Optional.of("坐标超出范围 / position out of range");
				}
			}
			JsonNode first = ring.get(0);
			JsonNode last = ring.get(ring.size() - 1);
			if (first.get(0).asDouble() != last.get(0).asDouble() || first.get(1).asDouble() != last.get(1).asDouble()) {
				return Optional.of("边界环须首尾相接 / rings must be closed");
			}
		}
		return Optional.empty();
	}

}
