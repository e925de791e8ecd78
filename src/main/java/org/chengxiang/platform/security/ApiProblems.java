package org.chengxiang.platform.security;

import java.io.IOException;

import jakarta.servlet.http.HttpServletResponse;

import org.chengxiang.platform.domain.Text;
import org.chengxiang.platform.web.ReaderTexts;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;

import tools.jackson.databind.json.JsonMapper;

/**
 * The problem details security answers itself, before any controller: 401, 403 and 429, in the reader's language.
 * A refused login says only that a login is needed, whether the name exists, the password was wrong or the name
 * is stopped from this address.
 */
@Component
class ApiProblems {

	private final JsonMapper json;

	ApiProblems(JsonMapper json) {
		this.json = json;
	}

	String authenticationRequired() {
		return ReaderTexts.of(Text.of("problem.authenticationRequired"));
	}

	String accessDenied() {
		return ReaderTexts.of(Text.of("problem.accessDenied"));
	}

	String tooManyAttempts(ClientRateLimits.Admission admission) {
		return ReaderTexts.of(Text.of("problem.tooManyAttempts", admission.retryAfterMinutes()));
	}

	void write(HttpServletResponse response, HttpStatus status, String detail, boolean challenge) throws IOException {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
		if (challenge) {
			response.setHeader("WWW-Authenticate", "Basic realm=\"Chengxiang\"");
		}
		response.setStatus(status.value());
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		response.setCharacterEncoding("UTF-8");
		json.writeValue(response.getOutputStream(), problem);
	}

}
