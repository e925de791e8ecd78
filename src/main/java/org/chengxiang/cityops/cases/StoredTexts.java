package org.chengxiang.cityops.cases;

import java.util.ArrayList;
import java.util.List;

import org.chengxiang.platform.domain.Text;
import org.chengxiang.platform.web.ReaderTexts;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Texts kept in the database (notices, notes of the timeline written by the platform) as a message key and its
 * arguments in JSON, and worded in the reader's language when shown. An argument is a string (a number, a name, a
 * time), or a text itself ({@code {"key": …, "args": […]}}), e.g. a status, worded in the same language.
 */
final class StoredTexts {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private StoredTexts() {
	}

	/** The arguments of the text as JSON. */
	static String args(Text text) {
		return array(text.args()).toString();
	}

	/**
	 * What the reader reads: the stored text worded in their language, or, for rows written before texts were kept
	 * by key, the text as it was written.
	 */
	static String worded(String key, String args, String written) {
		return key == null ? written : ReaderTexts.of(read(key, args));
	}

	static Text read(String key, String args) {
		return Text.of(key, args == null ? new Object[0] : values(JSON.readTree(args)));
	}

	private static ArrayNode array(Object[] args) {
		ArrayNode array = JSON.createArrayNode();
		for (Object arg : args) {
			if (arg instanceof Text text) {
				ObjectNode nested = array.addObject();
				nested.put("key", text.key());
				nested.set("args", array(text.args()));
			}
			else {
				array.add(arg == null ? "" : String.valueOf(arg));
			}
		}
		return array;
	}

	private static Object[] values(JsonNode array) {
		List<Object> values = new ArrayList<>();
		for (JsonNode arg : array) {
			values.add(arg.isObject() ? Text.of(arg.path("key").asString(), values(arg.path("args"))) : arg.asString());
		}
		return values.toArray();
	}

}
