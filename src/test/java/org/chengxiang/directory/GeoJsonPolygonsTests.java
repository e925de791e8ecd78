package org.chengxiang.directory;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

class GeoJsonPolygonsTests {

	private final JsonMapper json = JsonMapper.builder().build();

	@Test
	void acceptsAClosedPolygon() {
		assertThat(GeoJsonPolygons.problem(json,
				"{\"type\":\"Polygon\",\"coordinates\":[[[122.5,40.6],[122.6,40.6],[122.6,40.7],[122.5,40.6]]]}"))
			.isEmpty();
	}

	@Test
	void acceptsAFeatureWrappingAMultiPolygon() {
		assertThat(GeoJsonPolygons.problem(json, """
				{"type":"Feature","geometry":{"type":"MultiPolygon","coordinates":[[[[1,1],[2,1],[2,2],[1,1]]]]}}
				""")).isEmpty();
	}

	@Test
	void refusesOpenRingsPointsAndGarbage() {
		assertThat(GeoJsonPolygons.problem(json,
				"{\"type\":\"Polygon\",\"coordinates\":[[[122.5,40.6],[122.6,40.6],[122.6,40.7],[122.5,40.7]]]}"))
			.hasValue(org.chengxiang.platform.domain.Text.of("directory.geojson.notClosed"));
		assertThat(GeoJsonPolygons.problem(json, "{\"type\":\"Point\",\"coordinates\":[1,2]}")).isPresent();
		assertThat(GeoJsonPolygons.problem(json, "not json")).isPresent();
		assertThat(GeoJsonPolygons.problem(json,
				"{\"type\":\"Polygon\",\"coordinates\":[[[200,40],[201,40],[201,41],[200,40]]]}"))
			.isPresent();
	}

}
