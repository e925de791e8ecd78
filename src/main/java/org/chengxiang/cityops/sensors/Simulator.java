package org.chengxiang.cityops.sensors;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;

import org.eclipse.paho.client.mqttv3.MqttClient;
import org.eclipse.paho.client.mqttv3.MqttConnectOptions;
import org.eclipse.paho.client.mqttv3.MqttException;
import org.eclipse.paho.client.mqttv3.MqttMessage;
import org.eclipse.paho.client.mqttv3.persist.MemoryPersistence;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The demo city's sensors, simulated (embedded default only). With {@code chengxiang.cityops.simulator.enabled}
 * every demo device reports a realistic value every few seconds; on demand, the flood scenario raises the water
 * at 「金桥街道 建设路雨水井」 above both thresholds for some minutes and lets it fall again, so that one alarm
 * and one case open and the alarm clears. Readings go over MQTT as the demo gateway when the embedded broker
 * runs, straight into ingestion otherwise.
 */
@Component
@ConditionalOnBooleanProperty("chengxiang.embedded.active")
class Simulator implements DisposableBean {

	private static final Logger log = LoggerFactory.getLogger(Simulator.class);

	private final SensorsProperties.Simulator settings;

	private final JdbcClient jdbc;

	private final DeviceLookup lookup;

	private final TelemetryIngestion ingestion;

	private final MqttTelemetry mqtt;

	private final Clock clock;

	private final ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor(runnable -> {
		Thread thread = new Thread(runnable, "telemetry-simulator");
		thread.setDaemon(true);
		return thread;
	});

	private volatile boolean periodic;

	private volatile Instant floodStarted;

	private volatile java.util.concurrent.ScheduledFuture<?> ticks;

	private MqttClient publisher;

	Simulator(SensorsProperties properties, JdbcClient jdbc, DeviceLookup lookup, TelemetryIngestion ingestion,
			MqttTelemetry mqtt, Clock clock) {
		this.settings = properties.simulator();
		this.jdbc = jdbc;
		this.lookup = lookup;
		this.ingestion = ingestion;
		this.mqtt = mqtt;
		this.clock = clock;
	}

	@EventListener(ApplicationReadyEvent.class)
	void startIfEnabled() {
		if (settings.enabled()) {
			periodic = true;
			ensureTicking();
			log.info("Telemetry simulator: every demo device reports every {} s", settings.every().toSeconds());
		}
	}

	/** Starts the flood scenario now; answers when the water will have fallen. */
	synchronized Instant startFlood() {
		floodStarted = clock.instant();
		ensureTicking();
		log.info("Telemetry simulator: flood at {} for {} minutes", DemoSensors.FLOOD_DEVICE, settings.floodMinutes());
		return floodStarted.plus(Duration.ofMinutes(settings.floodMinutes()));
	}

	synchronized void stopFlood() {
		floodStarted = null;
	}

	boolean flooding() {
		return floodStarted != null;
	}

	boolean periodic() {
		return periodic;
	}

	private synchronized void ensureTicking() {
		if (ticks == null) {
			long millis = settings.every().toMillis();
			ticks = executor.scheduleWithFixedDelay(this::tick, 0, millis, TimeUnit.MILLISECONDS);
		}
	}

	private void tick() {
		try {
			Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
			List<Sample> messages = new ArrayList<>();
			Instant flood = floodStarted;
			if (flood != null) {
				double minutes = Duration.between(flood, now).toMillis() / 60_000.0;
				if (minutes > settings.floodMinutes()) {
					stopFlood();
				}
				else {
					messages.add(new Sample(DemoSensors.FLOOD_DEVICE, now, floodLevel(minutes, settings.floodMinutes())));
				}
			}
			if (periodic) {
				List<String[]> demo = jdbc.sql("""
						select code, type_code from cityops.device where active and (code like 'DEMO-%' or code = :flood)
						""").param("flood", DemoSensors.FLOOD_DEVICE).query((rs, n) -> new String[] { rs.getString(1), rs.getString(2) }).list();
				for (String[] device : demo) {
					if (flood != null && device[0].equals(DemoSensors.FLOOD_DEVICE)) {
						continue;
					}
					messages.add(new Sample(device[0], now, normal(device[1], now.atZone(clock.getZone()).getHour())));
				}
			}
			if (messages.isEmpty()) {
				return;
			}
			publish(messages);
		}
		catch (RuntimeException ex) {
			log.warn("Telemetry simulator: a tick failed: {}", ex.getMessage());
		}
	}

	private record Sample(String device, Instant ts, double value) {

		byte[] payload() {
			return String.format(Locale.ROOT, "{\"ts\":\"%s\",\"value\":%.3f}", ts, value)
				.getBytes(java.nio.charset.StandardCharsets.UTF_8);
		}

	}

	private void publish(List<Sample> messages) {
		MqttClient client = publisher();
		if (client != null) {
			try {
				for (Sample message : messages) {
					MqttMessage mqttMessage = new MqttMessage(message.payload());
					mqttMessage.setQos(1);
					client.publish(MqttTelemetry.TOPIC_PREFIX + message.device(), mqttMessage);
				}
				return;
			}
			catch (MqttException ex) {
				log.debug("Telemetry simulator: MQTT publish failed, storing directly", ex);
			}
		}
		List<TelemetryIngestion.Reading> readings = new ArrayList<>();
		for (Sample message : messages) {
			lookup.byCode(message.device())
				.ifPresent(device -> readings.add(new TelemetryIngestion.Reading(device, message.ts(), message.value())));
		}
		ingestion.store(readings);
	}

	private synchronized MqttClient publisher() {
		String url = mqtt.brokerUrl();
		if (url == null || mqtt.port() == 0) {
			return null;
		}
		if (publisher == null || !publisher.isConnected()) {
			try {
				if (publisher != null) {
					publisher.close(true);
				}
				// a gateway may use only client ids of its own: its code, or its code and a suffix
				publisher = new MqttClient(url, DemoSensors.GATEWAY + "-simulator", new MemoryPersistence());
				MqttConnectOptions options = new MqttConnectOptions();
				options.setUserName(DemoSensors.GATEWAY);
				options.setPassword(DemoSensors.GATEWAY_KEY.toCharArray());
				options.setMaxInflight(1000);
				publisher.connect(options);
			}
			catch (MqttException ex) {
				log.debug("Telemetry simulator: cannot reach the embedded broker", ex);
				publisher = null;
			}
		}
		return publisher;
	}

	/**
	 * The water level (m) of the flood scenario, {@code minutes} after it began: rises within a minute to 1.3 m,
	 * stays there until two thirds of the scenario, falls to 0.3 m by five sixths, then stays low.
	 */
	static double floodLevel(double minutes, int total) {
		double holdUntil = total * 2.0 / 3;
		double fallUntil = total * 5.0 / 6;
		if (minutes < 1) {
			return 0.2 + 1.1 * Math.max(0, minutes);
		}
		if (minutes < holdUntil) {
			return 1.3 + 0.05 * Math.sin(minutes * 3);
		}
		if (minutes < fallUntil) {
			return 1.3 - 1.0 * (minutes - holdUntil) / (fallUntil - holdUntil);
		}
		return 0.25;
	}

	/** An ordinary day's reading of a device of the type, at an hour of the city's day. */
	static double normal(String type, int hour) {
		ThreadLocalRandom random = ThreadLocalRandom.current();
		boolean rush = (hour >= 7 && hour <= 9) || (hour >= 17 && hour <= 19);
		return switch (type) {
			case "WATER_LEVEL" -> 0.08 + random.nextDouble() * 0.12;
			case "COVER_TILT" -> random.nextDouble() * 2.5;
			case "PIPE_PRESSURE" -> 0.28 + random.nextDouble() * 0.06;
			case "AIR_QUALITY" -> 45 + random.nextDouble() * 50 + (rush ? 20 : 0);
			case "TRAFFIC_FLOW" -> (rush ? 35 : 12) + random.nextDouble() * 15;
			default -> random.nextDouble();
		};
	}

	@Override
	public void destroy() {
		executor.shutdownNow();
		if (publisher != null) {
			try {
				if (publisher.isConnected()) {
					publisher.disconnect(500);
				}
				publisher.close(true);
			}
			catch (MqttException ex) {
				log.debug("Simulator publisher did not close cleanly", ex);
			}
		}
	}

}
