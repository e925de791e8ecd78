package org.chengxiang.directory;

import java.util.List;

/**
 * A township, community or village as a map draws it: the outline of its grid cells and where its name goes.
 *
 * @param code its division code
 * @param name its name
 * @param level its level (subdistrict, town, community, village …)
 * @param parentCode the division above it
 * @param lines the outline as polylines of [longitude, latitude] points: the cells' edges it shares with no other
 * cell of the division
 * @param label where its name is written, [longitude, latitude]: the centre of its most central cell
 * @param bounds its extent: [west, south, east, north]
 */
public record DivisionOutline(String code, String name, String level, String parentCode, List<double[][]> lines,
		double[] label, double[] bounds) {

	public boolean isTownship() {
		return "subdistrict".equals(level) || "town".equals(level) || "township_other".equals(level);
	}

}
