package org.chengxiang.platform.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.Test;

import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class VerifiedCredentialsTests {

	private final AtomicInteger hashes = new AtomicInteger();

	private final AtomicReference<String> storedHash = new AtomicReference<>("{x}right");

	private final AtomicReference<Instant> now = new AtomicReference<>(Instant.parse("2026-12-07T08:00:00Z"));

	private final PasswordEncoder counting = new PasswordEncoder() {
		@Override
		public String encode(CharSequence raw) {
			return "{x}" + raw;
		}

		@Override
		public boolean matches(CharSequence raw, String encoded) {
			hashes.incrementAndGet();
			return encoded.equals("{x}" + raw);
		}
	};

	private final UserDetailsService users = name -> User.withUsername(name)
		.password(storedHash.get())
		.roles("CLERK")
		.build();

	private final VerifiedCredentials credentials = new VerifiedCredentials(users, counting,
			properties(Duration.ofMinutes(30), Duration.ofMinutes(5)), new Clock() {
				@Override
				public java.time.ZoneId getZone() {
					return ZoneOffset.UTC;
				}

				@Override
				public Clock withZone(java.time.ZoneId zone) {
					return this;
				}

				@Override
				public Instant instant() {
					return now.get();
				}
			});

	static SecurityProperties properties(Duration idle, Duration ttl) {
		return new SecurityProperties(idle, 5, Duration.ofMinutes(15), 3, 60, Duration.ofMinutes(1), 10,
				Duration.ofHours(1), ttl, false);
	}

	@Test
	void theSecondRequestWithTheSameCredentialsHashesNoPassword() {
		assertThat(credentials.authenticate(token("police", "right")).isAuthenticated()).isTrue();
		assertThat(hashes.get()).isEqualTo(1);
		for (int i = 0; i < 10; i++) {
			assertThat(credentials.authenticate(token("police", "right")).getAuthorities()).extracting(Object::toString)
				.isEqualTo(List.of("ROLE_CLERK"));
		}
		assertThat(hashes.get()).isEqualTo(1);
		assertThat(credentials.remembers("police", "right")).isTrue();
		assertThat(credentials.remembers("police", "wrong")).isFalse();
	}

	@Test
	void aWrongPasswordIsNeverTakenFromMemory() {
		credentials.authenticate(token("police", "right"));
		assertThatExceptionOfType(BadCredentialsException.class)
			.isThrownBy(() -> credentials.authenticate(token("police", "wrong")));
		assertThat(hashes.get()).isEqualTo(2);
	}

	@Test
	void theMemoryEndsAfterItsTimeAndWhenThePasswordChanges() {
		credentials.authenticate(token("police", "right"));
		now.set(now.get().plus(Duration.ofMinutes(6)));
		credentials.authenticate(token("police", "right"));
		assertThat(hashes.get()).isEqualTo(2);

		storedHash.set("{x}changed");
		assertThatExceptionOfType(BadCredentialsException.class)
			.isThrownBy(() -> credentials.authenticate(token("police", "right")));
	}

	private static UsernamePasswordAuthenticationToken token(String name, String password) {
		return UsernamePasswordAuthenticationToken.unauthenticated(name, password);
	}

}
