package org.chengxiang.directory;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.chengxiang.platform.crypto.MobilePhone;
import org.chengxiang.platform.security.Role;
import org.chengxiang.platform.security.StrongPassword;

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
		@NotBlank(message = "请填写用户名 / username is required") @Pattern(regexp = "^[a-z0-9][a-z0-9._-]{2,49}$",
				message = "用户名须为 3–50 位小写字母、数字、点、下划线或连字符 / 3–50 lower-case letters, digits, . _ -") String username,
		@NotBlank(message = "请填写姓名 / name is required") @Size(max = 50,
				message = "姓名最多 50 字 / at most 50 characters") String displayName,
		@NotNull(message = "请选择角色 / role is required") Role role,
		@NotNull(message = "请选择部门 / department is required") Long departmentId,
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
