/**
 * One-stop services (一网通办): the catalogue of service items, one application model and review workflow
 * for every item, working-day deadlines, clerk inboxes, the resident portal, ratings and notifications.
 */
@org.springframework.modulith.ApplicationModule(displayName = "One-stop services",
		allowedDependencies = { "directory", "platform::security", "platform::audit", "platform::calendar",
				"platform::crypto", "platform::domain", "platform::web" })
package org.chengxiang.services;
