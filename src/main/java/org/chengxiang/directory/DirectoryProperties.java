package org.chengxiang.directory;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Directory settings: how a new production database gets its first administrator.
 *
 * @param initialAdminPassword when set and no user exists yet, an {@code admin} account with this password
 * is created (it must satisfy the password policy); leave unset afterwards
 * @param initialAdminDepartment full name of the department the first administrator belongs to, created if
 * missing (application.properties names the government office, 人民政府办公室)
 * @param initialAdminName the first administrator's display name (application.properties: 系统管理员, "system
 * administrator")
 */
@ConfigurationProperties("chengxiang.directory")
record DirectoryProperties(String initialAdminPassword, String initialAdminDepartment, String initialAdminName) {
}
