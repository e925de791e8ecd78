package org.chengxiang.cityops.grid;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.json.JsonMapper;

class GridLocatorTests {

	private final JsonMapper json = JsonMapper.builder().build();

	private List<List<double[][]>> parse(String geojson) {
		return GridLocator.polygons(json.readTree(geojson));
	}

	@Test
	void findsPointInsideSquareAndNotOutside() {
		var square = parse("""
				{"type":"Polygon","coordinates":[[[122.0,40.0],[122.1,40.0],[122.1,40.1],[122.0,40.1],[122.0,40.0]]]}""");
		assertThat(GridLocator.contains(square, 122.05, 40.05)).isTrue();
		assertThat(GridLocator.contains(square, 122.15, 40.05)).isFalse();
		assertThat(GridLocator.contains(square, 122.05, 39.99)).isFalse();
	}

	@Test
	void pointOnEdgeBelongsToTheCell() {
		var square = parse("""
				{"type":"Polygon","coordinates":[[[122.0,40.0],[122.1,40.0],[122.1,40.1],[122.0,40.1],[122.0,40.0]]]}""");
		assertThat(GridLocator.contains(square, 122.0, 40.05)).isTrue();
	}

	@Test
	void pointInHoleIsOutside() {
		var withHole = parse("""
				{"type":"Polygon","coordinates":[
				 [[0,0],[10,0],[10,10],[0,10],[0,0]],
				 [[4,4],[6,4],[6,6],[4,6],[4,4]]]}""");
		assertThat(GridLocator.contains(withHole, 5, 5)).isFalse();
		assertThat(GridLocator.contains(withHole, 2, 2)).isTrue();
	}

	@Test
	void concavePolygonAndMultiPolygon() {
		// an L shape: the notch at the top right is outside
		var shape = parse("""
				{"type":"MultiPolygon","coordinates":[
				 [[[0,0],[10,0],[10,5],[5,5],[5,10],[0,10],[0,0]]],
				 [[[20,20],[21,20],[21,21],[20,21],[20,20]]]]}""");
		assertThat(GridLocator.contains(shape, 7, 7)).isFalse();
		assertThat(GridLocator.contains(shape, 2, 8)).isTrue();
		assertThat(GridLocator.contains(shape, 20.5, 20.5)).isTrue();
		assertThat(GridLocator.contains(shape, 15, 15)).isFalse();
	}

	@Test
	void featureWrapperIsRead() {
		var feature = parse("""
				{"type":"Feature","properties":{},"geometry":{"type":"Polygon","coordinates":[[[0,0],[1,0],[1,1],[0,1],[0,0]]]}}""");
		assertThat(GridLocator.contains(feature, 0.5, 0.5)).isTrue();
	}

}
