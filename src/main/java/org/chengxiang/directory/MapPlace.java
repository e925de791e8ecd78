package org.chengxiang.directory;

/**
 * A division or grid cell found by its name, for a map to fly to.
 *
 * @param kind {@code division} or {@code cell}
 * @param code the division's or cell's code
 * @param name its name
 * @param within the name of the township (or, for a cell, the community or village) it lies in, which tells
 * apart repeated names
 * @param bounds its extent: [west, south, east, north]
 */
public record MapPlace(String kind, String code, String name, String within, double[] bounds) {
}
