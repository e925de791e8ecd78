/**
 * Hukou settlement (落户): online application and review on the one-stop core, the rules police keep, and the
 * local household registry an approval writes.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Hukou settlement",
		allowedDependencies = { "services", "directory", "plan", "platform::audit", "platform::crypto",
				"platform::security", "platform::domain", "platform::web" })
package org.chengxiang.settlement;
