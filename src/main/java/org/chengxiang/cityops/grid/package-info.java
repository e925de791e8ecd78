/**
 * The grid (网格) as city operations uses it: which cell a point lies in. A nested module of city operations that
 * both the cases and the sensors use; its API is {@link org.chengxiang.cityops.grid.GridLocator}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Grid", allowedDependencies = { "directory" })
package org.chengxiang.cityops.grid;
