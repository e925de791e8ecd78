package org.chengxiang.directory;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

import org.chengxiang.platform.crypto.MobilePhone;
import org.chengxiang.platform.security.Role;
import org.chengxiang.platform.security.StrongPassword;
import org.chengxiang.platform.web.RealName;

/**
 * Creates or changes a member of staff. The password is required when creating and, when editing,
 * changes the password only if given.
 *
 * @param username login name (cannot change later)
 * @param displayName real name
 * @param role staff role
 * @param departmentId the department they belong to
 * @param phone office or mobile phone, optional
 * @param password initial or new password
 */
record SaveStaff(
		@NotBlank(message = "{validation.username.required}") @Pattern(regexp = "^[a-z0-9][a-z0-9._-]{2,49}$",
				message = "{validation.username.pattern}") String username,
		@NotBlank(message = "{validation.name.required}") @RealName String displayName,
		@NotNull(message = "{validation.role.required}") Role role,
		@NotNull(message = "{validation.department.required}") Long departmentId,
		@MobilePhone String phone, @StrongPassword String password) {

	static SaveStaff empty() {
		return new SaveStaff("", "", Role.CLERK, null, "", "");
	}

	String phoneOrNull() {
		return phone == null || phone.isBlank() ? null : phone.strip();
	}

	String passwordOrNull() {
		return password == null || password.isEmpty() ? null : password;
	}

}
