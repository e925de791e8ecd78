package org.chengxiang.platform.security;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Logins checked against the directory, with a short memory of credentials already verified, so that a script
 * calling the API with HTTP Basic on every request (and no session) does not pay a password hash each time. The
 * memory holds, per login, an HMAC-SHA256 of name and password under a key made at start and never stored, the
 * password hash it was verified against, and when it expires (five minutes by default). A hit still loads the
 * account: a disabled account, a changed role or a changed password takes effect on the next request.
 */
class VerifiedCredentials implements AuthenticationProvider {

	// past this many remembered credentials, the memory starts afresh
	static final int MAX_ENTRIES = 10_000;

	private final DaoAuthenticationProvider delegate;

	private final UserDetailsService users;

	private final SecurityProperties properties;

	private final Clock clock;

	private final SecretKeySpec key;

	private final Map<String, Verified> verified = new ConcurrentHashMap<>();

	VerifiedCredentials(UserDetailsService users, PasswordEncoder passwords, SecurityProperties properties,
			Clock clock) {
		this.delegate = new DaoAuthenticationProvider(users);
		this.delegate.setPasswordEncoder(passwords);
		this.users = users;
		this.properties = properties;
		this.clock = clock;
		byte[] secret = new byte[32];
		new SecureRandom().nextBytes(secret);
		this.key = new SecretKeySpec(secret, "HmacSHA256");
	}

	@Override
	public Authentication authenticate(Authentication authentication) throws AuthenticationException {
		String name = authentication.getName();
		Object credentials = authentication.getCredentials();
		if (name == null || !(credentials instanceof String password)) {
			return delegate.authenticate(authentication);
		}
		String fingerprint = fingerprint(name, password);
		Verified known = verified.get(fingerprint);
		Instant now = clock.instant();
		if (known != null && known.until().isAfter(now)) {
			UserDetails user;
			try {
				user = users.loadUserByUsername(name);
			}
			catch (UsernameNotFoundException ex) {
				verified.remove(fingerprint);
				throw new BadCredentialsException("Bad credentials");
			}
			if (Objects.equals(user.getPassword(), known.passwordHash()) && user.isEnabled()
					&& user.isAccountNonLocked() && user.isAccountNonExpired() && user.isCredentialsNonExpired()) {
				UsernamePasswordAuthenticationToken result = UsernamePasswordAuthenticationToken.authenticated(user,
						null, user.getAuthorities());
				result.setDetails(authentication.getDetails());
				return result;
			}
			verified.remove(fingerprint);
		}
		Authentication result = delegate.authenticate(authentication);
		if (result != null && result.getPrincipal() instanceof UserDetails user) {
			if (verified.size() >= MAX_ENTRIES) {
				verified.clear();
			}
			verified.put(fingerprint, new Verified(hashOf(user, name), now.plus(properties.basicCredentialsTtl())));
		}
		return result;
	}

	/** Whether these credentials were verified a short while ago, so that checking them costs no password hash. */
	boolean remembers(String name, String password) {
		Verified known = verified.get(fingerprint(name, password));
		return known != null && known.until().isAfter(clock.instant());
	}

	@Override
	public boolean supports(Class<?> authentication) {
		return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
	}

	// the principal's password may be erased after authentication: read the hash the directory holds now
	private String hashOf(UserDetails user, String name) {
		return user.getPassword() != null ? user.getPassword() : users.loadUserByUsername(name).getPassword();
	}

	private String fingerprint(String name, String password) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(key);
			mac.update(name.strip().toLowerCase(java.util.Locale.ROOT).getBytes(StandardCharsets.UTF_8));
			mac.update((byte) 0);
			return Base64.getEncoder().encodeToString(mac.doFinal(password.getBytes(StandardCharsets.UTF_8)));
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private record Verified(String passwordHash, Instant until) {
	}

}
