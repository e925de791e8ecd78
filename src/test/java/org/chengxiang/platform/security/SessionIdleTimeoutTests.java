package org.chengxiang.platform.security;

import java.time.Duration;

import jakarta.servlet.http.HttpSessionEvent;

import org.junit.jupiter.api.Test;

import org.springframework.mock.web.MockHttpSession;

import static org.assertj.core.api.Assertions.assertThat;

class SessionIdleTimeoutTests {

	@Test
	void everyNewSessionGetsTheConfiguredIdleTimeout() {
		MockHttpSession session = new MockHttpSession();
		session.setMaxInactiveInterval(30 * 60);
		new SessionIdleTimeout(VerifiedCredentialsTests.properties(Duration.ofMinutes(10), Duration.ofMinutes(5)))
			.sessionCreated(new HttpSessionEvent(session));
		assertThat(session.getMaxInactiveInterval()).isEqualTo(10 * 60);
	}

}
