package org.chengxiang.platform.security;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;

import org.apache.catalina.Context;
import org.apache.catalina.Session;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.tomcat.TomcatWebServer;
import org.springframework.boot.web.server.servlet.context.ServletWebServerApplicationContext;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.chengxiang.directory.TestRegistrations.PASSWORD;

/**
 * On the real server: every session ends after the configured idle time however it was made, a script's HTTP Basic
 * request makes none; behind a TLS-terminating proxy on the same host the proxy's {@code X-Forwarded-Proto: https}
 * makes the answer carry HSTS and the session cookie the Secure flag, and a plain request gets neither.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = "chengxiang.security.idle-timeout=7m")
class SessionsAndProxyIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	ServletWebServerApplicationContext context;

	private final HttpClient http = HttpClient.newHttpClient();

	@Test
	void aBasicApiRequestMakesNoSessionAndEverySessionGetsTheConfiguredIdleTimeout() throws Exception {
		HttpResponse<String> api = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/directory/me"))
			.header("Authorization", basic("supervisor"))
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(api.statusCode()).isEqualTo(200);
		assertThat(api.headers().allValues("Set-Cookie")).isEmpty();

		// a page fetched with Basic credentials holds forms, whose CSRF token needs a session
		HttpResponse<String> page = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/"))
			.header("Authorization", basic("supervisor"))
			.header("Accept", "text/html")
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(page.statusCode()).isEqualTo(200);
		http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login")).build(),
				HttpResponse.BodyHandlers.ofString());
		Context web = (Context) ((TomcatWebServer) context.getWebServer()).getTomcat().getHost().findChildren()[0];
		Session[] sessions = web.getManager().findSessions();
		assertThat(sessions).isNotEmpty().allSatisfy(session -> assertThat(session.getMaxInactiveInterval()).isEqualTo(7 * 60));
	}

	private static String basic(String username) {
		return "Basic " + java.util.Base64.getEncoder()
			.encodeToString((username + ":" + PASSWORD).getBytes(java.nio.charset.StandardCharsets.UTF_8));
	}

	@Test
	void behindATlsProxyTheAnswerCarriesHstsAndASecureCookie() throws Exception {
		HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login"))
			.header("X-Forwarded-Proto", "https")
			.header("X-Forwarded-For", "198.51.100.7")
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.headers().firstValue("Strict-Transport-Security")).hasValueSatisfying(
				value -> assertThat(value).contains("max-age=31536000").contains("includeSubDomains"));
		assertThat(response.headers().allValues("Set-Cookie")).isNotEmpty()
			.allSatisfy(cookie -> assertThat(cookie).contains("Secure").contains("HttpOnly"));
	}

	@Test
	void aPlainRequestGetsNoHsts() throws Exception {
		HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login"))
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(response.headers().firstValue("Strict-Transport-Security")).isEmpty();
		assertThat(response.headers().allValues("Set-Cookie")).noneSatisfy(cookie -> assertThat(cookie).contains("Secure"));
	}

}
