package org.chengxiang.cityops.sensors;

/**
 * A telemetry topic: {@code chengxiang/telemetry/{deviceCode}}, or {@code chengxiang/telemetry/{gatewayCode}/{deviceCode}}
 * where the broker itself cannot tell which gateway published (an external broker, whose access list then limits
 * each gateway to its own code's topics).
 *
 * @param gateway the gateway the topic names, {@code null} when it names none
 * @param device the device's code
 */
record TelemetryTopic(String gateway, String device) {

	static final String PREFIX = "chengxiang/telemetry/";

	/** All topics of devices named alone, as the embedded broker takes them. */
	static final String DEVICE_TOPICS = PREFIX + "+";

	/** All topics of devices named with their gateway. */
	static final String GATEWAY_TOPICS = PREFIX + "+/+";

	/** The topic's gateway and device, or {@code null} when it is no telemetry topic. */
	static TelemetryTopic parse(String topic) {
		if (topic == null || !topic.startsWith(PREFIX)) {
			return null;
		}
		String rest = topic.substring(PREFIX.length());
		int slash = rest.indexOf('/');
		if (slash < 0) {
			return rest.isEmpty() ? null : new TelemetryTopic(null, rest);
		}
		String gateway = rest.substring(0, slash);
		String device = rest.substring(slash + 1);
		if (gateway.isEmpty() || device.isEmpty() || device.indexOf('/') >= 0) {
			return null;
		}
		return new TelemetryTopic(gateway, device);
	}

}
