package org.chengxiang.platform.web;

import jakarta.servlet.http.HttpServletRequest;

import org.chengxiang.platform.domain.Text;

import org.springframework.context.annotation.Bean;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.web.firewall.RequestRejectedHandler;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.servlet.resource.NoResourceFoundException;

import tools.jackson.databind.json.JsonMapper;

/**
 * The answers Spring gives before any controller is chosen (wrong method, media type not supported or not
 * acceptable, upload too large, no such path, a URL the firewall refuses), as ProblemDetails on {@code /api}. Pages
 * keep the error page: for them the exception goes on to Spring's own resolver.
 */
@RestControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE)
class FrameworkProblems {

	@ExceptionHandler({ HttpRequestMethodNotSupportedException.class, HttpMediaTypeNotSupportedException.class,
			HttpMediaTypeNotAcceptableException.class, MultipartException.class, NoResourceFoundException.class })
	ResponseEntity<ProblemDetail> beforeController(Exception ex, HttpServletRequest request) throws Exception {
		if (!isApi(request)) {
			throw ex;
		}
		HttpStatus status;
		String detail; // a message key
		if (ex instanceof HttpRequestMethodNotSupportedException) {
			status = HttpStatus.METHOD_NOT_ALLOWED;
			detail = "problem.methodNotAllowed";
		}
		else if (ex instanceof HttpMediaTypeNotSupportedException) {
			status = HttpStatus.UNSUPPORTED_MEDIA_TYPE;
			detail = "problem.unsupportedMediaType";
		}
		else if (ex instanceof HttpMediaTypeNotAcceptableException) {
			status = HttpStatus.NOT_ACCEPTABLE;
			detail = "problem.notAcceptable";
		}
		else if (ex instanceof MaxUploadSizeExceededException) {
			status = HttpStatus.CONTENT_TOO_LARGE;
			detail = "problem.uploadTooLarge";
		}
		else if (ex instanceof MultipartException) {
			status = HttpStatus.BAD_REQUEST;
			detail = "problem.uploadUnreadable";
		}
		else {
			status = HttpStatus.NOT_FOUND;
			detail = "problem.notFound";
		}
		return problem(status, detail);
	}

	static ResponseEntity<ProblemDetail> problem(HttpStatus status, String detailKey) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, ReaderTexts.of(Text.of(detailKey)));
		problem.setTitle(ReaderTexts.of(Text.of("problem.title.badRequest")));
		return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
	}

	private static boolean isApi(HttpServletRequest request) {
		return request.getRequestURI().startsWith(request.getContextPath() + "/api/");
	}

	/** A URL the firewall refuses (an encoded slash, a NUL, a non-printable character): 400, as a problem. */
	@Bean
	static RequestRejectedHandler problemRequestRejectedHandler(JsonMapper json) {
		return (request, response, ex) -> {
			ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
					ReaderTexts.of(Text.of("problem.badAddress")));
			problem.setTitle(ReaderTexts.of(Text.of("problem.title.badRequest")));
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
			response.setCharacterEncoding("UTF-8");
			json.writeValue(response.getOutputStream(), problem);
		};
	}

}
