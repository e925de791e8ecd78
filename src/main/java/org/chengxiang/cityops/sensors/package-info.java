/**
 * Sensors, their telemetry over MQTT and HTTP, the rules that raise alarms, and the gateways. A nested module of
 * city operations: it announces alarms only as the events of the {@code cityops} package and never refers to the
 * cases.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Sensors and alarms",
		allowedDependencies = { "cityops", "cityops.grid", "directory", "platform::security", "platform::audit", "platform::domain",
				"platform::web" })
package org.chengxiang.cityops.sensors;
