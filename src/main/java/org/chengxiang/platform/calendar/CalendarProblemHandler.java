package org.chengxiang.platform.calendar;

import java.time.temporal.Temporal;
import java.util.List;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Path;
import tools.jackson.core.JacksonException;

import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/**
 * Turns bad calendar requests into 400 ProblemDetails that name the field in Chinese and English.
 * <p>
 * Scoped to {@link CalendarController} and ordered first so that it wins over the application-wide
 * handler for these requests only. It deliberately does not extend
 * {@code ResponseEntityExceptionHandler}: a bean of that type would switch off Spring Boot's
 * application-wide ProblemDetail handler.
 */
@RestControllerAdvice(assignableTypes = CalendarController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class CalendarProblemHandler {

	private final MessageSource messages;

	CalendarProblemHandler(MessageSource messages) {
		this.messages = messages;
	}

	@ExceptionHandler
	ProblemDetail invalidInput(InvalidCalendarInput ex) {
		return badRequest(ex.field(), ex.problem().describe(messages, ex.field(), ex.arguments()));
	}

	@ExceptionHandler
	ProblemDetail typeMismatch(MethodArgumentTypeMismatchException ex) {
		Class<?> type = ex.getRequiredType();
		CalendarProblem problem = (type != null && Temporal.class.isAssignableFrom(type))
				? CalendarProblem.INVALID_DATE : CalendarProblem.INVALID_NUMBER;
		return badRequest(ex.getName(), problem.describe(messages, ex.getName()));
	}

	@ExceptionHandler
	ProblemDetail missingParameter(MissingServletRequestParameterException ex) {
		return badRequest(ex.getParameterName(), CalendarProblem.REQUIRED.describe(messages, ex.getParameterName()));
	}

	@ExceptionHandler
	ProblemDetail unreadableBody(HttpMessageNotReadableException ex) {
		String field = (ex.getCause() instanceof JacksonException jackson) ? fieldOf(jackson) : null;
		if ("kind".equals(field)) {
			return badRequest(field, CalendarProblem.INVALID_KIND.describe(messages, field));
		}
		String named = (field != null) ? field : "body";
		return badRequest(named, CalendarProblem.UNREADABLE.describe(messages, named));
	}

	@ExceptionHandler
	ProblemDetail invalidCommand(ConstraintViolationException ex) {
		List<ConstraintViolation<?>> violations = ex.getConstraintViolations()
			.stream()
			.sorted((a, b) -> fieldOf(a).compareTo(fieldOf(b)))
			.toList();
		List<String> details = violations.stream().map(this::describe).toList();
		ProblemDetail problem = badRequest(fieldOf(violations.get(0)), String.join("; ", details));
		problem.setProperty("fields", violations.stream().map(CalendarProblemHandler::fieldOf).distinct().toList());
		return problem;
	}

	private String describe(ConstraintViolation<?> violation) {
		InvalidCalendarInput input = InvalidCalendarInput.of(violation);
		return input.problem().describe(messages, input.field(), input.arguments());
	}

	private ProblemDetail badRequest(String field, String detail) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, detail);
		problem.setTitle(CalendarProblem.TITLE.describe(messages));
		problem.setProperty("field", field);
		return problem;
	}

	private static String fieldOf(ConstraintViolation<?> violation) {
		String field = "";
		for (Path.Node node : violation.getPropertyPath()) {
			field = node.getName();
		}
		return field;
	}

	private static String fieldOf(JacksonException ex) {
		List<JacksonException.Reference> path = ex.getPath();
		return path.isEmpty() ? null : path.get(path.size() - 1).getPropertyName();
	}

}
