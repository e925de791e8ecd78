/**
 * The city map's data: the grid with its outlines, and search by place within the user's scope. Reads the cases
 * through {@link org.chengxiang.cityops.cases.CaseBoard}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "City map",
		allowedDependencies = { "cityops.cases", "directory", "platform::security", "platform::domain" })
package org.chengxiang.cityops.map;
