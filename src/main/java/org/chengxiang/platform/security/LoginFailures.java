package org.chengxiang.platform.security;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.chengxiang.platform.audit.AuditEvent;
import org.chengxiang.platform.audit.AuditTrail;

import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Failed logins, counted per login name and client address. Five in a row (configurable) stop logins of that name
 * from that address for fifteen minutes, as 等保 asks, while the same clerk signs in from their own desk; three
 * ask for a captcha. Names the directory does not know are counted the same way, so that no answer tells whether
 * a name exists. An administrator ends every stop of an account at once ({@link #forget}).
 */
@Component
public class LoginFailures {

	private final JdbcClient jdbc;

	private final SecurityProperties properties;

	private final AuditTrail audit;

	private final Clock clock;

	LoginFailures(JdbcClient jdbc, SecurityProperties properties, AuditTrail audit, Clock clock) {
		this.jdbc = jdbc;
		this.properties = properties;
		this.audit = audit;
		this.clock = clock;
	}

	/** The form of a login name failures are counted under. */
	static String normalize(String username) {
		String name = username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
		return name.length() > 100 ? name.substring(0, 100) : name;
	}

	@EventListener
	void on(AuthenticationFailureBadCredentialsEvent event) {
		recordFailure(event.getAuthentication().getName(), address(event.getAuthentication()));
	}

	@EventListener
	void on(AuthenticationSuccessEvent event) {
		String address = address(event.getAuthentication());
		if (address != null) {
			jdbc.sql("delete from platform.login_failure where username = :u and client_address = :a")
				.param("u", normalize(event.getAuthentication().getName()))
				.param("a", address)
				.update();
		}
	}

	/** Counts a failed login; the failure that reaches the maximum stops that name's logins from that address. */
	@Transactional
	void recordFailure(String username, String address) {
		if (address == null) {
			return;
		}
		Instant now = clock.instant();
		String name = normalize(username);
		jdbc.sql("delete from platform.login_failure where last_failure < :forget and (locked_until is null or locked_until < :now)")
			.param("forget", Timestamp.from(now.minus(properties.lockout())))
			.param("now", Timestamp.from(now))
			.update();
		int failures = jdbc.sql("""
				insert into platform.login_failure as f (username, client_address, failures, last_failure)
				values (:u, :a, 1, :now)
				on conflict (username, client_address) do update set
				    failures = case when f.locked_until is not null and f.locked_until <= :now then 1 else f.failures + 1 end,
				    locked_until = case when f.locked_until is not null and f.locked_until <= :now then null else f.locked_until end,
				    last_failure = :now
				returning failures
				""")
			.param("u", name)
			.param("a", address)
			.param("now", Timestamp.from(now))
			.query(Integer.class)
			.single();
		if (failures == properties.maxFailedLogins()) {
			Instant until = now.plus(properties.lockout());
			jdbc.sql("update platform.login_failure set locked_until = :until where username = :u and client_address = :a")
				.param("until", Timestamp.from(until))
				.param("u", name)
				.param("a", address)
				.update();
			audit.record(AuditEvent.of("login.stopped", "login", name, null,
					Map.of("clientAddress", address, "failedLogins", failures, "until", until.toString())));
		}
	}

	/** Whether logins of this name from this address are stopped now. */
	public boolean isStopped(String username, String address) {
		return jdbc.sql("""
				select exists(select 1 from platform.login_failure
				where username = :u and client_address = :a and locked_until > :now)
				""")
			.param("u", normalize(username))
			.param("a", address)
			.param("now", Timestamp.from(clock.instant()))
			.query(Boolean.class)
			.single();
	}

	/** Whether a login of this name from this address must come with a captcha. */
	public boolean needsCaptcha(String username, String address) {
		return jdbc.sql("""
				select exists(select 1 from platform.login_failure
				where username = :u and client_address = :a and failures >= :after and last_failure >= :forget)
				""")
			.param("u", normalize(username))
			.param("a", address)
			.param("after", properties.captchaAfter())
			.param("forget", Timestamp.from(clock.instant().minus(properties.lockout())))
			.query(Boolean.class)
			.single();
	}

	/** Of the given names, those whose logins are stopped now from some address. */
	public Set<String> stoppedAmong(Collection<String> usernames) {
		List<String> names = usernames.stream().map(LoginFailures::normalize).distinct().toList();
		if (names.isEmpty()) {
			return Set.of();
		}
		return new HashSet<>(jdbc.sql("""
				select distinct username from platform.login_failure where username in (:names) and locked_until > :now
				""")
			.param("names", names)
			.param("now", Timestamp.from(clock.instant()))
			.query(String.class)
			.list());
	}

	/** Forgets every failure of the name from every address: an administrator's unlock. */
	@Transactional
	public void forget(String username) {
		jdbc.sql("delete from platform.login_failure where username = :u").param("u", normalize(username)).update();
	}

	private static String address(Authentication authentication) {
		return authentication.getDetails() instanceof WebAuthenticationDetails details ? details.getRemoteAddress()
				: null;
	}

}
