/**
 * City operations (一网统管): the grid, city-management cases on the GB/T 30428 workflow, sensors and their
 * alarms, and the operations dashboard.
 */
@org.springframework.modulith.ApplicationModule(displayName = "City operations",
		allowedDependencies = { "directory", "plan", "platform::security", "platform::audit", "platform::calendar",
				"platform::crypto", "platform::domain", "platform::web" })
package org.chengxiang.cityops;
