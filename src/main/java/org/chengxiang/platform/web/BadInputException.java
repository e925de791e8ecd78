package org.chengxiang.platform.web;

import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * Input that breaks a rule the annotations cannot express (a duplicate, an unknown reference, a bad
 * row in an upload). Answers 400 with a ProblemDetail naming the field; pages show it on the field.
 */
@ResponseStatus(HttpStatus.BAD_REQUEST)
public class BadInputException extends RuntimeException {

	private final transient List<FieldProblem> problems;

	public BadInputException(String field, String message) {
		this(List.of(new FieldProblem(field, message)));
	}

	public BadInputException(List<FieldProblem> problems) {
		super(problems.isEmpty() ? "bad input" : problems.get(0).field() + ": " + problems.get(0).message());
		this.problems = List.copyOf(problems);
	}

	public List<FieldProblem> problems() {
		return problems;
	}

	/**
	 * One problem with one field (or row, for uploads).
	 *
	 * @param field the field's path in the form or body, for programs and for placing the message beside its field
	 * @param message what is wrong, in the reader's language, for people
	 * @param rule the named rule that refused, for programs; {@code null} for a plain check of the field
	 */
	public record FieldProblem(String field, String message, String rule) {

		public FieldProblem(String field, String message) {
			this(field, message, null);
		}

	}

}
