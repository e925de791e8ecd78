package org.chengxiang.directory;

/**
 * An administrative division.
 *
 * @param code 12-digit statistical division code
 * @param name its name
 * @param level county, subdistrict, town, township_other, community, village or village_level_other
 * @param parentCode the division above it, {@code null} for the county
 * @param urbanRural its urban–rural class, {@code null} until an administrator sets it
 * @param urbanRuralAssumed whether that class is the embedded default's assumption rather than a set fact
 */
public record DivisionSummary(String code, String name, String level, String parentCode, UrbanRuralClass urbanRural,
		boolean urbanRuralAssumed) {

	public boolean isTownship() {
		return "subdistrict".equals(level) || "town".equals(level) || "township_other".equals(level);
	}

	public boolean isNeighbourhood() {
		return "community".equals(level) || "village".equals(level) || "village_level_other".equals(level);
	}

}
