package org.chengxiang.platform.calendar;

import java.util.Arrays;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Path;
import jakarta.validation.constraints.Size;


/**
 * An argument the calendar refuses. Other modules see a plain {@link IllegalArgumentException}; the
 * API renders the field and problem through the messages files.
 */
class InvalidCalendarInput extends IllegalArgumentException {

	private final String field;

	private final CalendarProblem problem;

	private final String[] arguments;

	InvalidCalendarInput(String field, CalendarProblem problem, String... arguments) {
		// for operators; readers get the problem worded by the API
		super(field + ": " + problem.key() + " " + Arrays.toString(arguments));
		this.field = field;
		this.problem = problem;
		this.arguments = arguments.clone();
	}

	/**
	 * The problem a violated constraint of a calendar command stands for, named by its field. The
	 * commands carry only {@code @NotNull}, {@code @NotBlank} and {@code @Size}.
	 */
	static InvalidCalendarInput of(ConstraintViolation<?> violation) {
		String field = "";
		for (Path.Node node : violation.getPropertyPath()) {
			field = node.getName();
		}
		if (violation.getConstraintDescriptor().getAnnotation() instanceof Size size) {
			return new InvalidCalendarInput(field, CalendarProblem.TOO_LONG, String.valueOf(size.max()));
		}
		return new InvalidCalendarInput(field, CalendarProblem.REQUIRED);
	}

	String field() {
		return field;
	}

	CalendarProblem problem() {
		return problem;
	}

	String[] arguments() {
		return Arrays.copyOf(arguments, arguments.length);
	}

}
