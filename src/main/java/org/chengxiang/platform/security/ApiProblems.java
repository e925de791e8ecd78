package org.chengxiang.platform.security;

import java.io.IOException;

import jakarta.servlet.http.HttpServletResponse;

import org.chengxiang.platform.web.Wording;

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
		return Wording.of("需要登录：用户名或密码错误，或未提供", "Authentication required: the user name or password is wrong or missing");
	}

	String accessDenied() {
		return Wording.of("无权访问", "Access denied");
	}

	String tooManyAttempts(ClientRateLimits.Admission admission) {
		return Wording.of("尝试过于频繁，请 " + admission.retryAfterMinutes() + " 分钟后再试",
				"Too many attempts: try again in " + admission.retryAfterMinutes() + " minutes");
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
