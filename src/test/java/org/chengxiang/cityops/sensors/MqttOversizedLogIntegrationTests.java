package org.chengxiang.cityops.sensors;

import java.time.Duration;

import org.eclipse.paho.client.mqttv3.MqttClient;
import org.eclipse.paho.client.mqttv3.MqttConnectOptions;
import org.eclipse.paho.client.mqttv3.MqttException;
import org.eclipse.paho.client.mqttv3.MqttMessage;
import org.eclipse.paho.client.mqttv3.persist.MemoryPersistence;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A client that keeps sending messages above the broker's limit fills the log with one line a minute, not with a
 * stack trace per message.
 */
@SpringBootTest
@ExtendWith(OutputCaptureExtension.class)
class MqttOversizedLogIntegrationTests {

	@Autowired
	Gateways gateways;

	@Autowired
	MqttTelemetry mqtt;

	@Test
	void severalOversizedPublishesLogOneLineWithoutAStackTrace(CapturedOutput output) throws Exception {
		Gateways.Registered gateway = gateways.register(SensorFixtures.unique("GW"), "超大报文网关", "test");
		int before = lines(output);
		byte[] payload = new byte[1024 * 1024 + 100];
		java.util.Arrays.fill(payload, (byte) '1');
		for (int i = 0; i < 4; i++) {
			MqttClient client = new MqttClient("tcp://127.0.0.1:" + mqtt.port(), gateway.code(),
					new MemoryPersistence());
			MqttConnectOptions options = new MqttConnectOptions();
			options.setUserName(gateway.code());
			options.setPassword(gateway.key().toCharArray());
			options.setConnectionTimeout(5);
			client.connect(options);
			// a message the broker refuses mid-way is never completed: give up waiting for it
			client.setTimeToWait(1_000);
			try {
				MqttMessage message = new MqttMessage(payload);
				message.setQos(0);
				client.publish(MqttTelemetry.TOPIC_PREFIX + "ANY-DEVICE", message);
			}
			catch (MqttException ex) {
				// the broker may close the connection while the message is still being written
			}
			// the broker closes the connection when it refuses the message
			await().atMost(Duration.ofSeconds(30)).until(() -> !client.isConnected());
			client.close(true);
		}
		await().atMost(Duration.ofSeconds(30)).until(() -> lines(output) > before);
		String log = output.getAll();
		assertThat(lines(output) - before).as("one line for all four").isEqualTo(1);
		assertThat(log).doesNotContain("TooLongFrameException").doesNotContain("\tat io.netty");
	}

	private static int lines(CapturedOutput output) {
		return (int) output.getAll().lines().filter(line -> line.contains("MQTT: refused a message over")).count();
	}

}
