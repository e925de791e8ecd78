package org.chengxiang.cityops.sensors;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

import org.chengxiang.cityops.AlarmSeverity;
import org.chengxiang.platform.domain.Text;

import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * What an alarm says, as message keys and their arguments: stored so (a key and its arguments as a JSON array) and
 * worded where it is shown, in the reader's language. An argument is data (a device's name, a reading) or a text
 * itself (a severity, a condition); a device type's name is a text with the type's name in the database as its
 * default, so that a type added later without a key still reads.
 */
final class AlarmTexts {

	/** An alarm stored before its texts had keys: its Chinese wording, as it was. */
	static final String STORED = "cityops.alarm.stored";

	private static final String KIND = "cityops.sensor.kind.";

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private AlarmTexts() {
	}

	/** Raised: 「建设路雨水井（YS-003）排水点水位 1.32 m，超过 1 m 持续 5 分钟，严重」. */
	static Text raised(DeviceInfo device, Rule rule, double value) {
		return Text.of("cityops.alarm.text.raised", device.name(), device.code(), kind(device), number(value),
				device.unit(), condition(device, rule), severity(rule.severity()));
	}

	static Text severityRaised(DeviceInfo device, Rule rule, double value) {
		return Text.of("cityops.alarm.text.severityRaised", severity(rule.severity()), kind(device), number(value),
				device.unit(), condition(device, rule));
	}

	/** Data arrived again after a silence. */
	static Text reporting(DeviceInfo device, double value) {
		return Text.of("cityops.alarm.text.reporting", kind(device), number(value), device.unit());
	}

	/** No condition of the family holds any more. */
	static Text cleared(DeviceInfo device, Rule.Comparison comparison, double value) {
		return Text.of("cityops.alarm.text.cleared." + comparison.name(), kind(device), number(value), device.unit());
	}

	static Text silent(DeviceInfo device, long minutes) {
		int seconds = device.intervalSeconds();
		Text interval = seconds % 60 == 0 ? Text.of("cityops.alarm.text.minutes", String.valueOf(seconds / 60))
				: Text.of("cityops.alarm.text.seconds", String.valueOf(seconds));
		return Text.of("cityops.alarm.text.silent", device.name(), device.code(), String.valueOf(minutes), interval);
	}

	static Text escalated(long minutes, Text summary) {
		return Text.of("cityops.alarm.text.escalated", String.valueOf(minutes), summary);
	}

	/** 「超过 1 m 持续 5 分钟」. */
	static Text condition(DeviceInfo device, Rule rule) {
		return rule.durationMinutes() > 0
				? Text.of("cityops.alarm.text.conditionFor." + rule.comparison().name(), number(rule.threshold()),
						device.unit(), String.valueOf(rule.durationMinutes()))
				: Text.of("cityops.alarm.text.condition." + rule.comparison().name(), number(rule.threshold()),
						device.unit());
	}

	static Text severity(AlarmSeverity severity) {
		return Text.of("cityops.alarm.severity." + severity.name());
	}

	private static MessageSourceResolvable kind(DeviceInfo device) {
		return new DefaultMessageSourceResolvable(new String[] { KIND + device.typeCode() }, device.typeName());
	}

	static String number(double value) {
		return BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
	}

	/** The arguments of a text, as stored: data as strings, texts as {@code {"key", "args", "default"}}. */
	static String args(Text text) {
		return JSON.writeValueAsString(array(text.args()));
	}

	/** The text stored as {@code key} and {@code args}. */
	static Text text(String key, String args) {
		if (key == null) {
			return null;
		}
		return Text.of(key, args == null ? new Object[0] : values(JSON.readTree(args)));
	}

	private static ArrayNode array(Object[] args) {
		ArrayNode array = JSON.createArrayNode();
		for (Object arg : args) {
			if (arg instanceof MessageSourceResolvable text) {
				ObjectNode node = array.addObject();
				node.put("key", text.getCodes()[0]);
				Object[] nested = text.getArguments();
				if (nested != null && nested.length > 0) {
					node.set("args", array(nested));
				}
				if (text.getDefaultMessage() != null && !(text instanceof Text)) {
					node.put("default", text.getDefaultMessage());
				}
			}
			else {
				array.add(arg == null ? "" : arg.toString());
			}
		}
		return array;
	}

	private static Object[] values(JsonNode array) {
		List<Object> values = new ArrayList<>(array.size());
		for (JsonNode node : array) {
			if (node.isObject()) {
				String key = node.get("key").asString();
				Object[] nested = node.has("args") ? values(node.get("args")) : new Object[0];
				values.add(node.has("default")
						? new DefaultMessageSourceResolvable(new String[] { key }, nested, node.get("default").asString())
						: Text.of(key, nested));
			}
			else {
				values.add(node.asString());
			}
		}
		return values.toArray();
	}

}
