package org.chengxiang.cityops.sensors;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Properties;

import io.moquette.BrokerConstants;
import io.moquette.broker.Server;
import io.moquette.broker.config.MemoryConfig;
import io.moquette.broker.security.IAuthenticator;
import io.moquette.broker.security.IAuthorizatorPolicy;
import io.moquette.broker.subscriptions.Topic;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.logging.LogLevel;
import org.springframework.boot.logging.LoggingSystem;

/**
 * The Moquette broker of the embedded default. It listens on loopback unless told otherwise. Gateways sign in
 * with their code and key under client ids of their own (never the platform's, so none can take over the
 * platform's durable session) and publish only for their own devices; the platform signs in with a secret of
 * this run, which no gateway has, and alone reads.
 */
final class EmbeddedBroker {

	/** The largest message the broker takes; a larger one closes the sender's connection. */
	static final int MAX_BYTES = 1024 * 1024;

	private static final Logger log = LoggerFactory.getLogger(MqttTelemetry.class);

	private final SensorsProperties.Mqtt settings;

	private final String platformUser;

	private final byte[] platformSecret;

	private final Gateways gateways;

	private final DeviceLookup devices;

	private final GatewayRefusals refusals;

	private final RateLimitedLog refusedConnections = new RateLimitedLog(Duration.ofMinutes(1));

	private Server server;

	private MoquetteLogFilter logFilter;

	private int port;

	EmbeddedBroker(SensorsProperties.Mqtt settings, String platformUser, String platformSecret, Gateways gateways,
			DeviceLookup devices, GatewayRefusals refusals) {
		this.settings = settings;
		this.platformUser = platformUser;
		this.platformSecret = platformSecret.getBytes(StandardCharsets.UTF_8);
		this.gateways = gateways;
		this.devices = devices;
		this.refusals = refusals;
	}

	/** Starts listening on the configured host and port (0: a free one). */
	void start(boolean brokerLogConfigured) {
		port = settings.port() == 0 ? freePort() : settings.port();
		Properties config = new Properties();
		config.setProperty(BrokerConstants.HOST_PROPERTY_NAME, settings.host());
		config.setProperty(BrokerConstants.PORT_PROPERTY_NAME, String.valueOf(port));
		config.setProperty(BrokerConstants.WEB_SOCKET_PORT_PROPERTY_NAME, BrokerConstants.DISABLED_PORT_BIND);
		config.setProperty(BrokerConstants.ALLOW_ANONYMOUS_PROPERTY_NAME, "false");
		config.setProperty(BrokerConstants.PERSISTENCE_ENABLED_PROPERTY_NAME, "false");
		// Moquette reports usage to its authors unless told not to; the platform sends nothing anywhere
		config.setProperty(BrokerConstants.ENABLE_TELEMETRY_NAME, "false");
		config.setProperty(BrokerConstants.NETTY_MAX_BYTES_PROPERTY_NAME, String.valueOf(MAX_BYTES));
		if (!brokerLogConfigured) {
			// the broker logs every MQTT packet at INFO: thousands a second under load
			LoggingSystem.get(getClass().getClassLoader()).setLogLevel("io.moquette", LogLevel.WARN);
		}
		logFilter = MoquetteLogFilter.install(MAX_BYTES);
		server = new Server();
		try {
			server.startServer(new MemoryConfig(config), List.of(), null, new Authenticator(), new Topics());
		}
		catch (IOException ex) {
			server = null;
			throw new UncheckedIOException("Could not start the embedded MQTT broker on port " + port, ex);
		}
		log.info("MQTT: embedded broker listening on {}:{}", settings.host(), port);
	}

	int port() {
		return server == null ? 0 : port;
	}

	/** Where the platform reaches the broker: loopback when it listens on every interface. */
	String url() {
		String host = settings.host();
		if (host.equals("0.0.0.0") || host.equals("::") || host.isBlank()) {
			host = "127.0.0.1";
		}
		return "tcp://" + (host.indexOf(':') >= 0 ? "[" + host + "]" : host) + ":" + port;
	}

	void stop() {
		if (server != null) {
			server.stopServer();
			server = null;
		}
		if (logFilter != null) {
			logFilter.uninstall();
			logFilter = null;
		}
	}

	private static int freePort() {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * The platform with its secret of this run and its own client id; a gateway with its code and key, under its
	 * code or its code and a suffix as client id. A CONNECT is refused before the broker looks for a session, so a
	 * refused client never touches one.
	 */
	private final class Authenticator implements IAuthenticator {

		@Override
		public boolean checkValid(String clientId, String username, byte[] password) {
			if (username == null || password == null) {
				return false;
			}
			if (platformUser.equals(username)) {
				return MessageDigest.isEqual(platformSecret, password) && settings.clientId().equals(clientId);
			}
			if (settings.clientId().equals(clientId) || !Gateways.ownsClientId(username, clientId)
					|| gateways.clientIdOfAnother(username, clientId)) {
				if (refusedConnections.permit(username) >= 0) {
					log.warn("MQTT: refused a connection of {} as client id {}, which is not its own", username,
							clientId);
				}
				return false;
			}
			return gateways.authenticate(username, new String(password, StandardCharsets.UTF_8));
		}

	}

	/**
	 * Gateways publish telemetry of their own devices only; the platform alone reads it. A message for a device of
	 * another gateway is dropped here, unacknowledged, and counted on the sender.
	 */
	private final class Topics implements IAuthorizatorPolicy {

		@Override
		public boolean canWrite(Topic topic, String user, String client) {
			TelemetryTopic telemetry = TelemetryTopic.parse(topic.toString());
			if (telemetry == null || platformUser.equals(user)) {
				return false;
			}
			if (telemetry.gateway() != null && !telemetry.gateway().equals(user)) {
				refusals.note(user, telemetry.device(), 1);
				return false;
			}
			// an unknown or deactivated device passes: the platform refuses the message and says why
			Optional<DeviceInfo> device = devices.byCode(telemetry.device());
			if (device.isPresent() && !device.get().belongsTo(user)) {
				refusals.note(user, telemetry.device(), 1);
				return false;
			}
			return true;
		}

		@Override
		public boolean canRead(Topic topic, String user, String client) {
			return platformUser.equals(user);
		}

	}

}
