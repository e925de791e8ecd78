package org.chengxiang.directory;

import java.time.Instant;

import org.chengxiang.platform.security.Role;

/**
 * A user as lists and detail pages show them: personal identifiers masked.
 *
 * @param id id
 * @param username login name
 * @param displayName name
 * @param role role
 * @param departmentId department, {@code null} for residents
 * @param departmentName department's short name
 * @param idNumberMasked e.g. 2108**********1234, {@code null} when none is held
 * @param phoneMasked e.g. 138****5678
 * @param enabled whether the account may sign in
 * @param locked whether repeated failed logins have locked it now
 * @param createdAt when the account was created
 */
public record UserView(long id, String username, String displayName, Role role, Long departmentId,
		String departmentName, String idNumberMasked, String phoneMasked, boolean enabled, boolean locked,
		Instant createdAt) {
}
