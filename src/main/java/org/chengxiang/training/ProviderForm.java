package org.chengxiang.training;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.chengxiang.platform.crypto.MobilePhone;

import org.springframework.format.annotation.DateTimeFormat;

/**
 * A provider as the bureau's form or the API registers it.
 *
 * @param shortName how menus and lists name it; its name when left out
 * @param creditCode 统一社会信用代码, checked by its check character
 * @param licenceNumber an institution's licence (办学许可证号); none for an enterprise
 * @param aboveScale 规模以上企业, an enterprise's mark
 * @param manyMigrants 吸纳农民工较多, an enterprise's mark
 * @param approvedOn the day the bureau approved it
 */
record ProviderForm(
		@NotBlank(message = "{training.provider.name.required}") @Size(max = 100,
				message = "{training.provider.name.size}") String name,
		@Size(max = 50, message = "{training.provider.shortName.size}") String shortName,
		@NotBlank(message = "{training.provider.creditCode.required}") @Size(max = 30,
				message = "{training.provider.creditCode.format}") String creditCode,
		@NotNull(message = "{training.provider.kind.required}") ProviderKind kind,
		@Size(max = 40, message = "{training.provider.licence.size}") String licenceNumber, Boolean aboveScale,
		Boolean manyMigrants,
		@NotBlank(message = "{training.provider.contactName.required}") @Size(max = 50,
				message = "{training.provider.contactName.size}") String contactName,
		@NotBlank(message = "{training.provider.contactPhone.required}") @MobilePhone(
				message = "{training.provider.contactPhone.format}") String contactPhone,
		@NotNull(message = "{training.provider.approvedOn.required}") @DateTimeFormat(
				iso = DateTimeFormat.ISO.DATE) LocalDate approvedOn) {

	static ProviderForm empty(LocalDate today) {
		return new ProviderForm(null, null, null, null, null, false, false, null, null, today);
	}

	String shortNameOrName() {
		String shortName = shortName() == null || shortName().isBlank() ? name().strip() : shortName().strip();
		return shortName.length() > 50 ? shortName.substring(0, 50) : shortName;
	}

}
