package org.chengxiang.platform.web;

import org.chengxiang.platform.domain.NoSuchRecord;
import org.chengxiang.platform.domain.StaleVersion;
import org.chengxiang.platform.domain.StepRefused;
import org.chengxiang.platform.domain.RuleBroken;
import org.chengxiang.platform.domain.Text;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;

import jakarta.validation.ConstraintViolationException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Turns errors of the JSON API into RFC 9457 problem details. Validation problems name each field in
 * the reader's language (labels from the messages files, key {@code field.<name>}) under {@code errors}.
 */
// ahead of the application-wide answers of FrameworkProblems, which stand in where no controller was chosen
@org.springframework.core.annotation.Order(org.springframework.core.Ordered.LOWEST_PRECEDENCE - 1)
@RestControllerAdvice(annotations = org.springframework.web.bind.annotation.RestController.class)
class ApiExceptionHandler extends ResponseEntityExceptionHandler {

	private static final Logger log = LoggerFactory.getLogger(ApiExceptionHandler.class);

	static final String REQUIRED = "problem.required";

	static final String WRONG_FORMAT = "problem.wrongFormat";

	// "{0}": a text already worded, shown as it is
	static final String AS_WORDED = "problem.asWorded";

	private final MessageSource messages;

	ApiExceptionHandler(MessageSource messages) {
		this.messages = messages;
	}

	@Override
	protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		List<RuleBroken.Problem> problems = new ArrayList<>();
		for (FieldError error : ex.getBindingResult().getFieldErrors()) {
			problems.add(new RuleBroken.Problem(error.getField(), literal(error.getDefaultMessage())));
		}
		ex.getBindingResult()
			.getGlobalErrors()
			.forEach(error -> problems.add(new RuleBroken.Problem(error.getObjectName(),
					literal(error.getDefaultMessage()))));
		return ResponseEntity.badRequest().body(badInput(problems));
	}

	@Override
	protected ResponseEntity<Object> handleHandlerMethodValidationException(HandlerMethodValidationException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		List<RuleBroken.Problem> problems = new ArrayList<>();
		ex.getParameterValidationResults()
			.forEach(result -> result.getResolvableErrors()
				.forEach(error -> problems.add(new RuleBroken.Problem(
						result.getMethodParameter().getParameterName(), literal(error.getDefaultMessage())))));
		return ResponseEntity.badRequest().body(badInput(problems));
	}

	@Override
	protected ResponseEntity<Object> handleMissingServletRequestPart(
			org.springframework.web.multipart.support.MissingServletRequestPartException ex, HttpHeaders headers,
			HttpStatusCode status, WebRequest request) {
		return ResponseEntity.badRequest()
			.body(badInput(List.of(RuleBroken.Problem.at(ex.getRequestPartName(), REQUIRED))));
	}

	@Override
	protected ResponseEntity<Object> handleMissingServletRequestParameter(
			org.springframework.web.bind.MissingServletRequestParameterException ex, HttpHeaders headers,
			HttpStatusCode status, WebRequest request) {
		return ResponseEntity.badRequest()
			.body(badInput(List.of(RuleBroken.Problem.at(ex.getParameterName(), REQUIRED))));
	}

	@Override
	protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		tools.jackson.databind.DatabindException unreadable = causeOf(ex, tools.jackson.databind.DatabindException.class);
		String field = unreadable == null ? "" : path(unreadable.getPath());
		tools.jackson.core.exc.InputCoercionException coercion = causeOf(ex,
				tools.jackson.core.exc.InputCoercionException.class);
		if (field.isEmpty() && coercion != null && coercion.processor() != null) {
			// a number beyond its type's range: the parser still knows where it was
			field = ControlCharacterFilter.path(coercion.processor().streamReadContext().pathAsPointer().toString());
			field = "body".equals(field) ? "" : field;
		}
		if (!field.isEmpty()) {
			// a value of the wrong type or out of range: name its field, as validation does
			String reason = unreadable == null ? null : unreadable.getOriginalMessage();
			return ResponseEntity.badRequest().body(badInput(List.of(new RuleBroken.Problem(field, reason(reason)))));
		}
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
				words("problem.unreadableBody"));
		problem.setTitle(words("problem.title.badRequest"));
		return ResponseEntity.badRequest().body(problem);
	}

	@ExceptionHandler(MethodArgumentTypeMismatchException.class)
	ResponseEntity<ProblemDetail> typeMismatch(MethodArgumentTypeMismatchException ex) {
		IllegalArgumentException reason = causeOf(ex.getCause(), IllegalArgumentException.class);
		return ResponseEntity.badRequest()
			.body(badInput(List.of(new RuleBroken.Problem(ex.getName(), reason(reason == null ? null : reason.getMessage())))));
	}

	private static <T extends Throwable> T causeOf(Throwable ex, Class<T> type) {
		for (Throwable cause = ex; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
			if (type.isInstance(cause)) {
				return type.cast(cause);
			}
		}
		return null;
	}

	/** A JSON path as the API names fields: {@code members[0].idNumber}. */
	private static String path(List<tools.jackson.core.JacksonException.Reference> references) {
		StringBuilder path = new StringBuilder();
		for (tools.jackson.core.JacksonException.Reference reference : references) {
			if (reference.getPropertyName() != null) {
				path.append(path.isEmpty() ? "" : ".").append(reference.getPropertyName());
			}
			else if (reference.getIndex() >= 0) {
				path.append('[').append(reference.getIndex()).append(']');
			}
		}
		return path.toString();
	}

	@ExceptionHandler(ConstraintViolationException.class)
	ResponseEntity<ProblemDetail> constraintViolation(ConstraintViolationException ex) {
		List<RuleBroken.Problem> problems = ex.getConstraintViolations()
			.stream()
			.map(violation -> {
				String path = violation.getPropertyPath().toString();
				String field = path.contains(".") ? path.substring(path.lastIndexOf('.') + 1) : path;
				return new RuleBroken.Problem(field, literal(violation.getMessage()));
			})
			.toList();
		return ResponseEntity.badRequest().body(badInput(problems));
	}

	@ExceptionHandler(RuleBroken.class)
	ResponseEntity<ProblemDetail> badInput(RuleBroken ex) {
		return ResponseEntity.badRequest().body(badInput(ex.problems()));
	}

	@ExceptionHandler(NoSuchRecord.class)
	ResponseEntity<ProblemDetail> notFound(NoSuchRecord ex) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND,
				words("problem.notFound"));
		problem.setTitle(words("problem.title.notFound"));
		return ResponseEntity.status(HttpStatus.NOT_FOUND).body(problem);
	}

	@ExceptionHandler(StepRefused.class)
	ResponseEntity<ProblemDetail> conflict(StepRefused ex) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT,
				ReaderTexts.of(ex.reason()));
		problem.setTitle(words("problem.title.conflict"));
		return ResponseEntity.status(HttpStatus.CONFLICT).body(problem);
	}

	@ExceptionHandler(OptimisticLockingFailureException.class)
	ResponseEntity<ProblemDetail> staleEdit(OptimisticLockingFailureException ex) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT,
				ReaderTexts.of(Text.of(StaleVersion.KEY)));
		problem.setTitle(words("problem.title.conflict"));
		return ResponseEntity.status(HttpStatus.CONFLICT).body(problem);
	}

	@ExceptionHandler({ AccessDeniedException.class, AuthorizationDeniedException.class })
	ResponseEntity<ProblemDetail> denied(RuntimeException ex) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN, words("problem.accessDenied"));
		problem.setTitle(words("problem.title.forbidden"));
		return ResponseEntity.status(HttpStatus.FORBIDDEN).body(problem);
	}

	@ExceptionHandler(IllegalArgumentException.class)
	ResponseEntity<ProblemDetail> illegalArgument(IllegalArgumentException ex) {
		log.debug("Bad argument", ex);
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
				ReaderTexts.of(isKey(ex.getMessage()) ? Text.of(ex.getMessage()) : literal(ex.getMessage())));
		problem.setTitle(words("problem.title.badRequest"));
		return ResponseEntity.badRequest().body(problem);
	}

	private ProblemDetail badInput(List<RuleBroken.Problem> problems) {
		List<FieldMessage> errors = problems.stream()
			.map(p -> new FieldMessage(p.field(), label(p.field()), ReaderTexts.of(p.text()), p.rule()))
			.toList();
		// the field path stays machine-readable in "errors"; the text a person reads names the field by its label
		String detail = errors.stream()
			.map(e -> e.label() == null ? e.message() : words("problem.fieldMessage", e.label(), e.message()))
			.reduce((a, b) -> words("problem.join", a, b))
			.orElse(words("problem.invalidInput"));
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, detail);
		problem.setTitle(words("problem.title.invalidInput"));
		problem.setType(URI.create("urn:chengxiang:problem:invalid-input"));
		problem.setProperty("errors", errors);
		return problem;
	}

	private static String words(String key, Object... args) {
		return ReaderTexts.of(Text.of(key, args));
	}

	/**
	 * What a parser or converter said about a value: the message key it names (dates, ID numbers), or "wrong format"
	 * when it said something else, which is for operators and never shown.
	 */
	private Text reason(String said) {
		if (isKey(said)) {
			return Text.of(said);
		}
		return Text.of(WRONG_FORMAT);
	}

	private boolean isKey(String said) {
		return said != null && !said.isBlank() && !said.contains(" ")
				&& messages.getMessage(said, null, null, ReaderLocale.current()) != null;
	}

	private static Text literal(String worded) {
		return Text.asWorded(worded);
	}

	/** The field's label in the reader's language, or {@code null} when no label is defined. */
	private String label(String field) {
		return messages.getMessage("field." + field, null, null, LocaleContextHolder.getLocale());
	}

	/** One field's problem, as the API reports it: the field's path for programs, its label and the message for people. */
	@com.fasterxml.jackson.annotation.JsonInclude(com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL)
	record FieldMessage(String field, String label, String message, String rule) {
	}

}
