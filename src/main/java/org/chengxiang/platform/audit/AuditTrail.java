package org.chengxiang.platform.audit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.StringUtils;

/**
 * The append-only, hash-chained record of who changed what, and who saw which personal data.
 */
@Service
public class AuditTrail {

	/** Actor recorded when no user is signed in, e.g. for scheduled jobs and event listeners. */
	public static final String SYSTEM = "system";

	/** Actor recorded for a request nobody signed in to, e.g. on the public resident portal. */
	public static final String ANONYMOUS = "anonymous";

	// Key of the transaction-scoped advisory lock that serializes appends: reading the head and
	// inserting its successor must not interleave with another append. Any fixed number would do;
	// this one spells "audit" in ASCII.
	private static final long APPEND_LOCK = 0x61_75_64_69_74L;

	private static final int VERIFY_PAGE = 1_000;

	private static final String COLUMNS = """
			id, occurred_at, actor, actor_department, action, subject_type, subject_id,
			before_state, after_state, detail, prev_hash, hash""";

	private final JdbcClient jdbc;

	private final Clock clock;

	AuditTrail(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/**
	 * Appends an entry for the current user. Joins the caller's transaction, so that an entry
	 * exists exactly when the change it describes was committed.
	 */
	@Transactional(propagation = Propagation.REQUIRED)
	public AuditEntry record(AuditEvent event) {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		String actor = actorName(authentication);
		String department = actorDepartment(authentication);
		// PostgreSQL keeps microseconds: hash exactly what will be read back.
		Instant occurredAt = clock.instant().truncatedTo(ChronoUnit.MICROS);

		jdbc.sql("select 1 from pg_advisory_xact_lock(?)").param(APPEND_LOCK).query(Integer.class).single();
		String prevHash = headHash();
		String hash = AuditHash.compute(prevHash, occurredAt, actor, department, event.action(), event.subjectType(),
				event.subjectId(), event.before(), event.after(), event.detail());
		long id = jdbc.sql("""
				insert into platform.audit_entry (occurred_at, actor, actor_department, action, subject_type,
					subject_id, before_state, after_state, detail, prev_hash, hash)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
				returning id""")
			.params(OffsetDateTime.ofInstant(occurredAt, ZoneOffset.UTC), actor, department, event.action(),
					event.subjectType(), event.subjectId(), event.before(), event.after(), event.detail(), prevHash,
					hash)
			.query(Long.class)
			.single();
		return new AuditEntry(id, occurredAt, actor, department, event.action(), event.subjectType(),
				event.subjectId(), event.before(), event.after(), event.detail(), prevHash, hash);
	}

	/**
	 * The hash of the newest entry (64 zeros while the trail is empty). Written down outside the
	 * database from time to time, it shows later that the chain up to it was not rewritten.
	 */
	@Transactional(readOnly = true)
	public String headHash() {
		return jdbc.sql("select hash from platform.audit_entry order by id desc limit 1")
			.query(String.class)
			.optional()
			.orElse(AuditHash.GENESIS);
	}

	/**
	 * Walks the whole chain from the first entry, page by page, recomputing every hash; stops at
	 * the first entry that does not check out.
	 */
	@Transactional(readOnly = true)
	public ChainVerification verify() {
		String expectedPrev = AuditHash.GENESIS;
		long checked = 0;
		long afterId = Long.MIN_VALUE;
		List<AuditEntry> page;
		do {
			page = jdbc.sql("select " + COLUMNS + " from platform.audit_entry where id > ? order by id limit ?")
				.params(afterId, VERIFY_PAGE)
				.query(AuditTrail::entry)
				.list();
			for (AuditEntry entry : page) {
				checked++;
				if (!AuditHash.of(entry).equals(entry.hash())) {
					return ChainVerification.broken(checked, entry.id(), ChainVerification.Reason.HASH_MISMATCH);
				}
				if (!entry.prevHash().equals(expectedPrev)) {
					return ChainVerification.broken(checked, entry.id(), ChainVerification.Reason.PREV_HASH_MISMATCH);
				}
				expectedPrev = entry.hash();
				afterId = entry.id();
			}
		}
		while (page.size() == VERIFY_PAGE);
		return ChainVerification.intact(checked);
	}

	/**
	 * One page of entries, newest first, matching every filter the query sets. Pass the last id
	 * of a page as {@link AuditQuery#beforeId()} to get the next.
	 */
	@Transactional(readOnly = true)
	public List<AuditEntry> search(AuditQuery query) {
		// Fixed fragments only; every value is a bound parameter.
		StringBuilder sql = new StringBuilder("select " + COLUMNS + " from platform.audit_entry where true");
		Map<String, Object> params = new LinkedHashMap<>();
		condition(sql, params, "actor = :actor", "actor", query.actor());
		condition(sql, params, "action = :action", "action", query.action());
		condition(sql, params, "subject_type = :subjectType", "subjectType", query.subjectType());
		condition(sql, params, "subject_id = :subjectId", "subjectId", query.subjectId());
		condition(sql, params, "occurred_at >= :from", "from",
				query.from() == null ? null : OffsetDateTime.ofInstant(query.from(), ZoneOffset.UTC));
		condition(sql, params, "occurred_at < :to", "to",
				query.to() == null ? null : OffsetDateTime.ofInstant(query.to(), ZoneOffset.UTC));
		condition(sql, params, "id < :beforeId", "beforeId", query.beforeId());
		sql.append(" order by id desc limit :size");
		params.put("size", query.size());
		return jdbc.sql(sql.toString()).params(params).query(AuditTrail::entry).list();
	}

	private static void condition(StringBuilder sql, Map<String, Object> params, String clause,
			String name, Object value) {
		if (value != null) {
			sql.append(" and ").append(clause);
			params.put(name, value);
		}
	}

	private static String actorName(Authentication authentication) {
		if (authentication == null) {
			return SYSTEM;
		}
		if (authentication instanceof AnonymousAuthenticationToken) {
			return ANONYMOUS;
		}
		if (authentication.getPrincipal() instanceof AuditActor actor && StringUtils.hasText(actor.auditName())) {
			return actor.auditName();
		}
		return StringUtils.hasText(authentication.getName()) ? authentication.getName() : SYSTEM;
	}

	private static String actorDepartment(Authentication authentication) {
		if (authentication != null && authentication.getPrincipal() instanceof AuditActor actor) {
			return StringUtils.hasText(actor.auditDepartment()) ? actor.auditDepartment() : null;
		}
		return null;
	}

	private static AuditEntry entry(ResultSet rs, int row) throws SQLException {
		return new AuditEntry(rs.getLong("id"), rs.getObject("occurred_at", OffsetDateTime.class).toInstant(),
				rs.getString("actor"), rs.getString("actor_department"), rs.getString("action"),
				rs.getString("subject_type"), rs.getString("subject_id"), rs.getString("before_state"),
				rs.getString("after_state"), rs.getString("detail"), rs.getString("prev_hash"),
				rs.getString("hash"));
	}

}
