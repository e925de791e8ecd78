/**
 * Skills training for migrant workers (农民工职业技能提升, plan task 四), kept by the human resources bureau (人社局):
 * approved providers and enterprises whose staff file classes (开班备案), import rosters, record attendance and
 * completion; subsidy claims checked line by line against rules kept as data; the bureau's review, the finance
 * bureau's approval and the disbursement ledger; reports, the plan's indicators and a trainee's own certificates.
 * Whether a trainee is a migrant worker is asked of the residence module's permits (ADR 25).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Training",
		allowedDependencies = { "directory", "residence", "plan", "platform::domain", "platform::web",
				"platform::security", "platform::audit", "platform::crypto", "platform::calendar" })
package org.chengxiang.training;
