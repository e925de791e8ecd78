package org.chengxiang.access;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The operations of the OpenAPI document the platform publishes at {@code /api-docs}, as the access matrix reads it. */
final class ApiOperations {

	private static final List<String> METHODS = List.of("get", "post", "put", "patch", "delete");

	private ApiOperations() {
	}

	/**
	 * One operation.
	 *
	 * @param method upper-case HTTP method
	 * @param path the path template, e.g. {@code /api/services/applications/{id}}
	 * @param consumes the media types of its request body, empty when it takes none
	 */
	record Operation(String method, String path, List<String> consumes) {

		String key() {
			return method + " " + path;
		}

		@Override
		public String toString() {
			return key();
		}

	}

	static List<Operation> read(JsonMapper json, String document) {
		JsonNode paths = json.readTree(document).path("paths");
		List<Operation> operations = new ArrayList<>();
		for (Map.Entry<String, JsonNode> path : paths.properties()) {
			for (String method : METHODS) {
				JsonNode operation = path.getValue().get(method);
				if (operation == null) {
					continue;
				}
				List<String> consumes = new ArrayList<>();
				operation.path("requestBody").path("content").propertyNames().forEach(consumes::add);
				operations.add(new Operation(method.toUpperCase(Locale.ROOT), path.getKey(), consumes));
			}
		}
		return operations;
	}

}
