package org.chengxiang.cityops.sensors;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.chengxiang.platform.domain.RuleBroken;

import org.springframework.stereotype.Component;

import tools.jackson.databind.JsonNode;

/**
 * Reads telemetry as devices and gateways send it and checks every reading: a known, active device of the gateway
 * that sent it, a finite number, a timestamp (ISO 8601 with offset, local Beijing time, or epoch milliseconds) that
 * is not in the future beyond the allowed clock drift. A batch with any bad reading is refused whole, naming the
 * first ones; a batch with readings for devices of another gateway is refused whole as well, naming those first.
 */
@Component
class TelemetryInput {

	static final int MAX_PROBLEMS = 10;

	private static final String PROBLEM = "cityops.telemetry.problem.";

	private static final Instant EARLIEST = Instant.parse("2000-01-01T00:00:00Z");

	private final DeviceLookup devices;

	private final SensorsProperties properties;

	private final Clock clock;

	private final TelemetryTimestamps timestamps;

	TelemetryInput(DeviceLookup devices, SensorsProperties properties, Clock clock) {
		this.devices = devices;
		this.properties = properties;
		this.clock = clock;
		this.timestamps = new TelemetryTimestamps(clock.getZone());
	}

	/**
	 * An HTTP batch of the gateway: an array of {@code {"device","ts","value"}}, or of
	 * {@code {"device","readings":[{"ts","value"}]}}.
	 * @throws RefusedReadings naming the first entries for devices not the gateway's, and counting all of them
	 * @throws RuleBroken naming the first bad entries
	 */
	List<TelemetryIngestion.Reading> batch(JsonNode body, String gateway) {
		if (body == null || !body.isArray()) {
			throw RuleBroken.at("readings", "cityops.telemetry.problem.notArray");
		}
		Check check = new Check(gateway);
		List<String> codes = new ArrayList<>(body.size());
		String previous = null;
		for (JsonNode entry : body) {
			JsonNode code = entry.get("device");
			if (code != null && code.isString() && !code.asString().equals(previous)) {
				previous = code.asString();
				codes.add(previous.strip());
			}
		}
		devices.preload(codes);
		List<TelemetryIngestion.Reading> readings = new ArrayList<>(body.size());
		for (int i = 0; i < body.size(); i++) {
			JsonNode entry = body.get(i);
			At at = new At(i, -1);
			if (!entry.isObject()) {
				check.problem(at, "notObject");
				continue;
			}
			JsonNode code = entry.get("device");
			if (code == null || !code.isString() || code.asString().isBlank()) {
				check.problem(at + ".device", "deviceMissing");
				continue;
			}
			Optional<DeviceInfo> device = device(code.asString(), new Suffixed(at, ".device"), check);
			JsonNode series = entry.get("readings");
			if (device.isPresent() && !check.owns(device.get())) {
				check.refuse(at + ".device", device.get(), series != null && series.isArray() ? series.size() : 1);
				continue;
			}
			if (series != null) {
				if (!series.isArray() || series.isEmpty()) {
					check.problem(at + ".readings", "emptySeries");
					continue;
				}
				for (int j = 0; j < series.size(); j++) {
					reading(device, series.get(j), new At(i, j), check, readings);
				}
			}
			else {
				reading(device, entry, at, check, readings);
			}
			if (readings.size() > properties.telemetry().maxBatch()) {
				throw RuleBroken.at("readings", "cityops.telemetry.problem.tooMany", String.valueOf(properties.telemetry().maxBatch()));
			}
			if (check.full()) {
				break;
			}
		}
		check.throwIfRefused();
		check.throwIfAny();
		if (readings.isEmpty()) {
			throw RuleBroken.at("readings", "cityops.telemetry.problem.none");
		}
		return readings;
	}

	/**
	 * An MQTT message for the device: {@code {"ts","value"}} or an array of them.
	 * @param gateway the gateway that sent it, or {@code null} when the broker made sure it was the device's own
	 * @throws RefusedReadings when the device is not the gateway's
	 * @throws RuleBroken naming what is wrong
	 */
	List<TelemetryIngestion.Reading> message(String deviceCode, JsonNode payload, String gateway) {
		Check check = new Check(gateway);
		List<TelemetryIngestion.Reading> readings = new ArrayList<>();
		Optional<DeviceInfo> device = device(deviceCode, "device", check);
		if (device.isPresent() && !check.owns(device.get())) {
			check.refuse("device", device.get(), payload.isArray() ? payload.size() : 1);
			check.throwIfRefused();
		}
		if (payload.isArray()) {
			for (int i = 0; i < payload.size() && !check.full(); i++) {
				reading(device, payload.get(i), new At(i, -1), check, readings);
			}
		}
		else {
			reading(device, payload, new At(-1, -1), check, readings);
		}
		check.throwIfAny();
		return readings;
	}

	private Optional<DeviceInfo> device(String code, Object field, Check check) {
		Optional<DeviceInfo> device;
		if (code.equals(check.lastCode)) {
			device = check.lastDevice; // entries of one device usually follow each other
		}
		else {
			device = devices.byCode(code.strip());
			check.lastCode = code;
			check.lastDevice = device;
		}
		if (device.isEmpty()) {
			check.problem(field, "unknownDevice", code);
		}
		else if (!device.get().active()) {
			check.problem(field, "inactiveDevice", code);
			return Optional.empty();
		}
		return device;
	}

	private void reading(Optional<DeviceInfo> device, JsonNode node, At at, Check check,
			List<TelemetryIngestion.Reading> readings) {
		if (node == null || !node.isObject()) {
			check.problem(at, "notObject");
			return;
		}
		Instant ts = timestamp(node.get("ts"), new Suffixed(at, ".ts"), check);
		JsonNode valueNode = node.get("value");
		Double value = null;
		if (valueNode == null || !valueNode.isNumber()) {
			check.problem(at + ".value", "valueNotNumber");
		}
		else if (!Double.isFinite(valueNode.asDouble())) {
			check.problem(at + ".value", "valueNotFinite");
		}
		else {
			value = valueNode.asDouble();
		}
		if (device.isPresent() && ts != null && value != null) {
			readings.add(new TelemetryIngestion.Reading(device.get(), ts, value));
		}
	}

	private Instant timestamp(JsonNode node, Object field, Check check) {
		Instant ts;
		if (node == null || node.isNull()) {
			check.problem(field, "timestampMissing");
			return null;
		}
		if (node.isIntegralNumber()) {
			if (!node.canConvertToLong()) {
				check.problem(field, "timestampRange");
				return null;
			}
			ts = Instant.ofEpochMilli(node.asLong());
		}
		else if (node.isString()) {
			ts = timestamps.parse(node.asString());
			if (ts == null) {
				check.problem(field, "timestampFormat");
				return null;
			}
		}
		else {
			check.problem(field, "notTimestamp");
			return null;
		}
		if (ts.isAfter(clock.instant().plus(properties.telemetry().maxAhead()))) {
			check.problem(field, "timestampFuture");
			return null;
		}
		if (ts.isBefore(EARLIEST)) {
			check.problem(field, "timestampEarly");
			return null;
		}
		return ts.truncatedTo(ChronoUnit.MICROS);
	}

	/** Where an entry is ({@code [3]}, {@code [3].readings[0]}, {@code payload}), spelt out only for a problem. */
	private record At(int entry, int inSeries) {

		@Override
		public String toString() {
			return entry < 0 ? "payload" : inSeries < 0 ? "[" + entry + "]" : "[" + entry + "].readings[" + inSeries + "]";
		}

	}

	/** A field of an entry, spelt out only for a problem. */
	private record Suffixed(At at, String field) {

		@Override
		public String toString() {
			return at + field;
		}

	}

	/** Problems collected, up to a handful; entries of devices not the gateway's, all counted. */
	private static final class Check {

		private final List<RuleBroken.Problem> problems = new ArrayList<>();

		private final String gateway;

		private final List<RefusedReadings.Refusal> refusals = new ArrayList<>();

		private int refused;

		private String lastRefused;

		private String lastCode;

		private Optional<DeviceInfo> lastDevice;

		Check(String gateway) {
			this.gateway = gateway;
		}

		boolean owns(DeviceInfo device) {
			return gateway == null || device.belongsTo(gateway);
		}

		void refuse(String field, DeviceInfo device, int readings) {
			if (refusals.size() < MAX_PROBLEMS) {
				refusals.add(new RefusedReadings.Refusal(field, device.code(), Math.max(1, readings)));
			}
			refused += Math.max(1, readings);
			lastRefused = device.code();
		}

		void throwIfRefused() {
			if (refused > 0) {
				throw new RefusedReadings(refusals, refused, lastRefused);
			}
		}

		/** A problem worded by {@code cityops.telemetry.problem.<name>}. */
		void problem(Object field, String name, Object... args) {
			if (problems.size() < MAX_PROBLEMS) {
				problems.add(RuleBroken.Problem.at(field.toString(), PROBLEM + name, args));
			}
		}

		boolean full() {
			return problems.size() >= MAX_PROBLEMS;
		}

		void throwIfAny() {
			if (!problems.isEmpty()) {
				throw new RuleBroken(problems);
			}
		}

	}

}
