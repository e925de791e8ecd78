package org.chengxiang.cityops.grid;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.chengxiang.directory.Directory;
import org.chengxiang.directory.GridCellSummary;
import org.chengxiang.directory.GridShapes;
import org.springframework.stereotype.Component;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Resolves a point (WGS 84 longitude, latitude) to the grid cell it lies in. The directory's cells are read
 * once a minute at most: they change when an administrator redraws the grid, not per report.
 */
@Component
public class GridLocator {

	private static final Duration REFRESH = Duration.ofMinutes(1);

	private final Directory directory;

	private final JsonMapper json;

	private final Clock clock;

	private volatile Snapshot snapshot;

	GridLocator(Directory directory, JsonMapper json, Clock clock) {
		this.directory = directory;
		this.json = json;
		this.clock = clock;
	}

	/** The cell containing the point; a point on a shared edge resolves to the cell with the lower code. */
	public Optional<GridCellSummary> cellAt(double longitude, double latitude) {
		for (Located cell : current().cells()) {
			if (cell.contains(longitude, latitude)) {
				return Optional.of(cell.cell());
			}
		}
		return Optional.empty();
	}

	/** Every cell, ordered by code. */
	public List<GridCellSummary> cells() {
		return current().cells().stream().map(Located::cell).toList();
	}

	/** Forget the cached cells, e.g. after the grid was edited. */
	public void refresh() {
		snapshot = null;
	}

	private Snapshot current() {
		Snapshot current = snapshot;
		Instant now = clock.instant();
		if (current == null || current.loadedAt().plus(REFRESH).isBefore(now)) {
			List<Located> cells = new ArrayList<>();
			for (GridCellSummary cell : directory.gridCells()) {
				cells.add(new Located(cell, polygons(json.readTree(cell.geojson()))));
			}
			current = new Snapshot(List.copyOf(cells), now);
			snapshot = current;
		}
		return current;
	}

	/** Polygons as lists of rings, each ring as [lng, lat] pairs; the first ring is the outer boundary. */
	static List<List<double[][]>> polygons(JsonNode geometry) {
		return GridShapes.polygons(geometry);
	}

	/** Even-odd ray casting: inside the outer ring and outside every hole. */
	static boolean contains(List<List<double[][]>> polygons, double x, double y) {
		for (List<double[][]> polygon : polygons) {
			if (polygon.isEmpty() || !inside(polygon.get(0), x, y)) {
				continue;
			}
			boolean inHole = false;
			for (int i = 1; i < polygon.size() && !inHole; i++) {
				inHole = inside(polygon.get(i), x, y);
			}
			if (!inHole) {
				return true;
			}
		}
		return false;
	}

	private static boolean inside(double[][] ring, double x, double y) {
		boolean inside = false;
		for (int i = 0, j = ring.length - 1; i < ring.length; j = i++) {
			double xi = ring[i][0], yi = ring[i][1], xj = ring[j][0], yj = ring[j][1];
			if (onSegment(xi, yi, xj, yj, x, y)) {
				return true;
			}
			if ((yi > y) != (yj > y) && x < (xj - xi) * (y - yi) / (yj - yi) + xi) {
				inside = !inside;
			}
		}
		return inside;
	}

	private static boolean onSegment(double x1, double y1, double x2, double y2, double x, double y) {
		double cross = (x - x1) * (y2 - y1) - (y - y1) * (x2 - x1);
		return Math.abs(cross) < 1e-12 && x >= Math.min(x1, x2) && x <= Math.max(x1, x2) && y >= Math.min(y1, y2)
				&& y <= Math.max(y1, y2);
	}

	private record Located(GridCellSummary cell, List<List<double[][]>> polygons) {

		boolean contains(double x, double y) {
			return GridLocator.contains(polygons, x, y);
		}

	}

	private record Snapshot(List<Located> cells, Instant loadedAt) {
	}

}
