/**
 * Residence registration and permits (居住登记、居住证) for people without local hukou, and the public services a
 * permit opens: migrant children's school places, public rental housing and flexible-employment pension enrolment.
 * Other modules ask whether a permit is valid through {@link org.chengxiang.residence.ResidencePermits} and never
 * read this module's tables.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Residence",
		allowedDependencies = { "services", "directory", "plan", "settlement", "platform::domain", "platform::web",
				"platform::security", "platform::audit", "platform::crypto", "platform::calendar" })
package org.chengxiang.residence;
