package org.chengxiang.plan;

import java.io.IOException;

import jakarta.servlet.http.HttpServletResponse;

import org.chengxiang.platform.domain.NoSuchRecord;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

/**
 * A plan page asked for a record that does not exist or lies outside the user's departments: the usual 404 page,
 * as the API answers 404.
 */
@ControllerAdvice(assignableTypes = { PlanPages.class, AssignmentPages.class })
class PlanPageErrors {

	@ExceptionHandler(NoSuchRecord.class)
	void notFound(HttpServletResponse response) throws IOException {
		response.sendError(HttpServletResponse.SC_NOT_FOUND);
	}

}
