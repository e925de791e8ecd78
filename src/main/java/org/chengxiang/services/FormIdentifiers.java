package org.chengxiang.services;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import org.chengxiang.platform.crypto.PersonalDataProtector;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The personal identifiers an application form holds, found by their field's name wherever they stand (a household
 * member's {@code members[0].idNumber}, a {@code spouseIdNumber}, a {@code contactPhone}), whichever item the form
 * belongs to: normalised once as the form comes in, so that it is checked, stored, indexed and masked in one form.
 */
final class FormIdentifiers {

	private FormIdentifiers() {
	}

	/** A field that holds a resident ID number: {@code idNumber}, {@code spouseIdNumber}, {@code idCard} … */
	static boolean isIdNumber(String field) {
		String name = field.toLowerCase(Locale.ROOT);
		return name.endsWith("idnumber") || name.endsWith("idcard") || name.endsWith("idno");
	}

	/** A field that holds a phone number: {@code phone}, {@code contactPhone}, {@code mobile} … */
	static boolean isPhone(String field) {
		String name = field.toLowerCase(Locale.ROOT);
		return name.contains("phone") || name.contains("mobile") || name.equals("tel");
	}

	/**
	 * The form with every ID number and phone number in its stored form (see
	 * {@link PersonalDataProtector#normalizeIdNumber(String)}); a form that is no JSON object is answered as it
	 * came, for the checks to refuse.
	 */
	static String normalised(JsonMapper json, String formJson) {
		JsonNode form;
		try {
			form = formJson == null ? null : json.readTree(formJson);
		}
		catch (JacksonException ex) {
			return formJson;
		}
		if (form == null || !form.isObject()) {
			return formJson;
		}
		normalise(form);
		return form.toString();
	}

	/** Every non-blank ID number of the form by its field's path, e.g. {@code members[0].idNumber}. */
	static Map<String, String> idNumbers(JsonNode form) {
		Map<String, String> found = new LinkedHashMap<>();
		collect("", form, found);
		return found;
	}

	/** The {@code name} beside the field at this path ({@code members[0].name} for {@code members[0].idNumber}). */
	static String nameBeside(JsonNode form, String path) {
		JsonNode node = form;
		String[] steps = path.split("\\.");
		for (int i = 0; i < steps.length - 1 && node != null; i++) {
			String step = steps[i];
			int bracket = step.indexOf('[');
			node = node.get(bracket < 0 ? step : step.substring(0, bracket));
			if (node != null && bracket >= 0) {
				node = node.get(Integer.parseInt(step.substring(bracket + 1, step.length() - 1)));
			}
		}
		JsonNode name = node == null ? null : node.get("name");
		return name != null && name.isString() ? name.asString() : null;
	}

	private static void normalise(JsonNode node) {
		if (node instanceof ObjectNode object) {
			for (String field : object.propertyNames().stream().toList()) {
				JsonNode value = object.get(field);
				if (value.isString() && isIdNumber(field)) {
					object.put(field, PersonalDataProtector.normalizeIdNumber(value.asString()));
				}
				else if (value.isString() && isPhone(field) && writtenAsNumber(value.asString())) {
					object.put(field, PersonalDataProtector.normalizePhone(value.asString()));
				}
				else {
					normalise(value);
				}
			}
		}
		else if (node instanceof ArrayNode array) {
			array.forEach(FormIdentifiers::normalise);
		}
	}

	// only digits and the signs people write between them: a phone field holding words is left for the checks
	private static boolean writtenAsNumber(String text) {
		return !text.isBlank() && text.matches("[0-9０-９ \\u3000+\\-()（）]+");
	}

	private static void collect(String path, JsonNode node, Map<String, String> found) {
		if (node == null) {
			return;
		}
		if (node.isObject()) {
			node.properties().forEach(e -> {
				String at = path.isEmpty() ? e.getKey() : path + "." + e.getKey();
				if (e.getValue().isString() && isIdNumber(e.getKey())) {
					String id = PersonalDataProtector.normalizeIdNumber(e.getValue().asString());
					if (!id.isEmpty()) {
						found.put(at, id);
					}
				}
				else {
					collect(at, e.getValue(), found);
				}
			});
		}
		else if (node.isArray()) {
			for (int i = 0; i < node.size(); i++) {
				collect(path + "[" + i + "]", node.get(i), found);
			}
		}
	}

}
