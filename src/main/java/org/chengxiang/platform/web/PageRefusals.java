package org.chengxiang.platform.web;

import java.io.IOException;

import jakarta.servlet.http.HttpServletResponse;

import org.chengxiang.platform.domain.NoSuchRecord;
import org.chengxiang.platform.domain.RuleBroken;
import org.chengxiang.platform.domain.StepRefused;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

/**
 * A refusal that reaches a page handler uncaught answers the error page with its status: a record that does not
 * exist or is out of the reader's scope 404, a refused step 409, a broken rule 400. Page handlers that show the
 * form again catch the refusals they expect; this is what is left.
 */
// after ApiExceptionHandler, which answers the same refusals of the API (its controllers are pages' too) as problems
@ControllerAdvice(annotations = Controller.class)
@Order(Ordered.LOWEST_PRECEDENCE)
class PageRefusals {

	@ExceptionHandler(NoSuchRecord.class)
	void notFound(HttpServletResponse response) throws IOException {
		response.sendError(HttpStatus.NOT_FOUND.value());
	}

	@ExceptionHandler(StepRefused.class)
	void refused(HttpServletResponse response) throws IOException {
		response.sendError(HttpStatus.CONFLICT.value());
	}

	@ExceptionHandler(RuleBroken.class)
	void broken(HttpServletResponse response) throws IOException {
		response.sendError(HttpStatus.BAD_REQUEST.value());
	}

}
