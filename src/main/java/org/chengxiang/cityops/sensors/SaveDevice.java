package org.chengxiang.cityops.sensors;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** A device as registered or edited. */
record SaveDevice(
		@NotBlank(message = "{cityops.sensor.problem.codeRequired}") @Pattern(regexp = "[A-Za-z0-9][A-Za-z0-9_-]{0,39}",
				message = "{cityops.sensor.problem.codePattern}") String code,
		@NotBlank(message = "{cityops.sensor.problem.typeRequired}") String typeCode,
		@NotBlank(message = "{cityops.sensor.problem.nameRequired}") @Size(max = 100,
				message = "{cityops.sensor.problem.nameTooLong}") String name,
		@NotNull(message = "{cityops.sensor.problem.longitudeRequired}") @Min(value = -180,
				message = "{cityops.sensor.problem.longitudeRange}") @Max(value = 180,
						message = "{cityops.sensor.problem.longitudeRange}") Double longitude,
		@NotNull(message = "{cityops.sensor.problem.latitudeRequired}") @Min(value = -90,
				message = "{cityops.sensor.problem.latitudeRange}") @Max(value = 90,
						message = "{cityops.sensor.problem.latitudeRange}") Double latitude,
		@NotNull(message = "{cityops.sensor.problem.intervalRequired}") @Min(value = 1,
				message = "{cityops.sensor.problem.intervalRange}") @Max(value = 86400,
						message = "{cityops.sensor.problem.intervalRange}") Integer intervalSeconds,
		Boolean active, Integer version, String gatewayCode) {

	/** Active unless said otherwise. */
	boolean isActive() {
		return !Boolean.FALSE.equals(active);
	}

}
