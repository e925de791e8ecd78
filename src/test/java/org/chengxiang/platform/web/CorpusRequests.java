package org.chengxiang.platform.web;

import java.math.BigInteger;
import java.util.List;
import java.util.Map;

import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Builds the corpus's requests: path variables filled with values no record has (so nothing found can be changed),
 * a JSON body holding one hostile value at one field's path, a form or multipart body holding one hostile value.
 */
final class CorpusRequests {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private CorpusRequests() {
	}

	/** A value for a path variable that names no record. */
	static String absent(CorpusOperations.Field variable) {
		if (variable.example() != null) {
			return variable.example();
		}
		if ("integer".equals(variable.type()) || "number".equals(variable.type())) {
			return "987654321";
		}
		if ("uuid".equals(variable.format())) {
			return "00000000-0000-4000-8000-00000000dead";
		}
		if ("date".equals(variable.format())) {
			return "2099-12-30";
		}
		return "NO-SUCH-" + variable.name().toUpperCase();
	}

	/** The path with its variables filled, {@code override} replacing one of them. */
	static String path(String template, List<CorpusOperations.Field> variables, String overridden, String value) {
		String path = template;
		for (CorpusOperations.Field variable : variables) {
			String filled = variable.path().equals(overridden) ? value : absent(variable);
			path = path.replace("{" + variable.path() + "}",
					org.springframework.web.util.UriUtils.encodePathSegment(filled, java.nio.charset.StandardCharsets.UTF_8));
		}
		return path.replaceAll("\\{[^}]+}", "NO-SUCH");
	}

	/** A sane value for a required query parameter that the request is not about. */
	static String sane(CorpusOperations.Field parameter) {
		if (parameter.example() != null) {
			return parameter.example();
		}
		if ("integer".equals(parameter.type()) || "number".equals(parameter.type())) {
			return "1";
		}
		if ("boolean".equals(parameter.type())) {
			return "true";
		}
		if ("date".equals(parameter.format())) {
			return "2026-01-05";
		}
		if ("date-time".equals(parameter.format())) {
			return "2026-01-05T09:00:00";
		}
		return "x";
	}

	/** Wrong values of a path variable: not its type, beyond its type's range. */
	static List<CorpusValues.Value> wrongPathValues(CorpusOperations.Field variable) {
		if ("integer".equals(variable.type())) {
			return List.of(CorpusValues.Value.named("letters", "abc"),
					CorpusValues.Value.named("overflow", "99999999999999999999"), CorpusValues.Value.plain("negative", "-1"));
		}
		if ("uuid".equals(variable.format())) {
			return List.of(CorpusValues.Value.named("not-a-uuid", "not-a-uuid"));
		}
		if ("date".equals(variable.format())) {
			return List.of(CorpusValues.Value.named("date-far-future", "+999999999-12-31"),
					CorpusValues.Value.named("date-impossible", "2026-02-30"));
		}
		return List.of(CorpusValues.Value.plain("sql", "x' OR '1'='1"), CorpusValues.Value.plain("emoji", "😀"));
	}

	static MockHttpServletRequestBuilder json(String method, String uri, String body) {
		return MockMvcRequestBuilders.request(HttpMethod.valueOf(method), uri)
			.contentType(MediaType.APPLICATION_JSON)
			.accept(MediaType.APPLICATION_JSON, MediaType.APPLICATION_PROBLEM_JSON)
			.content(body);
	}

	static MockHttpServletRequestBuilder plain(String method, String uri, String contentType, String body) {
		return MockMvcRequestBuilders.request(HttpMethod.valueOf(method), uri)
			.contentType(contentType)
			.accept(MediaType.APPLICATION_JSON, MediaType.APPLICATION_PROBLEM_JSON)
			.content(body.getBytes(java.nio.charset.StandardCharsets.UTF_8));
	}

	static MockMultipartHttpServletRequestBuilder multipart(String method, String uri) {
		MockMultipartHttpServletRequestBuilder builder = MockMvcRequestBuilders.multipart(HttpMethod.valueOf(method),
				uri);
		builder.accept(MediaType.APPLICATION_JSON, MediaType.APPLICATION_PROBLEM_JSON, MediaType.TEXT_HTML);
		return builder;
	}

	static MockMultipartFile file(String part, CorpusValues.FakeFile file) {
		return new MockMultipartFile(part, file.filename(), file.contentType(), file.content());
	}

	/** A JSON body with {@code value} at the field's path ({@code members[0].idNumber}) and nothing else. */
	static String bodyWith(String fieldPath, Object value) {
		ObjectNode root = JSON.createObjectNode();
		String[] segments = fieldPath.split("\\.");
		JsonNode current = root;
		for (int i = 0; i < segments.length; i++) {
			boolean last = i == segments.length - 1;
			String segment = segments[i];
			boolean list = segment.endsWith("[0]");
			String name = list ? segment.substring(0, segment.length() - 3) : segment;
			ObjectNode holder = (ObjectNode) current;
			if (last && !list) {
				holder.set(name, node(value));
			}
			else if (list) {
				ArrayNode array = holder.putArray(name);
				if (last) {
					array.add(node(value));
				}
				else {
					current = array.addObject();
				}
			}
			else {
				current = holder.putObject(name);
			}
		}
		return JSON.writeValueAsString(root);
	}

	private static JsonNode node(Object value) {
		JsonNodeFactory nodes = JsonNodeFactory.instance;
		if (value instanceof BigInteger big) {
			return nodes.numberNode(big);
		}
		if (value instanceof Long number) {
			return nodes.numberNode(number);
		}
		if (value instanceof Integer number) {
			return nodes.numberNode(number);
		}
		if (value instanceof Double number) {
			return nodes.numberNode(number);
		}
		if (value instanceof Map<?, ?>) {
			return nodes.objectNode();
		}
		return nodes.stringNode(String.valueOf(value));
	}

}
