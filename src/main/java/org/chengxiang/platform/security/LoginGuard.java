package org.chengxiang.platform.security;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Stands before every login, by the form and by HTTP Basic: refuses a client address past its login limit (the
 * form says to wait, the API answers 429), refuses a name stopped from this address after repeated failures with
 * exactly the answer of a wrong password, and asks the form for the captcha once a name has failed three times
 * from this address; a login without the right captcha counts as a failure. Credentials the platform verified a
 * short while ago pass without being counted.
 */
class LoginGuard extends OncePerRequestFilter {

	/** Set in the session when the login form must show the captcha. */
	static final String CAPTCHA_REQUIRED = "chengxiang.captcha.required";

	private final ClientRateLimits limits;

	private final LoginFailures failures;

	private final LoginCaptcha captcha;

	private final VerifiedCredentials verified;

	private final ApiProblems problems;

	LoginGuard(ClientRateLimits limits, LoginFailures failures, LoginCaptcha captcha, VerifiedCredentials verified,
			ApiProblems problems) {
		this.limits = limits;
		this.failures = failures;
		this.captcha = captcha;
		this.verified = verified;
		this.problems = problems;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if ("POST".equals(request.getMethod()) && "/login".equals(pathOf(request))) {
			if (formLoginMayGoOn(request, response)) {
				chain.doFilter(request, response);
			}
			return;
		}
		String[] basic = basicCredentials(request);
		if (basic != null && !verified.remembers(basic[0], basic[1]) && !basicLoginMayGoOn(basic[0], request, response)) {
			return;
		}
		chain.doFilter(request, response);
	}

	private boolean formLoginMayGoOn(HttpServletRequest request, HttpServletResponse response) throws IOException {
		String address = request.getRemoteAddr();
		if (!limits.login(address).admitted()) {
			response.sendRedirect(request.getContextPath() + "/login?busy");
			return false;
		}
		String username = request.getParameter("username");
		if (failures.isStopped(username, address)) {
			refuseForm(request, response);
			return false;
		}
		if (failures.needsCaptcha(username, address)
				&& !captcha.check(request.getSession(false), request.getParameter("captcha"))) {
			// a login without the right captcha is a failed login: five in a row stop the name from here
			failures.recordFailure(username, address);
			refuseForm(request, response);
			return false;
		}
		return true;
	}

	private boolean basicLoginMayGoOn(String username, HttpServletRequest request, HttpServletResponse response)
			throws IOException {
		String address = request.getRemoteAddr();
		ClientRateLimits.Admission admission = limits.login(address);
		if (!admission.admitted()) {
			response.setHeader("Retry-After", String.valueOf(admission.retryAfterSeconds()));
			problems.write(response, HttpStatus.TOO_MANY_REQUESTS, problems.tooManyAttempts(admission), false);
			return false;
		}
		// a script cannot answer a captcha: past the captcha threshold it waits out the lockout like a stopped name
		if (failures.isStopped(username, address) || failures.needsCaptcha(username, address)) {
			problems.write(response, HttpStatus.UNAUTHORIZED, problems.authenticationRequired(), true);
			return false;
		}
		return true;
	}

	/** The answer of a wrong password, and the captcha shown from now on. */
	static void refuseForm(HttpServletRequest request, HttpServletResponse response) throws IOException {
		HttpSession session = request.getSession();
		session.setAttribute(CAPTCHA_REQUIRED, Boolean.TRUE);
		response.sendRedirect(request.getContextPath() + "/login?error");
	}

	private static String pathOf(HttpServletRequest request) {
		return request.getRequestURI().substring(request.getContextPath().length());
	}

	private static String[] basicCredentials(HttpServletRequest request) {
		String header = request.getHeader("Authorization");
		if (header == null || !header.regionMatches(true, 0, "Basic ", 0, 6)) {
			return null;
		}
		try {
			String decoded = new String(Base64.getDecoder().decode(header.substring(6).strip()), StandardCharsets.UTF_8);
			int colon = decoded.indexOf(':');
			return colon < 0 ? null : new String[] { decoded.substring(0, colon), decoded.substring(colon + 1) };
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

}
