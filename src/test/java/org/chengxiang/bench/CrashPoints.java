package org.chengxiang.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Points for the crash test's case reports: a lattice in each grid cell of 金桥街道 (the cells grid01 answers for),
 * about 150 m apart so that no report is merged into another, the cells' centres left out (demo cases lie there).
 */
final class CrashPoints {

	private static final Pattern COORDINATE = Pattern.compile("\\[\\s*(-?[0-9.]+)\\s*,\\s*(-?[0-9.]+)\\s*\\]");

	private CrashPoints() {
	}

	static List<double[]> lattice(Connection db) throws SQLException {
		List<double[]> corners = new ArrayList<>();
		try (PreparedStatement cells = db.prepareStatement(
				"select geojson from directory.grid_cell where division_code like '210882003%' order by code");
				ResultSet rows = cells.executeQuery()) {
			while (rows.next()) {
				double minLng = Double.MAX_VALUE;
				double minLat = Double.MAX_VALUE;
				Matcher pair = COORDINATE.matcher(rows.getString(1));
				while (pair.find()) {
					minLng = Math.min(minLng, Double.parseDouble(pair.group(1)));
					minLat = Math.min(minLat, Double.parseDouble(pair.group(2)));
				}
				corners.add(new double[] { minLng, minLat });
			}
		}
		List<double[]> points = new ArrayList<>();
		for (int n = 0; n < 49; n++) {
			int i = n % 7;
			int j = n / 7;
			if (i == 3 && j == 3) {
				continue;
			}
			for (double[] corner : corners) {
				points.add(new double[] { corner[0] + 0.0012 + i * 0.0015, corner[1] + 0.0012 + j * 0.0015 });
			}
		}
		return points;
	}

}
