package org.chengxiang.platform.domain;

import java.util.List;

/**
 * Input or a command that breaks a rule: a required value missing, a value out of range, a duplicate, a rule of
 * policy. Each problem names the field it belongs to, so that a page shows it beside that field and the API names
 * it under {@code errors}; the edge answers 400. Nothing has been written when it is thrown.
 */
public class RuleBroken extends RuntimeException {

	private final transient List<Problem> problems;

	public RuleBroken(List<Problem> problems) {
		super(problems.isEmpty() ? "rule broken" : problems.get(0).toString());
		this.problems = List.copyOf(problems);
	}

	public RuleBroken(String field, Text text) {
		this(List.of(new Problem(field, text)));
	}

	/** The field {@code field} breaks the rule worded by message {@code key}. */
	public static RuleBroken at(String field, String key, Object... args) {
		return new RuleBroken(field, Text.of(key, args));
	}

	public List<Problem> problems() {
		return problems;
	}

	/**
	 * One problem with one field (or row, for uploads).
	 *
	 * @param field the field's path in the form or body ({@code members[0].idNumber}), for programs and for placing
	 * the message beside its field; never shown
	 * @param text what is wrong, for people
	 * @param rule the code of the named rule that refused, for programs; {@code null} for a plain check of the field
	 */
	public record Problem(String field, Text text, String rule) {

		public Problem(String field, Text text) {
			this(field, text, null);
		}

		public static Problem at(String field, String key, Object... args) {
			return new Problem(field, Text.of(key, args));
		}

		@Override
		public String toString() {
			return field + ": " + text;
		}

	}

}
