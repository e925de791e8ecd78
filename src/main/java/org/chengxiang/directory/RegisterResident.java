package org.chengxiang.directory;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;

import org.chengxiang.platform.crypto.MobilePhone;
import org.chengxiang.platform.crypto.ResidentIdNumber;
import org.chengxiang.platform.security.StrongPassword;
import org.chengxiang.platform.web.RealName;

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
		@NotBlank(message = "{validation.username.required}") @Pattern(regexp = "^[a-z0-9][a-z0-9._-]{2,49}$",
				message = "{validation.username.pattern}") String username,
		@NotBlank(message = "{validation.name.required}") @RealName String displayName,
		@NotBlank(message = "{validation.idNumber.required}") @ResidentIdNumber String idNumber,
		@NotBlank(message = "{validation.phone.required}") @MobilePhone String phone,
		@NotBlank(message = "{validation.password.required}") @StrongPassword String password,
		@NotBlank(message = "{validation.password.confirm}") String confirmPassword) {

	static RegisterResident empty() {
		return new RegisterResident("", "", "", "", "", "");
	}

}
