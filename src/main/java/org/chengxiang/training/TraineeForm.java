package org.chengxiang.training;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.chengxiang.platform.crypto.MobilePhone;
import org.chengxiang.platform.crypto.ResidentIdNumber;

/**
 * One trainee added to a roster by hand, with the checks a row of the roster sheet gets.
 *
 * @param phone a mobile number, optional
 * @param hukouKind the kind of hukou the trainee declares
 */
record TraineeForm(@NotBlank(message = "{training.roster.name.required}") @Size(max = 50, message = "{training.roster.name.tooLong}") String name,
		@NotBlank(message = "{training.roster.idNumber.required}") @ResidentIdNumber String idNumber,
		@MobilePhone String phone,
		@NotNull(message = "{training.roster.hukou.required}") TraineeHukou hukouKind) {

	static final TraineeForm EMPTY = new TraineeForm(null, null, null, null);

}
