/**
 * Who is who: departments and their aliases, administrative divisions, grid cells, users and roles.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Directory",
		allowedDependencies = { "platform::security", "platform::audit", "platform::crypto", "platform::domain", "platform::web" })
package org.chengxiang.directory;
