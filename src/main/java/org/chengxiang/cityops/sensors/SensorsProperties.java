package org.chengxiang.cityops.sensors;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the sensors part of city operations.
 *
 * @param mqtt how telemetry arrives over MQTT
 * @param telemetry limits of the telemetry input
 * @param alarms silence and escalation of alarms
 * @param simulator the demo telemetry simulator
 */
@ConfigurationProperties("chengxiang.cityops")
record SensorsProperties(@DefaultValue Mqtt mqtt, @DefaultValue Telemetry telemetry, @DefaultValue Alarms alarms,
		@DefaultValue Simulator simulator) {

	/**
	 * MQTT.
	 *
	 * @param enabled whether the platform subscribes to telemetry over MQTT at all
	 * @param brokerUrl an external broker, e.g. {@code tcp://emqx:1883}; when empty, the embedded default runs
	 * its own Moquette broker and production runs without MQTT
	 * @param host the address the embedded broker listens on: loopback unless gateways elsewhere must reach it
	 * ({@code 0.0.0.0} for every interface, or one address of the machine)
	 * @param port the embedded broker's port; 0 picks a free one (tests)
	 * @param username the platform's account on an external broker
	 * @param password its password
	 * @param clientId the platform's client id on the broker (a durable session: QoS 1 messages wait for it); no
	 * gateway may connect under it
	 * @param batchSize most MQTT messages stored in one transaction
	 * @param batchWait longest a message waits for others to share its transaction; 0 = store what has arrived
	 * at once (the embedded broker lets only 10 unacknowledged messages in flight, so waiting gains nothing)
	 */
	record Mqtt(@DefaultValue("true") boolean enabled, @DefaultValue("") String brokerUrl,
			@DefaultValue("127.0.0.1") String host, @DefaultValue("1883") int port, @DefaultValue("") String username,
			@DefaultValue("") String password, @DefaultValue("chengxiang-platform") String clientId,
			@DefaultValue("2000") int batchSize, @DefaultValue("0ms") Duration batchWait) {

		boolean embedded() {
			return brokerUrl == null || brokerUrl.isBlank();
		}

	}

	/**
	 * Telemetry input.
	 *
	 * @param maxBatch most readings in one HTTP request
	 * @param maxAhead how far ahead of the platform's clock a reading's timestamp may be (device clocks drift)
	 */
	record Telemetry(@DefaultValue("10000") int maxBatch, @DefaultValue("5m") Duration maxAhead) {
	}

	/**
	 * Alarms.
	 *
	 * @param silenceFactor a device is silent after this many of its reporting intervals without data
	 * @param escalateAfter an active alarm nobody acknowledged within this time goes to the supervisor
	 * @param checkEvery how often the silence and escalation checks run
	 */
	record Alarms(@DefaultValue("3") int silenceFactor, @DefaultValue("15m") Duration escalateAfter,
			@DefaultValue("60s") Duration checkEvery) {
	}

	/**
	 * The demo simulator (embedded default only).
	 *
	 * @param enabled whether it drives the demo devices
	 * @param every how often every demo device reports
	 * @param floodMinutes how long the flood scenario lasts
	 */
	record Simulator(@DefaultValue("false") boolean enabled, @DefaultValue("5s") Duration every,
			@DefaultValue("12") int floodMinutes) {
	}

}
