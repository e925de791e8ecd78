package org.chengxiang.platform.security;

import java.io.ByteArrayInputStream;
import java.awt.image.BufferedImage;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.chengxiang.directory.TestRegistrations.PASSWORD;
import static org.chengxiang.directory.TestRegistrations.STRONG_PASSWORD;

/**
 * Failed logins count per account and client address: the lockout answers like a wrong password, an attacker
 * elsewhere cannot lock a clerk out, and after three failures the form asks for a captcha drawn on the server.
 */
@SpringBootTest
@AutoConfigureMockMvc
class LoginProtectionIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Test
	void theLockoutAnswersExactlyLikeAWrongPassword() throws Exception {
		createStaff("lockreply");
		String address = "10.20.0.1";
		for (int i = 0; i < 5; i++) {
			login("lockreply", "Wrong@pass" + i, address, new MockHttpSession(), null)
				.andExpect(redirectedUrl("/login?error"));
		}
		// locked now: the right password gets the same answer as a wrong one, for a known and an unknown name
		login("lockreply", PASSWORD, address, new MockHttpSession(), null).andExpect(redirectedUrl("/login?error"));
		for (int i = 0; i < 6; i++) {
			login("nosuchclerk", "Wrong@pass" + i, address, new MockHttpSession(), null)
				.andExpect(redirectedUrl("/login?error"));
		}
		mvc.perform(get("/api/directory/me").with(httpBasic("lockreply", PASSWORD)).with(from(address)))
			.andExpect(status().isUnauthorized())
			.andExpect(content().string(not(containsString("锁定"))))
			.andExpect(content().string(not(containsString("locked"))));
		mvc.perform(get("/api/directory/me").with(httpBasic("nosuchclerk", PASSWORD)).with(from(address)))
			.andExpect(status().isUnauthorized());
		mvc.perform(get("/login?error").locale(java.util.Locale.SIMPLIFIED_CHINESE))
			.andExpect(content().string(not(containsString("已锁定"))));
	}

	@Test
	void failuresFromAnotherAddressDoNotLockTheClerkOut() throws Exception {
		createStaff("lockvictim");
		for (int i = 0; i < 8; i++) {
			login("lockvictim", "Wrong@pass" + i, "203.0.113.9", new MockHttpSession(), null)
				.andExpect(redirectedUrl("/login?error"));
		}
		login("lockvictim", PASSWORD, "10.20.0.2", new MockHttpSession(), null).andExpect(redirectedUrl("/"));
		mvc.perform(get("/api/directory/me").with(httpBasic("lockvictim", PASSWORD)).with(from("10.20.0.3")))
			.andExpect(status().isOk());
	}

	@Test
	void afterThreeFailuresTheFormAsksForACaptchaDrawnOnTheServer() throws Exception {
		createStaff("captchauser");
		String address = "10.20.0.4";
		MockHttpSession session = new MockHttpSession();
		for (int i = 0; i < 3; i++) {
			login("captchauser", "Wrong@pass" + i, address, session, null).andExpect(redirectedUrl("/login?error"));
		}
		mvc.perform(get("/login").session(session)).andExpect(content().string(containsString("name=\"captcha\"")));
		// the right password without the captcha is not enough
		login("captchauser", PASSWORD, address, session, null).andExpect(redirectedUrl("/login?error"));

		byte[] png = mvc.perform(get("/login/captcha").session(session))
			.andExpect(status().isOk())
			.andExpect(content().contentType(MediaType.IMAGE_PNG))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
		assertThat(image.getWidth()).isGreaterThan(80);
		String answer = (String) session.getAttribute("chengxiang.captcha");
		assertThat(answer).hasSize(5).containsOnlyDigits();
		login("captchauser", PASSWORD, address, session, answer).andExpect(redirectedUrl("/"));
		// the answer was used up by the login
		assertThat(session.getAttribute("chengxiang.captcha")).isNull();
	}

	@Test
	void anAdministratorUnlocksAndTheUnlockIsAudited() throws Exception {
		createStaff("unlockme");
		String address = "10.20.0.5";
		for (int i = 0; i < 5; i++) {
			login("unlockme", "Wrong@pass" + i, address, new MockHttpSession(), null);
		}
		long id = jdbc.sql("select id from directory.app_user where username = 'unlockme'").query(Long.class).single();
		MockHttpSession admin = (MockHttpSession) mvc.perform(post("/login").with(csrf()).with(from("10.20.0.99"))
			.param("username", "admin")
			.param("password", PASSWORD)).andReturn().getRequest().getSession(false);
		mvc.perform(get("/directory/users/{id}", id).session(admin))
			.andExpect(content().string(containsString("/directory/users/" + id + "/unlock")));
		mvc.perform(post("/directory/users/{id}/unlock", id).session(admin).with(csrf()))
			.andExpect(redirectedUrl("/directory/users/" + id));
		assertThat(jdbc.sql("select count(*) from platform.audit_entry where action = 'user.unlocked' and subject_id = :id")
			.param("id", String.valueOf(id))
			.query(Integer.class)
			.single()).isEqualTo(1);
		login("unlockme", PASSWORD, address, new MockHttpSession(), null).andExpect(redirectedUrl("/"));
	}

	private org.springframework.test.web.servlet.ResultActions login(String username, String password, String address,
			MockHttpSession session, String captcha) throws Exception {
		MockHttpServletRequestBuilder request = post("/login").session(session)
			.with(csrf())
			.with(from(address))
			.param("username", username)
			.param("password", password);
		if (captcha != null) {
			request.param("captcha", captcha);
		}
		return mvc.perform(request);
	}

	static RequestPostProcessor from(String address) {
		return request -> {
			request.setRemoteAddr(address);
			return request;
		};
	}

	private void createStaff(String username) throws Exception {
		long department = jdbc.sql("select id from directory.department where code = 'EDU'").query(Long.class).single();
		mvc.perform(post("/api/directory/users").with(httpBasic("admin", PASSWORD))
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"username":"%s","displayName":"测试","role":"CLERK","departmentId":%d,"password":"%s"}
					""".formatted(username, department, STRONG_PASSWORD)))
			.andExpect(status().isCreated());
		jdbc.sql("update directory.app_user set password_hash = (select password_hash from directory.app_user where username = 'admin') where username = :u")
			.param("u", username)
			.update();
	}

}
