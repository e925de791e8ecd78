package org.chengxiang.cityops.cases;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import org.springframework.jdbc.core.simple.JdbcClient;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Points inside the demo grid cells of 金桥街道 for tests, each far enough (over 100 m) from every other point
 * handed out in the run and from the cells' centres, where the demo cases lie: a test's report is never taken
 * for a duplicate of another test's, unless the test means it. Each cell holds a lattice of 48 points.
 */
public final class CasePoints {

	private static final AtomicInteger NEXT_CELL = new AtomicInteger();

	private static final Map<Long, AtomicInteger> USED = new ConcurrentHashMap<>();

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private CasePoints() {
	}

	/** A fresh point in a cell of 金桥街道 (the demo cells grid01 answers for): {lng, lat, cellId}. */
	public static double[] next(JdbcClient jdbc) {
		List<Object[]> cells = cells(jdbc, "210882003%");
		return pointIn(cells.get(NEXT_CELL.getAndIncrement() % cells.size()));
	}

	/** A fresh point in a cell of the community. */
	public static double[] nextIn(JdbcClient jdbc, String communityCode) {
		return pointIn(cells(jdbc, communityCode).get(0));
	}

	private static List<Object[]> cells(JdbcClient jdbc, String divisionPattern) {
		// the demo cells only (generated at start): a cell another test draws may overlap them
		return jdbc.sql("""
				select id, geojson from directory.grid_cell
				where division_code like :d and generated order by code
				""")
			.param("d", divisionPattern)
			.query((rs, n) -> new Object[] { rs.getLong(1), rs.getString(2) })
			.list();
	}

	private static double[] pointIn(Object[] cell) {
		AtomicInteger used = USED.computeIfAbsent((Long) cell[0], id -> new AtomicInteger());
		while (true) {
			int n = used.getAndIncrement();
			if (n >= 49) {
				throw new IllegalStateException("no fresh test points left in grid cell " + cell[0]);
			}
			int i = n % 7;
			int j = n / 7;
			if (i == 3 && j == 3) {
				continue; // the centre, where demo cases lie
			}
			JsonNode ring = JSON.readTree((String) cell[1]).path("coordinates").get(0);
			double minLng = Double.MAX_VALUE;
			double minLat = Double.MAX_VALUE;
			for (JsonNode p : ring) {
				minLng = Math.min(minLng, p.get(0).asDouble());
				minLat = Math.min(minLat, p.get(1).asDouble());
			}
			return new double[] { minLng + 0.0012 + i * 0.0015, minLat + 0.0012 + j * 0.0015, (long) cell[0] };
		}
	}

}
