package org.chengxiang.directory;

import org.chengxiang.platform.domain.Text;

import java.util.Optional;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Checks that a boundary is a GeoJSON Polygon or MultiPolygon with closed rings of WGS 84 positions.
 */
final class GeoJsonPolygons {

	private GeoJsonPolygons() {
	}

	static Optional<Text> problem(JsonMapper json, String text) {
		JsonNode geometry;
		try {
			geometry = json.readTree(text);
		}
		catch (RuntimeException ex) {
			return Optional.of(Text.of("directory.geojson.notJson"));
		}
		if (geometry == null || !geometry.isObject()) {
			return Optional.of(Text.of("directory.geojson.notGeometry"));
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
				return Optional.of(Text.of("directory.geojson.noPolygons"));
			}
			for (JsonNode polygon : coordinates) {
				Optional<Text> problem = polygon(polygon);
				if (problem.isPresent()) {
					return problem;
				}
			}
			return Optional.empty();
		}
		return Optional.of(Text.of("directory.geojson.type"));
	}

	private static Optional<Text> polygon(JsonNode rings) {
		if (!rings.isArray() || rings.isEmpty()) {
			return Optional.of(Text.of("directory.geojson.noRings"));
		}
		for (JsonNode ring : rings) {
			if (!ring.isArray() || ring.size() < 4) {
				return Optional.of(Text.of("directory.geojson.ringTooShort"));
			}
			for (JsonNode position : ring) {
				if (!position.isArray() || position.size() < 2 || !position.get(0).isNumber()
						|| !position.get(1).isNumber()) {
					return Optional.of(Text.of("directory.geojson.position"));
				}
				double lng = position.get(0).asDouble();
				double lat = position.get(1).asDouble();
				if (lng < -180 || lng > 180 || lat < -90 || lat > 90) {
					return Optional.of(Text.of("directory.geojson.outOfRange"));
				}
			}
			JsonNode first = ring.get(0);
			JsonNode last = ring.get(ring.size() - 1);
			if (first.get(0).asDouble() != last.get(0).asDouble() || first.get(1).asDouble() != last.get(1).asDouble()) {
				return Optional.of(Text.of("directory.geojson.notClosed"));
			}
		}
		return Optional.empty();
	}

}
