package org.chengxiang.services;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.chengxiang.platform.crypto.Masking;
import org.chengxiang.platform.crypto.PersonalDataProtector;

import tools.jackson.databind.JsonNode;

/**
 * The form of an item whose module does not describe it (the generic form, items of tests): each field under its
 * label {@code services.form.<name>}, with a general label for fields no message names, values in words, ID numbers
 * masked. Repeated entries become rows of their own, numbered.
 */
final class GenericForms {

	private GenericForms() {
	}

	static FormView describe(JsonNode form) {
		List<FormView.Row> rows = new ArrayList<>();
		if (form != null && form.isObject()) {
			for (Map.Entry<String, JsonNode> field : form.properties()) {
				add(field.getKey(), field.getValue(), rows);
			}
		}
		return new FormView(List.of(new FormView.Section(null, rows, null)));
	}

	private static void add(String name, JsonNode node, List<FormView.Row> rows) {
		if (node.isObject()) {
			node.properties().forEach(e -> add(e.getKey(), e.getValue(), rows));
		}
		else if (node.isArray()) {
			node.forEach(element -> add(name, element, rows));
		}
		else {
			rows.add(new FormView.Row("services.form." + name, value(name, node)));
		}
	}

	static FormView.Value value(String name, JsonNode node) {
		if (node.isBoolean()) {
			return FormView.Value.yesOrNo(node.asBoolean());
		}
		if (node.isNull()) {
			return FormView.Value.none();
		}
		String text = node.asString();
		if (text.equals("true") || text.equals("false")) {
			return FormView.Value.yesOrNo(Boolean.valueOf(text)); // as a form's yes/no buttons send them
		}
		// The full number is for the handling department, which asks for it and is audited. Masked by the field's
		// name whatever the value's length, and any other long run of digits too: not only what looks like a
		// well-formed number.
		if (FormIdentifiers.isIdNumber(name)) {
			return FormView.Value.text(Masking.idNumber(text));
		}
		if (FormIdentifiers.isPhone(name)) {
			return FormView.Value.text(Masking.phone(PersonalDataProtector.normalizePhone(text)));
		}
		return FormView.Value.text(maskDigitRuns(text));
	}

	// Seven or more digits in a row (full-width ones too, spaces or dashes between them, an X after them) could be
	// an ID or phone number; shorter ones are house numbers, years and amounts.
	private static final java.util.regex.Pattern DIGIT_RUN = java.util.regex.Pattern
		.compile("[0-9０-９](?:[ \\-]?[0-9０-９]){6,}[XxＸｘ]?");

	static String maskDigitRuns(String text) {
		return DIGIT_RUN.matcher(text).replaceAll(match -> Masking.idNumber(match.group().replaceAll("[ \\-]", "")));
	}

}
