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
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.chengxiang.cityops.grid.GridLocator;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.chengxiang.cityops.sensors.SensorFixtures.batch;
import static org.chengxiang.cityops.sensors.SensorFixtures.send;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.chengxiang.directory.TestRegistrations.PASSWORD;

/**
 * Each device belongs to one gateway: a reading another gateway sends for it is refused, over HTTP and MQTT alike,
 * and counted on the sending gateway, whose line on the gateway page shows the refusals.
 */
@SpringBootTest
@AutoConfigureMockMvc
class GatewayDevicesIntegrationTests {

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

	Gateways.Registered owner;

	Gateways.Registered intruder;

	@BeforeEach
	void gateways() {
		owner = gateways.register(SensorFixtures.unique("GW"), "设备所属网关", "test");
		intruder = gateways.register(SensorFixtures.unique("GW"), "另一网关", "test");
	}

	@Test
	void anHttpBatchWithAReadingForAnotherGatewaysDeviceIsRefusedWholeNamingItAndCounted() throws Exception {
		String owned = SensorFixtures.device(mvc, grid, owner, "WATER_LEVEL", 3600, "");
		String own = SensorFixtures.device(mvc, grid, intruder, "WATER_LEVEL", 3600, "");
		Instant ts = Instant.now().minusSeconds(60).truncatedTo(ChronoUnit.MILLIS);
		String body = "[" + batch(own, ts, 0.1).replaceAll("^\\[|\\]$", "") + ","
				+ batch(owned, ts, 0.1).replaceAll("^\\[|\\]$", "") + ","
				+ "{\"device\":\"" + owned + "\",\"readings\":[{\"ts\":\"" + ts.plusSeconds(1) + "\",\"value\":0.2},"
				+ "{\"ts\":\"" + ts.plusSeconds(2) + "\",\"value\":0.3}]}]";

		send(mvc, intruder, body).andExpect(status().isForbidden())
			.andExpect(jsonPath("$.refusedCount").value(3))
			.andExpect(jsonPath("$.refused[0].field").value("[1].device"))
			.andExpect(jsonPath("$.refused[0].device").value(owned))
			.andExpect(jsonPath("$.refused[1].field").value("[2].device"))
			.andExpect(jsonPath("$.detail").value(containsString("其他网关")));
		// the whole batch, its own reading included, is not stored
		assertThat(readings(own)).isZero();
		assertThat(readings(owned)).isZero();
		// the owner sends the same readings: stored
		send(mvc, owner, batch(owned, ts, 0.1)).andExpect(status().isOk()).andExpect(jsonPath("$.stored").value(1));
		send(mvc, intruder, batch(own, ts, 0.1)).andExpect(status().isOk()).andExpect(jsonPath("$.stored").value(1));

		mvc.perform(get("/cityops/gateways").accept(MediaType.TEXT_HTML).with(httpBasic("admin", PASSWORD)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"refusals-" + intruder.code() + "\"")))
			.andExpect(content().string(containsString(owned)));
		assertThat(refused(intruder)).isEqualTo(3);
		assertThat(refused(owner)).isZero();
	}

	@Test
	void anMqttReadingForAnotherGatewaysDeviceIsRefusedAndCountedWhileItsOwnAreStored() throws Exception {
		String owned = SensorFixtures.device(mvc, grid, owner, "COVER_TILT", 3600, "");
		String own = SensorFixtures.device(mvc, grid, intruder, "COVER_TILT", 3600, "");
		MqttClient client = connect(intruder, intruder.code() + "-1");
		try {
			Instant ts = Instant.now().minusSeconds(30).truncatedTo(ChronoUnit.MILLIS);
			String reading = "{\"ts\":\"" + ts + "\",\"value\":50}";
			publish(client, MqttTelemetry.TOPIC_PREFIX + owned, reading, 0);
			publish(client, MqttTelemetry.TOPIC_PREFIX + owned, reading, 0);
			publish(client, MqttTelemetry.TOPIC_PREFIX + own, reading, 1);
			await().atMost(Duration.ofSeconds(30)).until(() -> readings(own) == 1 && refused(intruder) == 2);
		}
		finally {
			client.disconnect();
			client.close();
		}
		assertThat(readings(owned)).isZero();
		assertThat(jdbc.sql("select last_refused_device from cityops.gateway where code = :c")
			.param("c", intruder.code()).query(String.class).single()).isEqualTo(owned);
	}

	private MqttClient connect(Gateways.Registered gateway, String clientId) throws MqttException {
		MqttClient client = new MqttClient("tcp://127.0.0.1:" + mqtt.port(), clientId, new MemoryPersistence());
		MqttConnectOptions options = new MqttConnectOptions();
		options.setUserName(gateway.code());
		options.setPassword(gateway.key().toCharArray());
		options.setConnectionTimeout(5);
		client.connect(options);
		return client;
	}

	static void publish(MqttClient client, String topic, String payload, int qos) throws MqttException {
		MqttMessage message = new MqttMessage(payload.getBytes(StandardCharsets.UTF_8));
		message.setQos(qos);
		client.publish(topic, message);
	}

	private int readings(String device) {
		return jdbc.sql("select count(*) from cityops.reading r join cityops.device d on d.id = r.device_id where d.code = :c")
			.param("c", device).query(Integer.class).single();
	}

	private long refused(Gateways.Registered gateway) {
		return jdbc.sql("select refused_readings from cityops.gateway where code = :c")
			.param("c", gateway.code()).query(Long.class).single();
	}

}
