package org.chengxiang.platform.web;

import org.chengxiang.platform.domain.RuleBroken;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The problems of a refused form for its page: each in the reader's language, found by the field's path
 * ({@code members[0].idNumber}) to be shown beside that field. The path itself is never shown.
 *
 * @param byField the message of each field, several joined
 */
public record FormProblems(Map<String, String> byField) {

	public static final FormProblems NONE = new FormProblems(Map.of());

	public FormProblems {
		byField = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(byField));
	}

	public static FormProblems of(RuleBroken ex) {
		Map<String, String> byField = new LinkedHashMap<>();
		for (RuleBroken.Problem problem : ex.problems()) {
			byField.merge(problem.field(), ReaderTexts.of(problem.text()),
					(a, b) -> a.contains(b) ? a : a + "；" + b);
		}
		return new FormProblems(byField);
	}

	/** The message of a field, or {@code null}. */
	public String at(String field) {
		return byField.get(field);
	}

	/** The message of a field or, when it has none, of the part of the form holding it ({@code destination}). */
	public String atOr(String field, String holder) {
		String message = byField.get(field);
		return message != null ? message : byField.get(holder);
	}

	/** Every message once, in the order found, for the list above the form. */
	public List<String> all() {
		return new ArrayList<>(new java.util.LinkedHashSet<>(byField.values()));
	}

	public boolean isEmpty() {
		return byField.isEmpty();
	}

}
