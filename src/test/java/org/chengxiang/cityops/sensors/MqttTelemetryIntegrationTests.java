package org.chengxiang.cityops.sensors;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

import org.eclipse.paho.client.mqttv3.MqttClient;
import org.eclipse.paho.client.mqttv3.MqttConnectOptions;
import org.eclipse.paho.client.mqttv3.MqttException;
import org.eclipse.paho.client.mqttv3.MqttMessage;
import org.eclipse.paho.client.mqttv3.persist.MemoryPersistence;
import org.junit.jupiter.api.Test;

import org.chengxiang.cityops.grid.GridLocator;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Telemetry over MQTT, against the embedded broker on a free port: a re-delivered message is stored and
 * evaluated once, a bad message is refused alone, and a wrong key does not connect.
 */
@SpringBootTest
@AutoConfigureMockMvc
class MqttTelemetryIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	GridLocator grid;

	@Autowired
	Gateways gateways;

	@Autowired
	MqttTelemetry mqtt;

	@Test
	void reDeliveredMessageIsStoredAndEvaluatedOnce() throws Exception {
		assertThat(mqtt.port()).as("the embedded broker runs on a free port").isPositive().isNotEqualTo(1883);
		Gateways.Registered gateway = gateways.register(SensorFixtures.unique("GW"), "测试网关", "test");
		String device = SensorFixtures.device(mvc, grid, gateway, "COVER_TILT", 3600, "");
		String other = SensorFixtures.device(mvc, grid, gateway, "COVER_TILT", 3600, "");
		MqttTelemetry.Stats before = mqtt.stats();
		MqttClient client = connect(gateway.code(), gateway.key());
		try {
			String reading = "{\"ts\":\"" + Instant.now().minusSeconds(30).truncatedTo(ChronoUnit.MILLIS) + "\",\"value\":30}";
			publish(client, device, reading);
			publish(client, device, reading);
			publish(client, other, "{\"ts\":\"not a time\",\"value\":1}");
			publish(client, other, "[{\"ts\":\"" + Instant.now().minusSeconds(20) + "\",\"value\":1.5},{\"ts\":\""
					+ Instant.now().minusSeconds(10) + "\",\"value\":1.6}]");
			await().atMost(Duration.ofSeconds(30)).until(() -> mqtt.stats().messages() >= before.messages() + 4 && rows(other) == 2);
		}
		finally {
			client.disconnect();
			client.close();
		}
		assertThat(rows(device)).isEqualTo(1);
		assertThat(jdbc.sql("""
				select count(*) from cityops.alarm a join cityops.device d on d.id = a.device_id
				where d.code = :c and a.case_class_code = 'C-0103'
				""").param("c", device).query(Integer.class).single()).isEqualTo(1);
		MqttTelemetry.Stats after = mqtt.stats();
		assertThat(after.connected()).isTrue();
		assertThat(after.rejected() - before.rejected()).isGreaterThanOrEqualTo(1);
	}

	@Test
	void aWrongKeyDoesNotConnect() {
		Gateways.Registered gateway = gateways.register(SensorFixtures.unique("GW"), "测试网关", "test");
		assertThatThrownBy(() -> connect(gateway.code(), "not-the-key")).isInstanceOf(MqttException.class);
	}

	@Test
	void aGatewayCannotTakeOverThePlatformsSessionWhichKeepsReceiving() throws Exception {
		Gateways.Registered gateway = gateways.register(SensorFixtures.unique("GW"), "测试网关", "test");
		Gateways.Registered other = gateways.register(SensorFixtures.unique("GW"), "另一网关", "test");
		String device = SensorFixtures.device(mvc, grid, gateway, "WATER_LEVEL", 3600, "");
		MqttClient client = connect(gateway.code(), gateway.key(), gateway.code() + "-uplink");
		try {
			Instant base = Instant.now().minusSeconds(120).truncatedTo(ChronoUnit.MILLIS);
			for (int i = 0; i < 10; i++) {
				publish(client, device, "{\"ts\":\"" + base.plusSeconds(i) + "\",\"value\":0.1}");
			}
			// with its own valid key, a gateway may not use the platform's client id, nor another gateway's
			assertThatThrownBy(() -> connect(gateway.code(), gateway.key(), "chengxiang-platform"))
				.isInstanceOf(MqttException.class);
			assertThatThrownBy(() -> connect(gateway.code(), gateway.key(), other.code()))
				.isInstanceOf(MqttException.class);
			assertThatThrownBy(() -> connect(gateway.code(), gateway.key(), "any-" + gateway.code()))
				.isInstanceOf(MqttException.class);
			for (int i = 10; i < 25; i++) {
				publish(client, device, "{\"ts\":\"" + base.plusSeconds(i) + "\",\"value\":0.1}");
			}
			await().atMost(Duration.ofSeconds(30)).until(() -> rows(device) == 25);
		}
		finally {
			client.disconnect();
			client.close();
		}
		assertThat(mqtt.stats().connected()).isTrue();
	}

	@Test
	void aClientIdBeginningWithALongerGatewayCodeIsThatGatewaysOnly() throws Exception {
		Gateways.Registered parent = gateways.register(SensorFixtures.unique("GW"), "网关", "test");
		Gateways.Registered child = gateways.register(parent.code() + "-2", "编码相近的网关", "test");
		assertThatThrownBy(() -> connect(parent.code(), parent.key(), child.code())).isInstanceOf(MqttException.class);
		assertThatThrownBy(() -> connect(parent.code(), parent.key(), child.code() + "-a"))
			.isInstanceOf(MqttException.class);
		for (MqttClient client : new MqttClient[] { connect(parent.code(), parent.key(), parent.code() + "-3"),
				connect(child.code(), child.key(), child.code() + "-a") }) {
			assertThat(client.isConnected()).isTrue();
			client.disconnect();
			client.close();
		}
	}

	@Test
	void theEmbeddedBrokerListensOnLoopbackOnly() throws Exception {
		java.net.InetAddress outside = java.util.Collections.list(java.net.NetworkInterface.getNetworkInterfaces())
			.stream()
			.flatMap(network -> java.util.Collections.list(network.getInetAddresses()).stream())
			.filter(address -> !address.isLoopbackAddress() && address instanceof java.net.Inet4Address)
			.findFirst()
			.orElse(null);
		org.junit.jupiter.api.Assumptions.assumeTrue(outside != null, "no address but loopback on this machine");
		try (java.net.Socket loopback = new java.net.Socket("127.0.0.1", mqtt.port())) {
			assertThat(loopback.isConnected()).isTrue();
		}
		assertThatThrownBy(() -> new java.net.Socket(outside, mqtt.port()).close())
			.isInstanceOf(java.net.ConnectException.class);
	}

	private MqttClient connect(String user, String password) throws MqttException {
		return connect(user, password, user + "-t");
	}

	private MqttClient connect(String user, String password, String clientId) throws MqttException {
		MqttClient client = new MqttClient("tcp://127.0.0.1:" + mqtt.port(), clientId, new MemoryPersistence());
		MqttConnectOptions options = new MqttConnectOptions();
		options.setUserName(user);
		options.setPassword(password.toCharArray());
		options.setConnectionTimeout(5);
		client.connect(options);
		return client;
	}

	private static void publish(MqttClient client, String device, String payload) throws MqttException {
		MqttMessage message = new MqttMessage(payload.getBytes(StandardCharsets.UTF_8));
		message.setQos(1);
		client.publish(MqttTelemetry.TOPIC_PREFIX + device, message);
	}

	private int rows(String device) {
		return jdbc.sql("select count(*) from cityops.reading r join cityops.device d on d.id = r.device_id where d.code = :c")
			.param("c", device).query(Integer.class).single();
	}

}
