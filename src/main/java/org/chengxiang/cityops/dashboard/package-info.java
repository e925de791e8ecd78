/**
 * The operations dashboard, the wall and the home page's counts of city operations: they read the cases through
 * {@link org.chengxiang.cityops.cases.CaseBoard}, the sensors through their board and the plans through the plan's
 * API, and own no data.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Operations dashboard",
		allowedDependencies = { "cityops", "cityops.cases", "cityops.sensors", "plan", "platform::security", "platform::web" })
package org.chengxiang.cityops.dashboard;
