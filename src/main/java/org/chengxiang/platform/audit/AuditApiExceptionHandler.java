package org.chengxiang.platform.audit;

import java.util.Locale;
import java.util.Map;

import org.chengxiang.platform.domain.Text;
import org.chengxiang.platform.web.ReaderTexts;

import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/**
 * Turns bad parameters of the audit API into a 400 ProblemDetail that names the field, worded in the reader's
 * language; {@code messageZh} and {@code messageEn} carry the reason in each language, for programs.
 */
// Ahead of Boot's application-wide ProblemDetail handler, which would answer a type mismatch in
// English only; scoped to the audit controller so that it decides nothing for other modules.
@Order(Ordered.HIGHEST_PRECEDENCE)
@RestControllerAdvice(assignableTypes = AuditController.class)
class AuditApiExceptionHandler {

	// How to write each typed parameter when it cannot be parsed: the message key of the reason.
	private static final Map<String, String> EXPECTED = Map.of("from", "audit.problem.from", "to", "audit.problem.to",
			"size", "audit.problem.sizeFormat", "beforeId", "audit.problem.beforeId");

	private final MessageSource messages;

	AuditApiExceptionHandler(MessageSource messages) {
		this.messages = messages;
	}

	@ExceptionHandler
	ProblemDetail invalidParameter(InvalidAuditParameterException ex) {
		return problem(ex.field(), Text.of(ex.key()));
	}

	@ExceptionHandler
	ProblemDetail unreadableParameter(MethodArgumentTypeMismatchException ex) {
		String key = EXPECTED.get(ex.getName());
		return problem(ex.getName(), key != null ? Text.of(key) : Text.of("audit.problem.format", ex.getName()));
	}

	private ProblemDetail problem(String field, Text reason) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, ReaderTexts.of(reason));
		problem.setTitle(ReaderTexts.of(Text.of("audit.problem.title")));
		problem.setProperty("field", field);
		problem.setProperty("messageZh", messages.getMessage(reason, Locale.SIMPLIFIED_CHINESE));
		problem.setProperty("messageEn", messages.getMessage(reason, Locale.ENGLISH));
		return problem;
	}

}
