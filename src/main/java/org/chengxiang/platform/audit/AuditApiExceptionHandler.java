package org.chengxiang.platform.audit;

import java.util.Map;

import org.chengxiang.platform.web.Wording;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/**
 * Turns bad parameters of the audit API into a 400 ProblemDetail that names the field in Chinese
 * and English.
 */
// Ahead of Boot's application-wide ProblemDetail handler, which would answer a type mismatch in
// English only; scoped to the audit controller so that it decides nothing for other modules.
@Order(Ordered.HIGHEST_PRECEDENCE)
@RestControllerAdvice(assignableTypes = AuditController.class)
class AuditApiExceptionHandler {

	// How to write each typed parameter when it cannot be parsed.
	private static final Map<String, String[]> EXPECTED = Map.of(
			"from", new String[] { "起始日期 from 应为 yyyy-MM-dd 格式的日期", "from must be a date as yyyy-MM-dd" },
			"to", new String[] { "截止日期 to 应为 yyyy-MM-dd 格式的日期", "to must be a date as yyyy-MM-dd" },
			"size", new String[] { "每页条数 size 应为 1 到 200 之间的整数", "size must be a whole number from 1 to 200" },
			"beforeId", new String[] { "游标 beforeId 应为正整数", "beforeId must be a positive number" });

	@ExceptionHandler
	ProblemDetail invalidParameter(InvalidAuditParameterException ex) {
		return problem(ex.field(), ex.chinese(), ex.english());
	}

	@ExceptionHandler
	ProblemDetail unreadableParameter(MethodArgumentTypeMismatchException ex) {
		String[] expected = EXPECTED.getOrDefault(ex.getName(),
				new String[] { "参数 " + ex.getName() + " 格式不正确", ex.getName() + " is not in the expected format" });
		return problem(ex.getName(), expected[0], expected[1]);
	}

	private static ProblemDetail problem(String field, String chinese, String english) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, Wording.of(chinese, english));
		problem.setTitle(Wording.of("请求参数无效", "Invalid request parameter"));
		problem.setProperty("field", field);
		problem.setProperty("messageZh", chinese);
		problem.setProperty("messageEn", english);
		return problem;
	}

}
