package org.chengxiang.cityops.sensors;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import org.chengxiang.platform.domain.RuleBroken;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Telemetry payloads as gateways send them over HTTP and devices over MQTT. Whatever the body, the input either
 * gives readings that are all finite numbers of an active device, timestamped from 2000 to the allowed drift
 * ahead of the clock, or refuses with field problems that name where; a body that is not JSON fails in Jackson,
 * which both paths answer. Nothing else escapes. The hand-written timestamp reader agrees with java.time on every
 * text it accepts. The seeds under {@code TelemetryInputFuzzTestsInputs} run in every build.
 */
class TelemetryInputFuzzTests {

	private static final TelemetryTimestamps CITY = TelemetryTimestampsTests.CITY;

	private static final int MAX_INPUT = 8 * 1024;

	private static final Instant NOW = Instant.parse("2026-06-01T00:00:00Z");

	private static final Instant EARLIEST = Instant.parse("2000-01-01T00:00:00Z");

	private static final String GATEWAY = "DEMO-GW";

	private static final DeviceInfo ACTIVE = new DeviceInfo(1, "YS-001", "建设路雨水井", "WATER_LEVEL", "排水点水位", "m",
			"E-0405", 1, 122.5, 40.6, 60, true, GATEWAY);

	private static final DeviceInfo INACTIVE = new DeviceInfo(2, "YS-002", "停用水位计", "WATER_LEVEL", "排水点水位", "m",
			"E-0405", 1, 122.5, 40.6, 60, false, GATEWAY);

	private static final DeviceInfo OTHERS = new DeviceInfo(3, "YS-003", "别家网关的水位计", "WATER_LEVEL", "排水点水位", "m",
			"E-0405", 1, 122.5, 40.6, 60, true, "OTHER-GW");

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final SensorsProperties properties = new SensorsProperties(null,
			new SensorsProperties.Telemetry(50, Duration.ofMinutes(5)), null, null);

	private final TelemetryInput input = new TelemetryInput(new KnownDevices(), properties,
			Clock.fixed(NOW, ZoneId.of("Asia/Shanghai")));

	@FuzzTest(maxDuration = "5s")
	void payloadsGiveSaneReadingsOrNamedProblems(FuzzedDataProvider data) {
		boolean mqtt = data.consumeBoolean();
		String device = data.pickValue(new String[] { "YS-001", "YS-002", "YS-003", "NONE", " YS-001 " });
		String body = data.consumeRemainingAsString();
		if (body.length() > MAX_INPUT) {
			return;
		}
		JsonNode node;
		try {
			node = JSON.readTree(body);
		}
		catch (JacksonException notJson) {
			return; // refused as unreadable by both paths
		}
		List<TelemetryIngestion.Reading> readings;
		try {
			// over MQTT the broker has already kept the gateway to its own devices
			readings = mqtt ? input.message(device, node, null) : input.batch(node, GATEWAY);
		}
		catch (RefusedReadings ex) {
			assertThat(mqtt).as("only a batch is refused for another gateway's devices").isFalse();
			assertThat(body).contains("YS-003");
			return;
		}
		catch (RuleBroken ex) {
			assertThat(ex.problems()).isNotEmpty().hasSizeLessThanOrEqualTo(TelemetryInput.MAX_PROBLEMS);
			assertThat(ex.problems()).allSatisfy((problem) -> {
				assertThat(problem.field()).isNotBlank();
				assertThat(problem.text().key()).startsWith("cityops.telemetry.problem.");
			});
			return;
		}
		if (!mqtt) {
			assertThat(readings).isNotEmpty().hasSizeLessThanOrEqualTo(properties.telemetry().maxBatch());
		}
		assertThat(readings).allSatisfy((reading) -> {
			assertThat(reading.device().active()).isTrue();
			assertThat(Double.isFinite(reading.value())).as("finite value").isTrue();
			assertThat(reading.ts()).isBetween(EARLIEST, NOW.plus(properties.telemetry().maxAhead()));
		});
	}

	@FuzzTest(maxDuration = "5s")
	void timestampsReadAsJavaTimeReadsThem(FuzzedDataProvider data) {
		String text = data.consumeRemainingAsString();
		if (text.length() > 64) {
			return;
		}
		Instant common = CITY.parseCommon(text);
		Instant any = CITY.parseAny(text);
		if (common != null) {
			assertThat(common).as("the fast reading of %s", text).isEqualTo(any);
		}
		assertThat(CITY.parse(text)).isEqualTo(any);
	}

	/** Three devices: one inactive, one of another gateway; every other code is unknown. */
	private static final class KnownDevices extends DeviceLookup {

		KnownDevices() {
			super(null);
		}

		@Override
		Optional<DeviceInfo> byCode(String code) {
			return switch (code) {
				case "YS-001" -> Optional.of(ACTIVE);
				case "YS-002" -> Optional.of(INACTIVE);
				case "YS-003" -> Optional.of(OTHERS);
				default -> Optional.empty();
			};
		}

		@Override
		void preload(Collection<String> codes) {
		}

	}

}
