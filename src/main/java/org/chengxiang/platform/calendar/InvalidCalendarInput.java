package org.chengxiang.platform.calendar;

import java.util.Arrays;

import org.springframework.context.support.StaticMessageSource;

/**
 * An argument the calendar refuses. Other modules see a plain {@link IllegalArgumentException}; the
 * API renders the field and problem through the messages files.
 */
class InvalidCalendarInput extends IllegalArgumentException {

	private static final StaticMessageSource DEFAULTS = new StaticMessageSource();

	private final String field;

	private final CalendarProblem problem;

	private final String[] arguments;

	InvalidCalendarInput(String field, CalendarProblem problem, String... arguments) {
		super(problem.describe(DEFAULTS, field, arguments));
		this.field = field;
		this.problem = problem;
		this.arguments = arguments.clone();
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
