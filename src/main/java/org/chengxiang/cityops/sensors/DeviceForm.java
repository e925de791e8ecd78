package org.chengxiang.cityops.sensors;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * The device form's fields, as typed: registering a device or editing it. A box left unticked is inactive.
 */
class DeviceForm {

	@NotBlank(message = "{cityops.sensor.problem.codeRequired}")
	@Pattern(regexp = "[A-Za-z0-9][A-Za-z0-9_-]{0,39}", message = "{cityops.sensor.problem.codePattern}")
	private String code;

	@NotBlank(message = "{cityops.sensor.problem.typeRequired}")
	private String typeCode;

	@NotBlank(message = "{cityops.sensor.problem.nameRequired}")
	@Size(max = 100, message = "{cityops.sensor.problem.nameTooLong}")
	private String name;

	@NotNull(message = "{cityops.sensor.problem.longitudeRequired}")
	@Min(value = -180, message = "{cityops.sensor.problem.longitudeRange}")
	@Max(value = 180, message = "{cityops.sensor.problem.longitudeRange}")
	private Double longitude;

	@NotNull(message = "{cityops.sensor.problem.latitudeRequired}")
	@Min(value = -90, message = "{cityops.sensor.problem.latitudeRange}")
	@Max(value = 90, message = "{cityops.sensor.problem.latitudeRange}")
	private Double latitude;

	@NotNull(message = "{cityops.sensor.problem.intervalRequired}")
	@Min(value = 1, message = "{cityops.sensor.problem.intervalRange}")
	@Max(value = 86400, message = "{cityops.sensor.problem.intervalRange}")
	private Integer intervalSeconds = 60;

	private boolean active = true;

	private Integer version;

	private String gatewayCode;

	static DeviceForm of(Devices.View device) {
		DeviceForm form = new DeviceForm();
		form.code = device.code();
		form.typeCode = device.typeCode();
		form.name = device.name();
		form.longitude = device.longitude();
		form.latitude = device.latitude();
		form.intervalSeconds = device.intervalSeconds();
		form.active = device.active();
		form.version = device.version();
		form.gatewayCode = device.gatewayCode() == null ? "" : device.gatewayCode();
		return form;
	}

	SaveDevice command() {
		return new SaveDevice(strip(code), strip(typeCode), strip(name), longitude, latitude, intervalSeconds,
				active, version, strip(gatewayCode));
	}

	private static String strip(String value) {
		return value == null ? null : value.strip();
	}

	public String getCode() {
		return code;
	}

	public void setCode(String code) {
		this.code = code;
	}

	public String getTypeCode() {
		return typeCode;
	}

	public void setTypeCode(String typeCode) {
		this.typeCode = typeCode;
	}

	public String getName() {
		return name;
	}

	public void setName(String name) {
		this.name = name;
	}

	public Double getLongitude() {
		return longitude;
	}

	public void setLongitude(Double longitude) {
		this.longitude = longitude;
	}

	public Double getLatitude() {
		return latitude;
	}

	public void setLatitude(Double latitude) {
		this.latitude = latitude;
	}

	public Integer getIntervalSeconds() {
		return intervalSeconds;
	}

	public void setIntervalSeconds(Integer intervalSeconds) {
		this.intervalSeconds = intervalSeconds;
	}

	public boolean isActive() {
		return active;
	}

	public void setActive(boolean active) {
		this.active = active;
	}

	public Integer getVersion() {
		return version;
	}

	public void setVersion(Integer version) {
		this.version = version;
	}

	public String getGatewayCode() {
		return gatewayCode;
	}

	public void setGatewayCode(String gatewayCode) {
		this.gatewayCode = gatewayCode;
	}

}
