/**
 * City-management cases (城管案件) on the GB/T 30428 workflow: reports, the seven steps, the classification and
 * dispatch rules, grid officers, escalation and the monthly bulletin. A nested module of city operations: it hears
 * sensor alarms only as the events of the {@code cityops} package and never refers to the sensors. Its API is
 * {@link org.chengxiang.cityops.cases.CaseBoard} and the records it answers with.
 */
@org.springframework.modulith.ApplicationModule(displayName = "City-management cases",
		allowedDependencies = { "cityops", "cityops.grid", "directory", "plan", "platform::security", "platform::audit",
				"platform::calendar", "platform::crypto", "platform::domain", "platform::web" })
package org.chengxiang.cityops.cases;
