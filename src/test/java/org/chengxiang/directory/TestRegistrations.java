package org.chengxiang.directory;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import tools.jackson.databind.json.JsonMapper;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Registers residents for tests through the public API in its two steps: the request, then the confirmation with
 * the code the embedded default's {@link LoggedPhoneCodes} sent. The password policy refuses the demo password,
 * so the request carries a strong one; afterwards the account gets the password of the body, or the demo
 * password when the body has none, so that tests sign in as before with one constant.
 */
public final class TestRegistrations {

	/** The password of every demo user, and of a registered resident whose body names none. */
	public static final String PASSWORD = DemoDirectory.DEMO_PASSWORD;

	/** A password the policy accepts. */
	public static final String STRONG_PASSWORD = "Lantern-Rain-42";

	private TestRegistrations() {
	}

	/** Both steps; answers the confirmation's result (201 with the user when all went well). */
	@SuppressWarnings("unchecked")
	public static ResultActions register(MockMvc mvc, String json) throws Exception {
		ApplicationContext context = mvc.getDispatcherServlet().getWebApplicationContext();
		JsonMapper mapper = context.getBean(JsonMapper.class);
		Map<String, Object> body = new LinkedHashMap<>(mapper.readValue(json, Map.class));
		Object password = body.getOrDefault("password", PASSWORD);
		body.put("password", STRONG_PASSWORD);
		body.put("confirmPassword", STRONG_PASSWORD);
		String sent = mvc.perform(post("/api/residents").contentType(MediaType.APPLICATION_JSON)
			.content(mapper.writeValueAsString(body)))
			.andExpect(status().isAccepted())
			.andReturn()
			.getResponse()
			.getContentAsString();
		String confirmation = String.valueOf(mapper.readValue(sent, Map.class).get("confirmation"));
		String code = context.getBean(LoggedPhoneCodes.class).lastSentTo(String.valueOf(body.get("phone"))).orElseThrow();
		ResultActions confirmed = mvc.perform(post("/api/residents/confirmations").contentType(MediaType.APPLICATION_JSON)
			.content(mapper.writeValueAsString(Map.of("confirmation", confirmation, "code", code))));
		if (password != null && !STRONG_PASSWORD.equals(password)
				&& confirmed.andReturn().getResponse().getStatus() == 201) {
			context.getBean(JdbcClient.class)
				.sql("update directory.app_user set password_hash = :hash where username = :username")
				.param("hash", context.getBean(PasswordEncoder.class).encode(String.valueOf(password)))
				.param("username", String.valueOf(body.get("username")).strip().toLowerCase())
				.update();
		}
		return confirmed;
	}

	/**
	 * Gives an account the demo users' password hash, for tests that create staff through the API (where the
	 * policy refuses the demo password) and then sign in with the demo password as every other test does.
	 */
	public static void useDemoPassword(JdbcClient jdbc, String username) {
		jdbc.sql("""
				update directory.app_user set password_hash = (select password_hash from directory.app_user
				where username = 'admin') where username = :username
				""").param("username", username).update();
	}

}
