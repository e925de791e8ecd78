package org.chengxiang.directory;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Directory settings: how a new production database gets its first administrator.
 *
 * @param initialAdminPassword when set and no user exists yet, an {@code admin} account with this password
 * is created (it must satisfy the password policy); leave unset afterwards
 * @param initialAdminDepartment full name of the department the first administrator belongs to, created if
 * missing
 */
@ConfigurationProperties("chengxiang.directory")
record DirectoryProperties(String initialAdminPassword,
		@DefaultValue("人民政府办公室") String initialAdminDepartment) {
}
