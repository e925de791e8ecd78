package org.chengxiang.services;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.chengxiang.platform.crypto.Masking;

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
			rows.add(new FormView.Row("services.form." + name, value(node)));
		}
	}

	static FormView.Value value(JsonNode node) {
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
		// the full number is for the owning module's review, which audits who sees it
		return FormView.Value.text(text.strip().matches("\\d{17}[\\dXx]") ? Masking.idNumber(text.strip()) : text);
	}

}
