/**
 * Supervision of implementation plans (督查督办): import a plan, assign its tasks to departments, follow
 * measures, milestones, progress reports and supervision notices, and measure progress.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Plan supervision",
		allowedDependencies = { "directory", "platform::security", "platform::audit", "platform::calendar",
				"platform::domain", "platform::web" })
package org.chengxiang.plan;
