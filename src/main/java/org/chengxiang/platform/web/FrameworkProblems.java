package org.chengxiang.platform.web;

import jakarta.servlet.http.HttpServletRequest;

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
		String detail;
		if (ex instanceof HttpRequestMethodNotSupportedException) {
			status = HttpStatus.METHOD_NOT_ALLOWED;
			detail = Wording.of("此地址不支持该请求方法", "this method is not supported here");
		}
		else if (ex instanceof HttpMediaTypeNotSupportedException) {
			status = HttpStatus.UNSUPPORTED_MEDIA_TYPE;
			detail = Wording.of("不支持该内容类型", "this content type is not supported");
		}
		else if (ex instanceof HttpMediaTypeNotAcceptableException) {
			status = HttpStatus.NOT_ACCEPTABLE;
			detail = Wording.of("无法以所要求的格式答复", "cannot answer in an acceptable format");
		}
		else if (ex instanceof MaxUploadSizeExceededException) {
			status = HttpStatus.CONTENT_TOO_LARGE;
			detail = Wording.of("上传内容过大", "the upload is too large");
		}
		else if (ex instanceof MultipartException) {
			status = HttpStatus.BAD_REQUEST;
			detail = Wording.of("上传内容无法读取", "the upload could not be read");
		}
		else {
			status = HttpStatus.NOT_FOUND;
			detail = Wording.of("记录不存在或无权查看", "not found or not visible to you");
		}
		return problem(status, detail);
	}

	static ResponseEntity<ProblemDetail> problem(HttpStatus status, String detail) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
		problem.setTitle(Wording.of("请求无效", "Bad request"));
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
					Wording.of("请求地址无效", "the request address is not valid"));
			problem.setTitle(Wording.of("请求无效", "Bad request"));
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
			response.setCharacterEncoding("UTF-8");
			json.writeValue(response.getOutputStream(), problem);
		};
	}

}
