package org.chengxiang.cityops.sensors;

import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import org.eclipse.paho.client.mqttv3.IMqttDeliveryToken;
import org.eclipse.paho.client.mqttv3.MqttCallbackExtended;
import org.eclipse.paho.client.mqttv3.MqttClient;
import org.eclipse.paho.client.mqttv3.MqttConnectOptions;
import org.eclipse.paho.client.mqttv3.MqttException;
import org.eclipse.paho.client.mqttv3.MqttMessage;
import org.eclipse.paho.client.mqttv3.persist.MemoryPersistence;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.chengxiang.platform.domain.RuleBroken;

import org.springframework.context.SmartLifecycle;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * Telemetry over MQTT: gateways publish to {@code chengxiang/telemetry/{deviceCode}} (or
 * {@code chengxiang/telemetry/{gatewayCode}/{deviceCode}}) a JSON reading or an array of them; the platform
 * subscribes with QoS 1 and acknowledges a message only after the transaction that stored its readings committed,
 * so a message is delivered at least once and, by the readings' primary key, stored once. Messages are stored in
 * small batches that share a transaction. A gateway's message for a device that is not its own is refused and
 * counted on the gateway.
 *
 * <p>
 * With {@code chengxiang.cityops.mqtt.broker-url} set the platform connects to that broker (Mosquitto, EMQX …) and
 * takes only the topics that name the gateway, whose access list must let each gateway publish under its own code
 * only; without it, the embedded default runs a Moquette broker in-process ({@link EmbeddedBroker}), and a
 * configured production database runs without MQTT.
 */
@Component
class MqttTelemetry implements SmartLifecycle {

	static final String TOPIC_PREFIX = TelemetryTopic.PREFIX;

	private static final Logger log = LoggerFactory.getLogger(MqttTelemetry.class);

	private static final String PLATFORM_USER = "chengxiang-platform";

	/** Set by the platform when it runs on its embedded database (the demo default). */
	static final String EMBEDDED_ACTIVE = "chengxiang.embedded.active";

	private final SensorsProperties.Mqtt settings;

	private final boolean embeddedDatabase;

	private final boolean brokerLogConfigured;

	private final TelemetryInput input;

	private final TelemetryIngestion ingestion;

	private final Gateways gateways;

	private final DeviceLookup devices;

	private final GatewayRefusals refusals;

	private final JsonMapper json;

	private final RateLimitedLog refusedLines = new RateLimitedLog(Duration.ofMinutes(1));

	private final BlockingQueue<Incoming> queue = new LinkedBlockingQueue<>(100_000);

	private final AtomicLong messages = new AtomicLong();

	private final AtomicLong rejected = new AtomicLong();

	private final AtomicLong stored = new AtomicLong();

	private final AtomicLong evaluated = new AtomicLong();

	private volatile boolean running;

	private EmbeddedBroker broker;

	private MqttClient client;

	private Thread writer;

	MqttTelemetry(SensorsProperties properties, Environment environment, TelemetryInput input,
			TelemetryIngestion ingestion, Gateways gateways, DeviceLookup devices, GatewayRefusals refusals,
			JsonMapper json) {
		this.settings = properties.mqtt();
		this.embeddedDatabase = environment.getProperty(EMBEDDED_ACTIVE, Boolean.class, false);
		this.brokerLogConfigured = environment.containsProperty("logging.level.io.moquette");
		this.input = input;
		this.ingestion = ingestion;
		this.gateways = gateways;
		this.devices = devices;
		this.refusals = refusals;
		this.json = json;
	}

	/** What has arrived so far. */
	record Stats(boolean connected, String brokerUrl, long messages, long rejected, long stored, long evaluated) {
	}

	Stats stats() {
		return new Stats(client != null && client.isConnected(), brokerUrl(), messages.get(), rejected.get(),
				stored.get(), evaluated.get());
	}

	/** The port of the embedded broker, 0 when none runs. */
	int port() {
		return broker == null ? 0 : broker.port();
	}

	String brokerUrl() {
		if (!settings.embedded()) {
			return settings.brokerUrl();
		}
		return broker == null ? null : broker.url();
	}

	@Override
	public synchronized void start() {
		if (running || !settings.enabled()) {
			return;
		}
		String url;
		String username;
		char[] password;
		if (settings.embedded()) {
			if (!embeddedDatabase) {
				log.info("MQTT: no chengxiang.cityops.mqtt.broker-url configured; telemetry arrives over HTTP only");
				return;
			}
			// the platform's own secret, of this run only: no gateway has it
			byte[] secret = new byte[24];
			new SecureRandom().nextBytes(secret);
			String platformPassword = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
			broker = new EmbeddedBroker(settings, PLATFORM_USER, platformPassword, gateways, devices, refusals);
			broker.start(brokerLogConfigured);
			url = broker.url();
			username = PLATFORM_USER;
			password = platformPassword.toCharArray();
		}
		else {
			url = settings.brokerUrl();
			username = settings.username();
			password = settings.password().toCharArray();
		}
		try {
			client = new MqttClient(url, settings.clientId(), new MemoryPersistence());
			client.setManualAcks(true);
			client.setCallback(new Callback());
			MqttConnectOptions options = new MqttConnectOptions();
			// a durable session: QoS 1 messages published while the platform is away wait for it
			options.setCleanSession(false);
			options.setAutomaticReconnect(true);
			options.setMaxInflight(1000);
			if (!username.isBlank()) {
				options.setUserName(username);
				options.setPassword(password);
			}
			running = true;
			writer = new Thread(this::writeLoop, "mqtt-telemetry-writer");
			writer.setDaemon(true);
			writer.start();
			client.connect(options);
			log.info("MQTT: subscribed to {} on {}", String.join(", ", topics()), url);
		}
		catch (MqttException ex) {
			// the platform runs without MQTT rather than not at all; automatic reconnect is not possible before a
			// first connection, so say so loudly
			log.error("MQTT: could not connect to {}: {}; telemetry arrives over HTTP only", url, ex.getMessage());
		}
	}

	/** The embedded broker knows who publishes; an external one only by the topic, which names the gateway. */
	private String[] topics() {
		return settings.embedded() ? new String[] { TelemetryTopic.DEVICE_TOPICS, TelemetryTopic.GATEWAY_TOPICS }
				: new String[] { TelemetryTopic.GATEWAY_TOPICS };
	}

	@Override
	public synchronized void stop() {
		running = false;
		if (writer != null) {
			writer.interrupt();
			try {
				writer.join(5_000);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
			writer = null;
		}
		if (client != null) {
			try {
				if (client.isConnected()) {
					client.disconnect(1_000);
				}
				client.close(true);
			}
			catch (MqttException ex) {
				log.debug("MQTT client did not close cleanly", ex);
			}
			client = null;
		}
		if (broker != null) {
			broker.stop();
			broker = null;
		}
	}

	@Override
	public boolean isRunning() {
		return running;
	}

	/** Stores queued messages in batches: one transaction for up to {@code batchSize} messages. */
	private void writeLoop() {
		List<Incoming> batch = new ArrayList<>();
		long waitNanos = settings.batchWait().toNanos();
		while (running || !queue.isEmpty()) {
			try {
				Incoming first = queue.poll(200, TimeUnit.MILLISECONDS);
				if (first == null) {
					flushRefusals();
					continue;
				}
				batch.add(first);
				long deadline = System.nanoTime() + waitNanos;
				while (batch.size() < settings.batchSize()) {
					long left = deadline - System.nanoTime();
					Incoming next = left > 0 ? queue.poll(left, TimeUnit.NANOSECONDS) : queue.poll();
					if (next == null) {
						break;
					}
					batch.add(next);
				}
				write(batch);
				batch.clear();
				flushRefusals();
			}
			catch (InterruptedException ex) {
				if (!running) {
					break;
				}
			}
		}
	}

	private void write(List<Incoming> batch) throws InterruptedException {
		List<TelemetryIngestion.Reading> readings = new ArrayList<>();
		for (Incoming message : batch) {
			try {
				readings.addAll(input.message(message.topic().device(), json.readTree(message.payload()),
						message.topic().gateway()));
			}
			catch (RefusedReadings ex) {
				rejected.incrementAndGet();
				refusals.note(message.topic().gateway(), ex.lastDevice(), ex.readings());
			}
			catch (RuleBroken | JacksonException ex) {
				rejected.incrementAndGet();
				long held = refusedLines.permit(message.topic().device());
				if (held >= 0) {
					log.warn("MQTT: refused a message for device {}: {} ({} more refused for it since the last line)",
							message.topic().device(), ex.getMessage(), held);
				}
			}
		}
		while (true) {
			try {
				TelemetryIngestion.Outcome outcome = ingestion.store(readings);
				stored.addAndGet(outcome.stored());
				evaluated.addAndGet(outcome.evaluated());
				break;
			}
			catch (RuntimeException ex) {
				// not acknowledged: the broker keeps the messages; try again shortly
				log.error("MQTT: storing {} readings failed, retrying: {}", readings.size(), ex.getMessage());
				if (!running) {
					return;
				}
				Thread.sleep(1_000);
			}
		}
		MqttClient current = client;
		for (Incoming message : batch) {
			try {
				if (current != null && message.qos() > 0) {
					current.messageArrivedComplete(message.id(), message.qos());
				}
			}
			catch (MqttException ex) {
				log.debug("MQTT: acknowledgement failed; the broker will deliver the message again", ex);
			}
		}
	}

	/** Refusals noted by the broker's threads and by {@link #write}, written between batches. */
	private void flushRefusals() {
		try {
			refusals.flush();
		}
		catch (RuntimeException ex) {
			log.warn("MQTT: could not write the gateways' refusals: {}", ex.getMessage());
		}
	}

	private record Incoming(TelemetryTopic topic, byte[] payload, int id, int qos) {
	}

	private final class Callback implements MqttCallbackExtended {

		@Override
		public void connectComplete(boolean reconnect, String serverUri) {
			try {
				String[] topics = topics();
				int[] qos = new int[topics.length];
				java.util.Arrays.fill(qos, 1);
				client.subscribe(topics, qos);
			}
			catch (MqttException ex) {
				log.error("MQTT: could not subscribe on {}", serverUri, ex);
			}
		}

		@Override
		public void connectionLost(Throwable cause) {
			if (running) {
				log.warn("MQTT: connection lost ({}); reconnecting", cause == null ? "" : cause.getMessage());
			}
		}

		@Override
		public void messageArrived(String topic, MqttMessage message) throws InterruptedException, MqttException {
			messages.incrementAndGet();
			TelemetryTopic telemetry = TelemetryTopic.parse(topic);
			if (telemetry == null) {
				// not a telemetry topic (a misconfigured external broker): nothing to store, nothing to wait for
				rejected.incrementAndGet();
				client.messageArrivedComplete(message.getId(), message.getQos());
				return;
			}
			queue.put(new Incoming(telemetry, message.getPayload(), message.getId(), message.getQos()));
		}

		@Override
		public void deliveryComplete(IMqttDeliveryToken token) {
		}

	}

}
