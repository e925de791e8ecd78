package org.chengxiang.platform.security;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;

import org.springframework.mock.web.MockHttpSession;

import static org.assertj.core.api.Assertions.assertThat;

class LoginCaptchaTests {

	private static final Instant NOW = Instant.parse("2026-12-07T08:00:00Z");

	private final LoginCaptcha captcha = new LoginCaptcha(Clock.fixed(NOW, ZoneOffset.UTC));

	@Test
	void drawsAPngAndTakesTheRightAnswerOnce() throws IOException {
		MockHttpSession session = new MockHttpSession();
		byte[] png = captcha.issue(session);
		assertThat(ImageIO.read(new ByteArrayInputStream(png)).getWidth()).isEqualTo(LoginCaptcha.WIDTH);
		String answer = (String) session.getAttribute(LoginCaptcha.ANSWER);
		assertThat(captcha.check(session, " " + answer + " ")).isTrue();
		assertThat(captcha.check(session, answer)).isFalse();
	}

	@Test
	void aWrongAnswerUsesTheChallengeUp() {
		MockHttpSession session = new MockHttpSession();
		captcha.issue(session);
		String answer = (String) session.getAttribute(LoginCaptcha.ANSWER);
		assertThat(captcha.check(session, answer.equals("00000") ? "11111" : "00000")).isFalse();
		assertThat(captcha.check(session, answer)).isFalse();
		assertThat(captcha.check(null, answer)).isFalse();
	}

	@Test
	void aChallengeOlderThanFiveMinutesIsRefused() {
		MockHttpSession session = new MockHttpSession();
		new LoginCaptcha(Clock.fixed(NOW.minus(Duration.ofMinutes(6)), ZoneOffset.UTC)).issue(session);
		String answer = (String) session.getAttribute(LoginCaptcha.ANSWER);
		assertThat(captcha.check(session, answer)).isFalse();
	}

	@Test
	void eachChallengeIsNew() {
		MockHttpSession session = new MockHttpSession();
		java.util.Set<String> answers = new java.util.HashSet<>();
		for (int i = 0; i < 20; i++) {
			captcha.issue(session);
			answers.add((String) session.getAttribute(LoginCaptcha.ANSWER));
		}
		assertThat(answers).hasSizeGreaterThan(15);
	}

}
