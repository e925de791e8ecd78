package org.chengxiang.directory;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.chengxiang.platform.crypto.MobilePhone;
import org.chengxiang.platform.crypto.ResidentIdNumber;
import org.chengxiang.platform.security.StrongPassword;

/**
 * A resident signing up for online services.
 *
 * @param username the login name chosen
 * @param displayName real name as on the ID card
 * @param idNumber 18-digit resident ID number (GB 11643)
 * @param phone mainland mobile number
 * @param password the password chosen
 * @param confirmPassword the same password again
 */
record RegisterResident(
		@NotBlank(message = "请填写用户名 / username is required") @Pattern(regexp = "^[a-z0-9][a-z0-9._-]{2,49}$",
				message = "用户名须为 3–50 位小写字母、数字、点、下划线或连字符 / 3–50 lower-case letters, digits, . _ -") String username,
		@NotBlank(message = "请填写姓名 / name is required") @Size(max = 50,
				message = "姓名最多 50 字 / at most 50 characters") String displayName,
		@NotBlank(message = "请填写身份证号 / ID number is required") @ResidentIdNumber String idNumber,
		@NotBlank(message = "请填写手机号 / phone is required") @MobilePhone String phone,
		@NotBlank(message = "请设置密码 / password is required") @StrongPassword String password,
		@NotBlank(message = "请再次输入密码 / confirm the password") String confirmPassword) {

	static RegisterResident empty() {
		return new RegisterResident("", "", "", "", "", "");
	}

}
