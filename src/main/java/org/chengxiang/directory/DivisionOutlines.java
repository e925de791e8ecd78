package org.chengxiang.directory;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import tools.jackson.databind.json.JsonMapper;

/**
 * Divisions on the map. The directory holds no boundary of a division, only its grid cells, so a division's
 * outline is drawn from them: every cell edge that no other cell of the same division shares. Cells that tile
 * their division (as surveyed grids do, and the demo's squares) give its exact boundary; cells that leave gaps
 * give their own outlines, which is still where the division is.
 */
@Service
@Transactional(readOnly = true)
class DivisionOutlines {

	static final int MAX_PLACES = 20;

	private final GridCells grid;

	private final Divisions divisions;

	private final JsonMapper json;

	DivisionOutlines(GridCells grid, Divisions divisions, JsonMapper json) {
		this.grid = grid;
		this.divisions = divisions;
		this.json = json;
	}

	/** The outline of every township, community and village that has grid cells. */
	List<DivisionOutline> all() {
		return outlines(grid.all());
	}

	/** The outlines of a township or neighbourhood and what lies in it. */
	List<DivisionOutline> within(String divisionCode) {
		return outlines(grid.within(divisionCode)).stream()
			.filter(o -> o.code().equals(divisionCode) || divisionCode.equals(o.parentCode()))
			.toList();
	}

	/**
	 * Divisions and cells whose name or code holds the text, townships first, then communities and villages,
	 * then cells; only those with cells, since only they can be shown.
	 */
	List<MapPlace> search(String text) {
		String needle = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
		if (needle.isEmpty()) {
			return List.of();
		}
		List<GridCellSummary> cells = grid.all();
		Map<String, DivisionSummary> known = known();
		List<MapPlace> places = new ArrayList<>();
		outlines(cells).stream()
			.filter(o -> o.name().toLowerCase(Locale.ROOT).contains(needle) || o.code().startsWith(needle))
			.sorted(Comparator.comparing((DivisionOutline o) -> !o.isTownship()).thenComparing(DivisionOutline::code))
			.forEach(o -> places.add(new MapPlace("division", o.code(), o.name(), nameOf(known, o.parentCode()),
					o.bounds())));
		for (GridCellSummary cell : cells) {
			if (cell.name().toLowerCase(Locale.ROOT).contains(needle)
					|| cell.code().toLowerCase(Locale.ROOT).startsWith(needle)) {
				places.add(new MapPlace("cell", cell.code(), cell.name(), nameOf(known, cell.divisionCode()),
						bounds(polygons(cell))));
			}
		}
		return places.subList(0, Math.min(MAX_PLACES, places.size()));
	}

	private List<DivisionOutline> outlines(List<GridCellSummary> cells) {
		Map<String, DivisionSummary> known = known();
		Map<String, List<List<double[][]>>> byDivision = new LinkedHashMap<>();
		for (GridCellSummary cell : cells) {
			List<List<double[][]>> polygons = polygons(cell);
			byDivision.computeIfAbsent(cell.divisionCode(), k -> new ArrayList<>()).addAll(polygons);
			DivisionSummary neighbourhood = known.get(cell.divisionCode());
			if (neighbourhood != null && neighbourhood.parentCode() != null) {
				byDivision.computeIfAbsent(neighbourhood.parentCode(), k -> new ArrayList<>()).addAll(polygons);
			}
		}
		List<DivisionOutline> outlines = new ArrayList<>();
		byDivision.forEach((code, polygons) -> {
			DivisionSummary division = known.get(code);
			if (division != null) {
				outlines.add(new DivisionOutline(code, division.name(), division.level(), division.parentCode(),
						outline(polygons), label(polygons), bounds(polygons)));
			}
		});
		outlines.sort(Comparator.comparing(DivisionOutline::code));
		return outlines;
	}

	private Map<String, DivisionSummary> known() {
		Map<String, DivisionSummary> known = new HashMap<>();
		divisions.townships().forEach(d -> known.put(d.code(), d));
		divisions.neighbourhoods().forEach(d -> known.put(d.code(), d));
		return known;
	}

	private static String nameOf(Map<String, DivisionSummary> known, String code) {
		DivisionSummary division = code == null ? null : known.get(code);
		return division == null ? null : division.name();
	}

	private List<List<double[][]>> polygons(GridCellSummary cell) {
		return GridShapes.polygons(json.readTree(cell.geojson()));
	}

	/** The edges no two polygons share, joined into as few polylines as their ends allow. */
	static List<double[][]> outline(List<List<double[][]>> polygons) {
		Map<String, double[][]> edges = new LinkedHashMap<>();
		Map<String, Integer> uses = new HashMap<>();
		for (List<double[][]> polygon : polygons) {
			for (double[][] ring : polygon) {
				for (int i = 0; i + 1 < ring.length; i++) {
					String a = key(ring[i]);
					String b = key(ring[i + 1]);
					if (a.equals(b)) {
						continue;
					}
					String edge = a.compareTo(b) < 0 ? a + "|" + b : b + "|" + a;
					edges.putIfAbsent(edge, new double[][] { ring[i], ring[i + 1] });
					uses.merge(edge, 1, Integer::sum);
				}
			}
		}
		Map<String, Deque<double[][]>> byEnd = new HashMap<>();
		List<double[][]> free = new ArrayList<>();
		edges.forEach((edge, segment) -> {
			if (uses.get(edge) == 1) {
				free.add(segment);
				byEnd.computeIfAbsent(key(segment[0]), k -> new ArrayDeque<>()).add(segment);
				byEnd.computeIfAbsent(key(segment[1]), k -> new ArrayDeque<>()).add(segment);
			}
		});
		List<double[][]> lines = new ArrayList<>();
		Set<double[][]> used = Collections.newSetFromMap(new IdentityHashMap<>());
		for (double[][] start : free) {
			if (!used.add(start)) {
				continue;
			}
			List<double[]> line = new ArrayList<>(List.of(start[0], start[1]));
			double[] end = start[1];
			while (true) {
				double[][] next = null;
				for (double[][] candidate : byEnd.getOrDefault(key(end), new ArrayDeque<>())) {
					if (!used.contains(candidate)) {
						next = candidate;
						break;
					}
				}
				if (next == null) {
					break;
				}
				used.add(next);
				end = key(next[0]).equals(key(end)) ? next[1] : next[0];
				line.add(end);
			}
			lines.add(line.toArray(double[][]::new));
		}
		return lines;
	}

	/** The centre of the polygon whose own centre lies nearest the middle of all of them. */
	static double[] label(List<List<double[][]>> polygons) {
		double[] all = bounds(polygons);
		double[] middle = { (all[0] + all[2]) / 2, (all[1] + all[3]) / 2 };
		double[] best = middle;
		double distance = Double.MAX_VALUE;
		for (List<double[][]> polygon : polygons) {
			double[] box = bounds(List.of(polygon));
			double[] centre = { (box[0] + box[2]) / 2, (box[1] + box[3]) / 2 };
			double d = Math.hypot(centre[0] - middle[0], centre[1] - middle[1]);
			if (d < distance) {
				distance = d;
				best = centre;
			}
		}
		return best;
	}

	static double[] bounds(List<List<double[][]>> polygons) {
		double[] box = { Double.MAX_VALUE, Double.MAX_VALUE, -Double.MAX_VALUE, -Double.MAX_VALUE };
		for (List<double[][]> polygon : polygons) {
			for (double[][] ring : polygon) {
				for (double[] p : ring) {
					box[0] = Math.min(box[0], p[0]);
					box[1] = Math.min(box[1], p[1]);
					box[2] = Math.max(box[2], p[0]);
					box[3] = Math.max(box[3], p[1]);
				}
			}
		}
		return box;
	}

	// a tenth of a metre: edges drawn from the same corner meet though their digits differ in the last place
	private static String key(double[] p) {
		return Math.round(p[0] * 1e6) + "," + Math.round(p[1] * 1e6);
	}

}
