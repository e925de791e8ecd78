package org.chengxiang.cityops.cases;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.springframework.jdbc.core.simple.JdbcClient;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Points inside the demo grid cells of 金桥街道 for tests, each far enough (over 100 m) from every other point
 * handed out in the run and from the cells' centres, where the demo cases lie: a test's report is never taken
 * for a duplicate of another test's, unless the test means it.
 */
public final class CasePoints {

	private static final AtomicInteger NEXT = new AtomicInteger();

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private CasePoints() {
	}

	/** A fresh point in a cell of 金桥街道 (the demo cells grid01 answers for): {lng, lat, cellId}. */
	public static double[] next(JdbcClient jdbc) {
		List<Object[]> cells = jdbc.sql("""
				select id, geojson from directory.grid_cell where division_code like '210882003%' order by code
				""").query((rs, n) -> new Object[] { rs.getLong(1), rs.getString(2) }).list();
		while (true) {
			int n = NEXT.getAndIncrement();
			int perCell = 49;
			Object[] cell = cells.get((n / perCell) % cells.size());
			int i = n % perCell % 7;
			int j = n % perCell / 7;
			if (i == 3 && j == 3) {
				continue;
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
