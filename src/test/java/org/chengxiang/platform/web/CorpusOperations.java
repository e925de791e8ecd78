package org.chengxiang.platform.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import tools.jackson.databind.JsonNode;

/**
 * The operations of the OpenAPI document the corpus is sent to: every write (POST, PUT, PATCH, DELETE), and every
 * read that takes query parameters. Each with its parameters and the fields of its body, as the document declares
 * them, so that an endpoint added tomorrow is covered without anyone listing it.
 */
final class CorpusOperations {

	private static final Set<String> WRITES = Set.of("post", "put", "patch", "delete");

	/** A field of a body or a parameter: its path ({@code members[0].idNumber}), OpenAPI type and format. */
	record Field(String path, String type, String format, boolean isEnum, boolean required, String example) {

		Field(String path, String type, String format, boolean isEnum) {
			this(path, type, format, isEnum, false, null);
		}

		String name() {
			String last = path.substring(path.lastIndexOf('.') + 1);
			return last.replaceAll("\\[\\d+]", "");
		}

	}

	/**
	 * One operation.
	 *
	 * @param method HTTP method, upper case
	 * @param path the path template
	 * @param pathParameters the path's variables
	 * @param query the query parameters
	 * @param contentTypes the body's media types, empty without a body
	 * @param jsonFields the fields of a JSON body
	 * @param partFields the fields of a multipart body (files have format {@code binary})
	 */
	record Operation(String method, String path, List<Field> pathParameters, List<Field> query,
			List<String> contentTypes, List<Field> jsonFields, List<Field> partFields) {

		/** Whether it may change something: POST searches are reads, sent by POST to keep ID numbers out of URLs. */
		boolean write() {
			return WRITES.contains(method.toLowerCase()) && !path.endsWith("/search");
		}

		boolean hasInput() {
			return !pathParameters.isEmpty() || !query.isEmpty() || !contentTypes.isEmpty();
		}

		@Override
		public String toString() {
			return method + " " + path;
		}

	}

	private final JsonNode document;

	CorpusOperations(JsonNode document) {
		this.document = document;
	}

	List<Operation> all() {
		List<Operation> operations = new ArrayList<>();
		for (Map.Entry<String, JsonNode> path : document.path("paths").properties()) {
			for (Map.Entry<String, JsonNode> entry : path.getValue().properties()) {
				String method = entry.getKey();
				JsonNode operation = entry.getValue();
				List<Field> pathParameters = new ArrayList<>();
				List<Field> query = new ArrayList<>();
				for (JsonNode parameter : operation.path("parameters")) {
					JsonNode schema = resolve(parameter.path("schema"));
					Field field = new Field(parameter.path("name").asString(), type(schema), schema.path("format").asString(null),
							schema.has("enum"), parameter.path("required").asBoolean(false),
							schema.has("enum") ? schema.path("enum").get(0).asString() : null);
					switch (parameter.path("in").asString()) {
						case "path" -> pathParameters.add(field);
						case "query" -> query.add(field);
						default -> {
						}
					}
				}
				List<String> contentTypes = new ArrayList<>();
				List<Field> jsonFields = new ArrayList<>();
				List<Field> partFields = new ArrayList<>();
				for (Map.Entry<String, JsonNode> content : operation.path("requestBody").path("content").properties()) {
					contentTypes.add(content.getKey());
					if (content.getKey().contains("json")) {
						fields("", content.getValue().path("schema"), jsonFields, 0);
					}
					else if (content.getKey().startsWith("multipart/")) {
						// the parts themselves: a JSON part is one field, its inside is not a form's
						fields("", content.getValue().path("schema"), partFields, 3);
					}
				}
				Operation found = new Operation(method.toUpperCase(), path.getKey(), pathParameters, query, contentTypes,
						jsonFields, partFields);
				if (WRITES.contains(method) || !query.isEmpty()) {
					operations.add(found);
				}
			}
		}
		return operations;
	}

	private void fields(String prefix, JsonNode schemaOrRef, List<Field> into, int depth) {
		JsonNode schema = resolve(schemaOrRef);
		if (depth > 3 || freeForm(schema)) {
			return;
		}
		Map<String, JsonNode> properties = new LinkedHashMap<>();
		schema.path("properties").properties().forEach(e -> properties.put(e.getKey(), e.getValue()));
		for (JsonNode part : schema.path("allOf")) {
			resolve(part).path("properties").properties().forEach(e -> properties.put(e.getKey(), e.getValue()));
		}
		for (Map.Entry<String, JsonNode> property : properties.entrySet()) {
			String path = prefix.isEmpty() ? property.getKey() : prefix + "." + property.getKey();
			JsonNode value = resolve(property.getValue());
			String type = type(value);
			if (freeForm(value)) {
				// a JSON tree (the fields of a service item's form): no schema to follow
				into.add(new Field(path, "string", "free-form", false));
				continue;
			}
			into.add(new Field(path, type, value.path("format").asString(null), value.has("enum")));
			if ("object".equals(type) && value.has("properties")) {
				fields(path, value, into, depth + 1);
			}
			else if ("array".equals(type)) {
				JsonNode items = resolve(value.path("items"));
				if ("object".equals(type(items)) && items.has("properties")) {
					fields(path + "[0]", items, into, depth + 1);
				}
				else if ("binary".equals(items.path("format").asString(null))) {
					into.set(into.size() - 1, new Field(path, "string", "binary", false));
				}
			}
		}
	}

	private static boolean freeForm(JsonNode schema) {
		return schema.path("properties").has("valueNode") || schema.path("properties").has("missingNode");
	}

	private static String type(JsonNode schema) {
		JsonNode type = schema.path("type");
		if (type.isArray()) {
			for (JsonNode each : type) {
				if (!"null".equals(each.asString())) {
					return each.asString();
				}
			}
		}
		if (type.isString()) {
			return type.asString();
		}
		return schema.has("properties") ? "object" : "string";
	}

	private JsonNode resolve(JsonNode schema) {
		JsonNode current = schema;
		for (int i = 0; i < 10 && current.has("$ref"); i++) {
			String ref = current.path("$ref").asString();
			current = document.at(ref.substring(1));
		}
		return current;
	}

}
