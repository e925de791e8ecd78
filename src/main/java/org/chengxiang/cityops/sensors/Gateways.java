package org.chengxiang.cityops.sensors;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.chengxiang.platform.audit.AuditEvent;
import org.chengxiang.platform.audit.AuditTrail;
import org.chengxiang.platform.domain.RuleBroken;
import org.chengxiang.platform.domain.NoSuchRecord;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Telemetry gateways: each has a code and a secret key, given out once when it is registered and kept only as
 * a SHA-256. The same pair authenticates HTTP batches (Basic) and MQTT connections (username and password), so
 * a stolen key is revoked in one place. A gateway delivers readings of its own devices only, and connects to the
 * broker only under client ids of its own.
 */
@Service
@Transactional
class Gateways {

	static final String CODE_PATTERN = "[A-Za-z0-9][A-Za-z0-9_-]{0,39}";

	private static final Duration CACHE = Duration.ofSeconds(30);

	private static final SecureRandom RANDOM = new SecureRandom();

	private final JdbcClient jdbc;

	private final AuditTrail audit;

	private final Clock clock;

	private final Map<String, Cached> cache = new ConcurrentHashMap<>();

	Gateways(JdbcClient jdbc, AuditTrail audit, Clock clock) {
		this.jdbc = jdbc;
		this.audit = audit;
		this.clock = clock;
	}

	/** A gateway just registered, with its key: shown once, never again. */
	record Registered(String code, String name, String key) {
	}

	/** Codes that begin so are the platform's own (its MQTT client ids): no gateway takes them. */
	static final String RESERVED_PREFIX = "chengxiang";

	/**
	 * A gateway as listed, with the readings it sent for devices not its own: how many, when last, for which.
	 */
	record View(String code, String name, boolean active, Instant createdAt, String createdBy, long refusedReadings,
			Instant lastRefusedAt, String lastRefusedDevice) {
	}

	/** An active gateway, as a device's form offers it. */
	record Option(String code, String name) {
	}

	/**
	 * Whether the client id is one of the gateway's own: its code, or its code, a hyphen and a suffix (for a
	 * gateway with several connections). Never the platform's.
	 */
	static boolean ownsClientId(String code, String clientId) {
		return code != null && clientId != null && !code.regionMatches(true, 0, RESERVED_PREFIX, 0,
				RESERVED_PREFIX.length())
				&& (clientId.equals(code) || (clientId.startsWith(code + "-") && clientId.length() > code.length() + 1));
	}

	Registered register(String code, String name, String by) {
		byte[] secret = new byte[24];
		RANDOM.nextBytes(secret);
		return register(code, name, Base64.getUrlEncoder().withoutPadding().encodeToString(secret), by);
	}

	/** With a given key: for the demo gateway, whose key the documentation prints. */
	Registered register(String code, String name, String key, String by) {
		String trimmed = code == null ? "" : code.strip();
		if (!trimmed.matches(CODE_PATTERN)) {
			throw RuleBroken.at("code", "cityops.gateway.problem.codePattern");
		}
		if (trimmed.regionMatches(true, 0, RESERVED_PREFIX, 0, RESERVED_PREFIX.length())) {
			throw RuleBroken.at("code", "cityops.gateway.problem.codeReserved");
		}
		if (name == null || name.isBlank() || name.length() > 100) {
			throw RuleBroken.at("name", "cityops.gateway.problem.name");
		}
		try {
			jdbc.sql("""
					insert into cityops.gateway (code, name, key_hash, created_at, created_by)
					values (:code, :name, :hash, :now, :by)
					""")
				.param("code", trimmed)
				.param("name", name.strip())
				.param("hash", hash(key))
				.param("now", Timestamp.from(clock.instant()))
				.param("by", by)
				.update();
		}
		catch (DuplicateKeyException ex) {
			throw RuleBroken.at("code", "cityops.gateway.problem.codeTaken");
		}
		audit.record(AuditEvent.of("gateway.registered", "gateway", trimmed, null, Map.of("name", name.strip())));
		return new Registered(trimmed, name.strip(), key);
	}

	void deactivate(String code) {
		if (jdbc.sql("update cityops.gateway set active = false where code = :code").param("code", code).update() == 0) {
			throw new NoSuchRecord("gateway " + code);
		}
		cache.remove(code);
		audit.record(AuditEvent.of("gateway.deactivated", "gateway", code, Map.of("active", true), Map.of("active", false)));
	}

	@Transactional(readOnly = true)
	List<View> list() {
		return jdbc.sql("""
				select code, name, active, created_at, created_by, refused_readings, last_refused_at, last_refused_device
				from cityops.gateway order by code
				""")
			.query((rs, n) -> new View(rs.getString(1), rs.getString(2), rs.getBoolean(3),
					rs.getTimestamp(4).toInstant(), rs.getString(5), rs.getLong(6),
					rs.getTimestamp(7) == null ? null : rs.getTimestamp(7).toInstant(), rs.getString(8)))
			.list();
	}

	@Transactional(readOnly = true)
	List<Option> options() {
		return jdbc.sql("select code, name from cityops.gateway where active order by code")
			.query((rs, n) -> new Option(rs.getString(1), rs.getString(2)))
			.list();
	}

	/** Whether the code and key belong to an active gateway. Answers from memory for a few seconds. */
	@Transactional(readOnly = true)
	boolean authenticate(String code, String key) {
		if (code == null || key == null || code.isEmpty() || key.isEmpty() || code.length() > 40 || key.length() > 200) {
			return false;
		}
		long now = System.nanoTime();
		Cached cached = cache.get(code);
		if (cached == null || now - cached.loadedAt() > CACHE.toNanos()) {
			byte[] stored = jdbc.sql("select key_hash from cityops.gateway where code = :code and active")
				.param("code", code)
				.query(byte[].class)
				.optional()
				.orElse(null);
			if (stored == null) {
				cache.remove(code);
				return false;
			}
			cached = new Cached(stored, now);
			cache.put(code, cached);
		}
		return MessageDigest.isEqual(cached.hash(), hash(key));
	}

	/**
	 * Whether the client id is rather another gateway's: one whose longer code is the id or begins it ({@code GW-2}
	 * and {@code GW-2-a} are gateway {@code GW-2}'s, not {@code GW}'s, when both exist).
	 */
	@Transactional(readOnly = true)
	boolean clientIdOfAnother(String code, String clientId) {
		return jdbc.sql("""
				select exists (select 1 from cityops.gateway
				               where length(code) > length(:code) and (code = :client or starts_with(:client, code || '-')))
				""")
			.param("code", code)
			.param("client", clientId)
			.query(Boolean.class)
			.single();
	}

	static byte[] hash(String key) {
		try {
			return MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private record Cached(byte[] hash, long loadedAt) {
	}

}
