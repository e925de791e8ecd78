package org.chengxiang.platform.security;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.chengxiang.directory.TestRegistrations.PASSWORD;
import static org.chengxiang.directory.TestRegistrations.STRONG_PASSWORD;

@SpringBootTest
@AutoConfigureMockMvc
class SecurityIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Test
	void fiveFailedLoginsStopTheAccountFromThatAddressEvenForTheRightPassword() throws Exception {
		createStaff("locktest");
		for (int i = 0; i < 5; i++) {
			mvc.perform(formLogin().user("locktest").password("Wrong@pass" + i))
				.andExpect(redirectedUrl("/login?error"));
		}
		// stopped: the right password gets the answer of a wrong one
		mvc.perform(formLogin().user("locktest").password(PASSWORD)).andExpect(redirectedUrl("/login?error"));
		mvc.perform(get("/api/directory/me").with(httpBasic("locktest", PASSWORD)))
			.andExpect(status().isUnauthorized())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
		assertThat(jdbc.sql("select locked_until > now() + interval '14 minutes' from platform.login_failure where username = 'locktest'")
			.query(Boolean.class)
			.single()).isTrue();

		// once the stop has run out, the right password works again (after three failures, with the captcha)
		jdbc.sql("update platform.login_failure set locked_until = now() - interval '1 second', failures = 1 where username = 'locktest'")
			.update();
		mvc.perform(formLogin().user("locktest").password(PASSWORD)).andExpect(redirectedUrl("/"));
		assertThat(jdbc.sql("select count(*) from platform.login_failure where username = 'locktest'")
			.query(Integer.class)
			.single()).isZero();
	}

	@Test
	void fewerThanThreeFailuresNeitherStopNorAskForACaptcha() throws Exception {
		createStaff("almostlocked");
		for (int i = 0; i < 2; i++) {
			mvc.perform(formLogin().user("almostlocked").password("Wrong@pass")).andExpect(redirectedUrl("/login?error"));
		}
		mvc.perform(formLogin().user("almostlocked").password(PASSWORD)).andExpect(redirectedUrl("/"));
	}

	@Test
	void sessionEndsAfterThirtyIdleMinutes() throws Exception {
		MvcResult login = mvc.perform(formLogin().user("supervisor").password(PASSWORD)).andReturn();
		MockHttpSession session = (MockHttpSession) login.getRequest().getSession(false);
		assertThat(session).isNotNull();
		assertThat(session.getMaxInactiveInterval()).isEqualTo(30 * 60);
		mvc.perform(get("/").session(session)).andExpect(status().isOk());
		session.invalidate();
		mvc.perform(get("/").accept(MediaType.TEXT_HTML).session(session)).andExpect(status().is3xxRedirection());
	}

	@Test
	void pagesNeedLoginAndFormsNeedTheCsrfToken() throws Exception {
		mvc.perform(get("/directory/departments").accept(MediaType.TEXT_HTML))
			.andExpect(redirectedUrl("/login"));
		MockHttpSession session = (MockHttpSession) mvc.perform(formLogin().user("admin").password(PASSWORD))
			.andReturn()
			.getRequest()
			.getSession(false);
		// the form page puts a token in the session; a post without it is refused
		mvc.perform(get("/directory/departments/new").session(session)).andExpect(status().isOk());
		mvc.perform(post("/directory/departments/new").session(session).param("code", "NO-CSRF"))
			.andExpect(status().isForbidden());
		mvc.perform(post("/directory/departments/new").session(session).with(csrf()).param("code", "NO-CSRF"))
			.andExpect(status().isOk());
		mvc.perform(get("/login")).andExpect(status().isOk());
	}

	@Test
	void loggingOutSaysTheUserLoggedOutNotThatTheSessionTimedOut() throws Exception {
		MockHttpSession session = (MockHttpSession) mvc.perform(formLogin().user("resident").password(PASSWORD))
			.andReturn()
			.getRequest()
			.getSession(false);
		MvcResult logout = mvc.perform(post("/logout").accept(MediaType.TEXT_HTML).session(session).with(csrf()))
			.andExpect(redirectedUrl("/login?logout"))
			.andReturn();
		// the browser forgets the session cookie, so the login page it goes to next is not taken for a stale session
		jakarta.servlet.http.Cookie cookie = logout.getResponse().getCookie("JSESSIONID");
		assertThat(cookie).isNotNull();
		assertThat(cookie.getMaxAge()).isZero();
		mvc.perform(get("/login?logout").locale(java.util.Locale.SIMPLIFIED_CHINESE))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("您已安全退出")))
			.andExpect(content().string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("会话已超时"))));
		mvc.perform(get("/login?logout").param("lang", "en"))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("You have signed out")))
			.andExpect(content().string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("timed out"))));
	}

	@Test
	void aTimedOutSessionStillSaysSo() throws Exception {
		mvc.perform(get("/").accept(MediaType.TEXT_HTML).with(request -> {
			request.setRequestedSessionId("expired-session");
			request.setRequestedSessionIdValid(false);
			return request;
		})).andExpect(redirectedUrl("/login?expired"));
		mvc.perform(get("/login?expired").locale(java.util.Locale.SIMPLIFIED_CHINESE))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("会话已超时，请重新登录")))
			.andExpect(content().string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("您已安全退出"))));
		mvc.perform(get("/login?expired").param("lang", "en"))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("Your session timed out")));
	}

	@Test
	void theFaviconIsServedWithoutLoginAndLinkedFromEveryPage() throws Exception {
		mvc.perform(get("/favicon.ico")).andExpect(status().isOk());
		mvc.perform(get("/images/favicon.svg"))
			.andExpect(status().isOk())
			.andExpect(content().contentTypeCompatibleWith("image/svg+xml"));
		mvc.perform(get("/images/favicon-32.png"))
			.andExpect(status().isOk())
			.andExpect(content().contentTypeCompatibleWith(MediaType.IMAGE_PNG));
		// linked under a name that holds its content's hash, so that browsers may keep it for a year
		mvc.perform(get("/login"))
			.andExpect(content().string(org.hamcrest.Matchers.matchesRegex(
					"(?s).*rel=\"icon\" type=\"image/svg\\+xml\" href=\"/images/favicon-[0-9a-f]{32}\\.svg\".*")));
	}

	@Test
	void apiAnswersUnauthenticatedCallsWithAProblem() throws Exception {
		mvc.perform(get("/api/directory/departments"))
			.andExpect(status().isUnauthorized())
			.andExpect(header().exists("WWW-Authenticate"))
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
	}

	@Test
	void responsesCarrySecurityHeaders() throws Exception {
		mvc.perform(get("/login"))
			.andExpect(header().string("X-Frame-Options", "DENY"))
			.andExpect(header().string("X-Content-Type-Options", "nosniff"))
			.andExpect(header().exists("Content-Security-Policy"))
			.andExpect(header().exists("Referrer-Policy"));
	}

	@Test
	void aBasicRequestMakesNoSessionAndSetsNoCookie() throws Exception {
		MvcResult result = mvc.perform(get("/api/directory/me").with(httpBasic("supervisor", PASSWORD)))
			.andExpect(status().isOk())
			.andReturn();
		assertThat(result.getRequest().getSession(false)).isNull();
		assertThat(result.getResponse().getHeader("Set-Cookie")).isNull();
	}

	@Test
	void apiDocumentationIsForAdministratorsOnly() throws Exception {
		mvc.perform(get("/api-docs")).andExpect(status().isUnauthorized());
		mvc.perform(get("/api-docs").with(httpBasic("supervisor", PASSWORD))).andExpect(status().isForbidden());
		mvc.perform(get("/api-docs").with(httpBasic("admin", PASSWORD))).andExpect(status().isOk());
		mvc.perform(get("/swagger-ui/index.html").accept(MediaType.TEXT_HTML)).andExpect(redirectedUrl("/login"));
	}

	@Test
	void healthIsPublic() throws Exception {
		mvc.perform(get("/actuator/health")).andExpect(status().isOk());
	}

	private void createStaff(String username) throws Exception {
		long department = jdbc.sql("select id from directory.department where code = 'EDU'").query(Long.class).single();
		mvc.perform(post("/api/directory/users").with(httpBasic("admin", PASSWORD))
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"username":"%s","displayName":"测试","role":"CLERK","departmentId":%d,"password":"%s"}
					""".formatted(username, department, STRONG_PASSWORD)))
			.andExpect(status().isCreated());
		// the demo password is too common for the policy: the account gets the demo users' hash directly
		jdbc.sql("update directory.app_user set password_hash = (select password_hash from directory.app_user where username = 'admin') where username = :u")
			.param("u", username)
			.update();
	}

}
