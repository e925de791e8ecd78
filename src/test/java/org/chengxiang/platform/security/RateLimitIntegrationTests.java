package org.chengxiang.platform.security;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.chengxiang.platform.security.LoginProtectionIntegrationTests.from;
import static org.chengxiang.directory.TestRegistrations.PASSWORD;

/**
 * Login and registration are limited per client address: past the limit the API answers 429 with a problem, the
 * pages say to wait; other addresses go on.
 */
@SpringBootTest(properties = { "chengxiang.security.login-limit=4", "chengxiang.security.login-limit-period=1h",
		"chengxiang.security.registration-limit=3", "chengxiang.security.registration-limit-period=1h" })
@AutoConfigureMockMvc
class RateLimitIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Test
	void loginsFromOneAddressAreLimited() throws Exception {
		for (int i = 0; i < 4; i++) {
			mvc.perform(post("/login").with(csrf()).with(from("192.0.2.1")).param("username", "user" + i)
				.param("password", "Wrong@pass")).andExpect(redirectedUrl("/login?error"));
		}
		mvc.perform(post("/login").with(csrf()).with(from("192.0.2.1")).param("username", "admin")
			.param("password", PASSWORD)).andExpect(redirectedUrl("/login?busy"));
		mvc.perform(get("/login?busy").locale(java.util.Locale.SIMPLIFIED_CHINESE))
			.andExpect(content().string(containsString("尝试过于频繁")));
		mvc.perform(get("/api/directory/me").with(httpBasic("someone", "Wrong@pass")).with(from("192.0.2.1")))
			.andExpect(status().isTooManyRequests())
			.andExpect(header().exists("Retry-After"))
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
		// another address is not held up
		mvc.perform(post("/login").with(csrf()).with(from("192.0.2.2")).param("username", "admin")
			.param("password", PASSWORD)).andExpect(redirectedUrl("/"));
	}

	@Test
	void registrationsFromOneAddressAreLimited() throws Exception {
		for (int i = 0; i < 3; i++) {
			mvc.perform(post("/api/residents").with(from("192.0.2.3")).contentType(MediaType.APPLICATION_JSON)
				.content("{}")).andExpect(status().isBadRequest());
		}
		mvc.perform(post("/api/residents").with(from("192.0.2.3")).contentType(MediaType.APPLICATION_JSON).content("{}"))
			.andExpect(status().isTooManyRequests())
			.andExpect(header().exists("Retry-After"))
			.andExpect(jsonPath("$.status").value(429));
		mvc.perform(post("/register").with(csrf()).with(from("192.0.2.3")).locale(java.util.Locale.SIMPLIFIED_CHINESE)
			.param("username", "limited"))
			.andExpect(status().isTooManyRequests())
			.andExpect(content().string(containsString("尝试过于频繁")));
		mvc.perform(post("/api/residents").with(from("192.0.2.4")).contentType(MediaType.APPLICATION_JSON).content("{}"))
			.andExpect(status().isBadRequest());
	}

}
