package org.chengxiang.residence;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

import org.chengxiang.platform.domain.RuleBroken;
import org.chengxiang.platform.domain.RuleBroken.Problem;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads the fields of a residence application form (a JSON object whose values the page sends as text) and collects
 * a problem for each field that is missing or not well formed, so that every problem is named at once.
 */
public final class FormReader {

	private final JsonNode root;

	private final List<Problem> problems = new ArrayList<>();

	private FormReader(JsonNode root) {
		this.root = root;
	}

	/** @throws RuleBroken when the form is not a JSON object */
	public static FormReader of(JsonMapper json, String formJson) {
		JsonNode root;
		try {
			root = formJson == null ? null : json.readTree(formJson);
		}
		catch (RuntimeException ex) {
			root = null;
		}
		if (root == null || !root.isObject()) {
			throw RuleBroken.at("form", "residence.form.unreadable");
		}
		return new FormReader(root);
	}

	/** The text of a field, stripped; {@code null} when absent or blank. */
	public String text(String field) {
		JsonNode node = root.path(field);
		if (node.isMissingNode() || node.isNull()) {
			return null;
		}
		String text = node.isValueNode() ? node.asString() : null;
		return text == null || text.isBlank() ? null : text.strip();
	}

	/** A required text of at most {@code max} characters. */
	public String requiredText(String field, int max) {
		String text = text(field);
		if (text == null) {
			problem(field, "residence.form.required");
		}
		else if (text.length() > max) {
			problem(field, "residence.form.tooLong", max);
			return null;
		}
		return text;
	}

	/** A required date (yyyy-MM-dd). */
	public LocalDate requiredDate(String field) {
		String text = text(field);
		if (text == null) {
			problem(field, "residence.form.required");
			return null;
		}
		try {
			return LocalDate.parse(text);
		}
		catch (DateTimeParseException ex) {
			problem(field, "residence.form.date");
			return null;
		}
	}

	/** A required whole number. */
	public Long requiredNumber(String field) {
		String text = text(field);
		if (text == null) {
			problem(field, "residence.form.required");
			return null;
		}
		try {
			return Long.valueOf(text);
		}
		catch (NumberFormatException ex) {
			problem(field, "residence.form.number");
			return null;
		}
	}

	/** A required constant of the enum. */
	public <E extends Enum<E>> E requiredChoice(String field, Class<E> type) {
		String text = text(field);
		if (text == null) {
			problem(field, "residence.form.choose");
			return null;
		}
		try {
			return Enum.valueOf(type, text);
		}
		catch (IllegalArgumentException ex) {
			problem(field, "residence.form.choose");
			return null;
		}
	}

	/** Whether a yes-or-no field says yes. */
	public boolean yes(String field) {
		return "true".equalsIgnoreCase(text(field));
	}

	/** Adds a problem of the field. */
	public void problem(String field, String key, Object... args) {
		problems.add(Problem.at(field, key, args));
	}

	/** Whether the field has a problem already. */
	public boolean hasProblem(String field) {
		return problems.stream().anyMatch(p -> p.field().equals(field));
	}

	public List<Problem> problems() {
		return List.copyOf(problems);
	}

}
