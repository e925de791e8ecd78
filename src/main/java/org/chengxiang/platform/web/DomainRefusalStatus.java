package org.chengxiang.platform.web;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.chengxiang.platform.domain.NoSuchRecord;
import org.chengxiang.platform.domain.RuleBroken;
import org.chengxiang.platform.domain.StepRefused;
import org.springframework.core.Ordered;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.servlet.ModelAndView;

/**
 * The status of a refusal no page handled itself: 404 for a record not there or not visible, 400 for a broken rule,
 * 409 for a refused step, shown on the error page. The API's answers are ProblemDetails ({@link ApiExceptionHandler});
 * a page that shows the refusal on its form catches it first (ADR 20). Last in line, after Spring's own resolvers.
 */
@Component
class DomainRefusalStatus implements HandlerExceptionResolver, Ordered {

	@Override
	public ModelAndView resolveException(HttpServletRequest request, HttpServletResponse response, Object handler,
			Exception ex) {
		HttpStatus status = statusOf(ex);
		if (status == null || response.isCommitted()) {
			return null;
		}
		try {
			response.sendError(status.value());
		}
		catch (IOException notSent) {
			return null;
		}
		return new ModelAndView();
	}

	static HttpStatus statusOf(Exception ex) {
		if (ex instanceof NoSuchRecord) {
			return HttpStatus.NOT_FOUND;
		}
		if (ex instanceof RuleBroken) {
			return HttpStatus.BAD_REQUEST;
		}
		if (ex instanceof StepRefused) {
			return HttpStatus.CONFLICT;
		}
		return null;
	}

	@Override
	public int getOrder() {
		return Ordered.LOWEST_PRECEDENCE;
	}

}
