package org.chengxiang.directory;

import java.util.ArrayList;
import java.util.List;

import tools.jackson.databind.JsonNode;

/** Reads a grid cell's GeoJSON boundary into plain coordinates, for the modules that draw or locate with it. */
public final class GridShapes {

	private GridShapes() {
	}

	/**
	 * Polygons as lists of rings, each ring as [lng, lat] pairs; the first ring is the outer boundary. A Feature is
	 * read through its geometry; anything but a Polygon or MultiPolygon gives no polygon.
	 */
	public static List<List<double[][]>> polygons(JsonNode geometry) {
		if ("Feature".equals(geometry.path("type").asString(""))) {
			geometry = geometry.path("geometry");
		}
		List<List<double[][]>> polygons = new ArrayList<>();
		String type = geometry.path("type").asString("");
		if ("Polygon".equals(type)) {
			polygons.add(rings(geometry.path("coordinates")));
		}
		else if ("MultiPolygon".equals(type)) {
			for (JsonNode polygon : geometry.path("coordinates")) {
				polygons.add(rings(polygon));
			}
		}
		return polygons;
	}

	private static List<double[][]> rings(JsonNode coordinates) {
		List<double[][]> rings = new ArrayList<>();
		for (JsonNode ring : coordinates) {
			double[][] points = new double[ring.size()][];
			for (int i = 0; i < ring.size(); i++) {
				points[i] = new double[] { ring.get(i).get(0).asDouble(), ring.get(i).get(1).asDouble() };
			}
			rings.add(points);
		}
		return rings;
	}

}
