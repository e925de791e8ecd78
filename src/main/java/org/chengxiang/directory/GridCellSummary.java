package org.chengxiang.directory;

/**
 * A grid cell (网格): the smallest area a grid officer answers for.
 *
 * @param id its id
 * @param code its code
 * @param name its name
 * @param divisionCode the community or village it lies in
 * @param geojson its boundary as a GeoJSON Polygon or MultiPolygon geometry (WGS 84 longitude, latitude)
 * @param generated whether the boundary is a generated demo shape rather than a surveyed one
 */
public record GridCellSummary(long id, String code, String name, String divisionCode, String geojson,
		boolean generated) {
}
