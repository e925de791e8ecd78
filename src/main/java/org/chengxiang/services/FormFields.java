package org.chengxiang.services;

import java.util.Map;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Turns the fields of an HTML application form into the JSON object the owning module validates. A field
 * named {@code f.members[1].name} becomes {@code {"members":[…, {"name": …}]}}; empty fields are left out.
 */
final class FormFields {

	static final String PREFIX = "f.";

	private FormFields() {
	}

	static String toJson(JsonMapper json, Map<String, String[]> parameters) {
		ObjectNode root = json.createObjectNode();
		parameters.entrySet()
			.stream()
			.filter(e -> e.getKey().startsWith(PREFIX))
			.sorted(Map.Entry.comparingByKey())
			.forEach(e -> {
				String value = e.getValue().length == 0 ? "" : e.getValue()[0].strip();
				if (!value.isEmpty()) {
					put(root, e.getKey().substring(PREFIX.length()).split("\\."), 0, value);
				}
			});
		return root.toString();
	}

	/**
	 * The other way: a stored form as the fields of the HTML form that would send it, so that a saved application
	 * opens for editing with what it holds ({@code {"members":[{"name":"…"}]}} gives {@code f.members[0].name}).
	 */
	static Map<String, String[]> toParameters(JsonMapper json, String formJson) {
		Map<String, String[]> parameters = new java.util.TreeMap<>();
		collect(PREFIX.substring(0, PREFIX.length() - 1), json.readTree(formJson), parameters);
		return parameters;
	}

	private static void collect(String path, JsonNode node, Map<String, String[]> parameters) {
		if (node.isObject()) {
			node.properties().forEach(e -> collect(path + "." + e.getKey(), e.getValue(), parameters));
		}
		else if (node.isArray()) {
			for (int i = 0; i < node.size(); i++) {
				collect(path + "[" + i + "]", node.get(i), parameters);
			}
		}
		else if (!node.isNull()) {
			parameters.put(path, new String[] { node.asString() });
		}
	}

	private static void put(ObjectNode node, String[] path, int at, String value) {
		String segment = path[at];
		int bracket = segment.indexOf('[');
		boolean last = at == path.length - 1;
		if (bracket < 0) {
			if (last) {
				node.put(segment, value);
			}
			else {
				JsonNode child = node.get(segment);
				ObjectNode object = child instanceof ObjectNode o ? o : node.putObject(segment);
				put(object, path, at + 1, value);
			}
			return;
		}
		String name = segment.substring(0, bracket);
		int index = Integer.parseInt(segment.substring(bracket + 1, segment.indexOf(']')));
		if (index < 0 || index > 50) {
			return; // no form has more rows; ignore forged indexes
		}
		JsonNode existing = node.get(name);
		ArrayNode array = existing instanceof ArrayNode a ? a : node.putArray(name);
		while (array.size() <= index) {
			array.addObject();
		}
		if (last) {
			array.set(index, json(value));
		}
		else {
			put((ObjectNode) array.get(index), path, at + 1, value);
		}
	}

	private static JsonNode json(String value) {
		return tools.jackson.databind.node.JsonNodeFactory.instance.stringNode(value);
	}

}
