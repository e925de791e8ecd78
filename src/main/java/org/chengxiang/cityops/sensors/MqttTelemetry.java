package org.chengxiang.cityops.sensors;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import io.moquette.BrokerConstants;
import io.moquette.broker.Server;
import io.moquette.broker.config.MemoryConfig;
import io.moquette.broker.security.IAuthenticator;
import io.moquette.broker.security.IAuthorizatorPolicy;
import io.moquette.broker.subscriptions.Topic;
import org.eclipse.paho.client.mqttv3.IMqttDeliveryToken;
import org.eclipse.paho.client.mqttv3.MqttCallbackExtended;
import org.eclipse.paho.client.mqttv3.MqttClient;
import org.eclipse.paho.client.mqttv3.MqttConnectOptions;
import org.eclipse.paho.client.mqttv3.MqttException;
import org.eclipse.paho.client.mqttv3.MqttMessage;
import org.eclipse.paho.client.mqttv3.persist.MemoryPersistence;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.chengxiang.platform.web.BadInputException;

import org.springframework.context.SmartLifecycle;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * Telemetry over MQTT: devices (or their gateways) publish to {@code chengxiang/telemetry/{deviceCode}} a JSON
 * reading or an array of them; the platform subscribes with QoS 1 and acknowledges a message only after the
 * transaction that stored its readings committed, so a message is delivered at least once and, by the readings'
 * primary key, stored once. Messages are stored in small batches that share a transaction.
 *
 * <p>
 * With {@code chengxiang.cityops.mqtt.broker-url} set the platform connects to that broker (Mosquitto, EMQX …);
 * without it, the embedded default runs a Moquette broker in-process, where gateways sign in with their code
 * and key, and a configured production database runs without MQTT.
 */
@Component
class MqttTelemetry implements SmartLifecycle {

	static final String TOPIC_PREFIX = "chengxiang/telemetry/";

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

	private final JsonMapper json;

	private final BlockingQueue<Incoming> queue = new LinkedBlockingQueue<>(100_000);

	private final AtomicLong messages = new AtomicLong();

	private final AtomicLong rejected = new AtomicLong();

	private final AtomicLong stored = new AtomicLong();

	private final AtomicLong evaluated = new AtomicLong();

	private volatile boolean running;

	private Server broker;

	private int port;

	private MqttClient client;

	private Thread writer;

	private String platformPassword;

	MqttTelemetry(SensorsProperties properties, Environment environment, TelemetryInput input,
			TelemetryIngestion ingestion, Gateways gateways, JsonMapper json) {
		this.settings = properties.mqtt();
		this.embeddedDatabase = environment.getProperty(EMBEDDED_ACTIVE, Boolean.class, false);
		this.brokerLogConfigured = environment.containsProperty("logging.level.io.moquette");
		this.input = input;
		this.ingestion = ingestion;
		this.gateways = gateways;
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
		return broker == null ? 0 : port;
	}

	String brokerUrl() {
		if (!settings.embedded()) {
			return settings.brokerUrl();
		}
		return broker == null ? null : "tcp://127.0.0.1:" + port;
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
			byte[] secret = new byte[24];
			new SecureRandom().nextBytes(secret);
			platformPassword = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
			startBroker();
			url = "tcp://127.0.0.1:" + port;
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
			log.info("MQTT: subscribed to {}+ on {}", TOPIC_PREFIX, url);
		}
		catch (MqttException ex) {
			// the platform runs without MQTT rather than not at all; automatic reconnect is not possible before a
			// first connection, so say so loudly
			log.error("MQTT: could not connect to {}: {}; telemetry arrives over HTTP only", url, ex.getMessage());
		}
	}

	private void startBroker() {
		port = settings.port() == 0 ? freePort() : settings.port();
		Properties config = new Properties();
		config.setProperty(BrokerConstants.HOST_PROPERTY_NAME, settings.host());
		config.setProperty(BrokerConstants.PORT_PROPERTY_NAME, String.valueOf(port));
		config.setProperty(BrokerConstants.WEB_SOCKET_PORT_PROPERTY_NAME, BrokerConstants.DISABLED_PORT_BIND);
		config.setProperty(BrokerConstants.ALLOW_ANONYMOUS_PROPERTY_NAME, "false");
		config.setProperty(BrokerConstants.PERSISTENCE_ENABLED_PROPERTY_NAME, "false");
		// Moquette reports usage to its authors unless told not to; the platform sends nothing anywhere
		config.setProperty(BrokerConstants.ENABLE_TELEMETRY_NAME, "false");
		config.setProperty(BrokerConstants.NETTY_MAX_BYTES_PROPERTY_NAME, String.valueOf(1024 * 1024));
		if (!brokerLogConfigured) {
			// the broker logs every MQTT packet at INFO: thousands a second under load
			org.springframework.boot.logging.LoggingSystem.get(getClass().getClassLoader())
				.setLogLevel("io.moquette", org.springframework.boot.logging.LogLevel.WARN);
		}
		broker = new Server();
		try {
			broker.startServer(new MemoryConfig(config), List.of(), null, new GatewayAuthenticator(),
					new TelemetryTopics());
		}
		catch (IOException ex) {
			broker = null;
			throw new UncheckedIOException("Could not start the embedded MQTT broker on port " + port, ex);
		}
		log.info("MQTT: embedded broker listening on {}:{}", settings.host(), port);
	}

	private static int freePort() {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
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
			broker.stopServer();
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
				readings.addAll(input.message(message.deviceCode(), json.readTree(message.payload())));
			}
			catch (BadInputException | JacksonException ex) {
				rejected.incrementAndGet();
				log.warn("MQTT: refused a message for device {}: {}", message.deviceCode(), ex.getMessage());
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

	private record Incoming(String deviceCode, byte[] payload, int id, int qos) {
	}

	private final class Callback implements MqttCallbackExtended {

		@Override
		public void connectComplete(boolean reconnect, String serverUri) {
			try {
				client.subscribe(TOPIC_PREFIX + "+", 1);
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
		public void messageArrived(String topic, MqttMessage message) throws InterruptedException {
			messages.incrementAndGet();
			String device = topic.startsWith(TOPIC_PREFIX) ? topic.substring(TOPIC_PREFIX.length()) : topic;
			queue.put(new Incoming(device, message.getPayload(), message.getId(), message.getQos()));
		}

		@Override
		public void deliveryComplete(IMqttDeliveryToken token) {
		}

	}

	/** Gateways sign in with their code and key; the platform with its own secret of this run. */
	private final class GatewayAuthenticator implements IAuthenticator {

		@Override
		public boolean checkValid(String clientId, String username, byte[] password) {
			if (username == null || password == null) {
				return false;
			}
			String secret = new String(password, StandardCharsets.UTF_8);
			if (PLATFORM_USER.equals(username)) {
				return platformPassword != null
						&& java.security.MessageDigest.isEqual(platformPassword.getBytes(StandardCharsets.UTF_8), password);
			}
			return gateways.authenticate(username, secret);
		}

	}

	/** Gateways publish telemetry; only the platform reads it. */
	private static final class TelemetryTopics implements IAuthorizatorPolicy {

		@Override
		public boolean canWrite(Topic topic, String user, String client) {
			return topic.toString().startsWith(TOPIC_PREFIX);
		}

		@Override
		public boolean canRead(Topic topic, String user, String client) {
			return PLATFORM_USER.equals(user);
		}

	}

}
