package org.chengxiang.platform.audit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
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

	// Key of the transaction-scoped advisory lock that serializes chaining: reading the head and
	// linking its successors must not interleave with another chainer. Any fixed number would do;
	// this one spells "audit" in ASCII.
	private static final long APPEND_LOCK = 0x61_75_64_69_74L;

	private static final int VERIFY_PAGE = 1_000;

	private static final int CHAIN_BATCH = 500;

	private static final String COLUMNS = """
			id, occurred_at, actor, actor_department, action, subject_type, subject_id,
			before_state, after_state, detail, prev_hash, hash""";

	private final JdbcClient jdbc;

	private final Clock clock;

	private final TransactionTemplate chainer;

	private final AnchorFile anchorFile;

	AuditTrail(JdbcClient jdbc, Clock clock, PlatformTransactionManager transactions, AnchorFile anchorFile) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.anchorFile = anchorFile;
		this.chainer = new TransactionTemplate(transactions);
		this.chainer.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
	}

	/**
	 * Appends an entry for the current user. Joins the caller's transaction, so that an entry exists exactly
	 * when the change it describes was committed. The entry is written unchained (no hashes yet): it is linked
	 * into the hash chain right after the commit by {@link #chainPending()}, so that business transactions
	 * never wait for each other on the chain.
	 */
	@Transactional(propagation = Propagation.REQUIRED)
	public AuditEntry record(AuditEvent event) {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		String actor = actorName(authentication);
		String department = actorDepartment(authentication);
		// PostgreSQL keeps microseconds: hash exactly what will be read back.
		Instant occurredAt = clock.instant().truncatedTo(ChronoUnit.MICROS);
		long id = jdbc.sql("""
				insert into platform.audit_entry (occurred_at, actor, actor_department, action, subject_type,
					subject_id, before_state, after_state, detail)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?)
				returning id""")
			.params(OffsetDateTime.ofInstant(occurredAt, ZoneOffset.UTC), actor, department, event.action(),
					event.subjectType(), event.subjectId(), event.before(), event.after(), event.detail())
			.query(Long.class)
			.single();
		return new AuditEntry(id, occurredAt, actor, department, event.action(), event.subjectType(),
				event.subjectId(), event.before(), event.after(), event.detail(), null, null);
	}

	/**
	 * Links every committed, unchained entry into the chain, in the order they are found, each onto the one
	 * chained before it. One chainer at a time across all instances (advisory lock); runs in a transaction of
	 * its own, so it may be called from a read-only one.
	 *
	 * @return how many entries were chained
	 */
	public int chainPending() {
		Integer chained = chainer.execute(status -> chainBatches(true));
		return chained == null ? 0 : chained;
	}

	/** The background chainer: every quarter second, skipped while another instance is chaining. */
	@Scheduled(fixedDelayString = "${chengxiang.audit.chain-interval:250ms}")
	void chainInBackground() {
		chainer.execute(status -> chainBatches(false));
	}

	private int chainBatches(boolean wait) {
		if (wait) {
			jdbc.sql("select 1 from pg_advisory_xact_lock(?)").param(APPEND_LOCK).query(Integer.class).single();
		}
		else if (!jdbc.sql("select pg_try_advisory_xact_lock(?)").param(APPEND_LOCK).query(Boolean.class).single()) {
			return 0;
		}
		Head head = head();
		int total = 0;
		List<AuditEntry> batch;
		do {
			batch = jdbc.sql("select " + COLUMNS + " from platform.audit_entry where chain_seq is null order by id limit ?")
				.param(CHAIN_BATCH)
				.query(AuditTrail::entry)
				.list();
			List<Object[]> updates = new ArrayList<>(batch.size());
			for (AuditEntry entry : batch) {
				String hash = AuditHash.compute(head.hash(), entry.occurredAt(), entry.actor(), entry.actorDepartment(),
						entry.action(), entry.subjectType(), entry.subjectId(), entry.before(), entry.after(),
						entry.detail());
				updates.add(new Object[] { head.seq() + 1, head.hash(), hash, entry.id() });
				head = new Head(head.seq() + 1, hash);
			}
			if (!updates.isEmpty()) {
				batchUpdate(updates);
			}
			total += batch.size();
		}
		while (batch.size() == CHAIN_BATCH);
		return total;
	}

	private void batchUpdate(List<Object[]> updates) {
		StringBuilder sql = new StringBuilder("""
				update platform.audit_entry e set chain_seq = v.seq, prev_hash = v.prev, hash = v.hash
				from (values """);
		List<Object> params = new ArrayList<>(updates.size() * 4);
		for (int i = 0; i < updates.size(); i++) {
			sql.append(i == 0 ? "" : ", ").append("(cast(? as bigint), cast(? as char(64)), cast(? as char(64)), cast(? as bigint))");
			params.addAll(List.of(updates.get(i)));
		}
		sql.append(") as v(seq, prev, hash, id) where e.id = v.id and e.chain_seq is null");
		int updated = jdbc.sql(sql.toString()).params(params).update();
		if (updated != updates.size()) {
			throw new IllegalStateException("audit chain: " + updated + " of " + updates.size() + " entries chained");
		}
	}

	private Head head() {
		return jdbc.sql("select chain_seq, hash from platform.audit_entry where chain_seq is not null order by chain_seq desc limit 1")
			.query((rs, n) -> new Head(rs.getLong(1), rs.getString(2)))
			.optional()
			.orElse(new Head(0, AuditHash.GENESIS));
	}

	/**
	 * The hash of the newest chained entry (64 zeros while the trail is empty), after chaining what is
	 * committed. Written down outside the database from time to time, it shows later that the chain up to it
	 * was not rewritten.
	 */
	public String headHash() {
		chainPending();
		return head().hash();
	}

	/**
	 * Walks the whole chain from the first entry, page by page, recomputing every hash; stops at the first
	 * entry that does not check out. Chains what is committed first, so every entry is checked. Then holds the
	 * chain against the signed anchors kept outside the database: it must reach every anchored sequence number and
	 * have the anchored hash there, so that deleting the newest entries, or rebuilding the chain, shows.
	 */
	public ChainVerification verify() {
		AnchorFile.Contents contents = anchorFile.read();
		chainPending();
		Map<Long, List<AuditAnchor>> anchored = new HashMap<>();
		contents.anchors().forEach(anchor -> anchored.computeIfAbsent(anchor.seq(), seq -> new ArrayList<>()).add(anchor));
		AuditAnchor newest = contents.anchors().isEmpty() ? null : contents.anchors().get(contents.anchors().size() - 1);
		String expectedPrev = AuditHash.GENESIS;
		long checked = 0;
		long headSeq = 0;
		long afterSeq = Long.MIN_VALUE;
		List<Chained> page;
		do {
			page = jdbc.sql("select chain_seq, " + COLUMNS
					+ " from platform.audit_entry where chain_seq > ? order by chain_seq limit ?")
				.params(afterSeq, VERIFY_PAGE)
				.query((rs, n) -> new Chained(rs.getLong("chain_seq"), entry(rs, n)))
				.list();
			for (Chained chained : page) {
				AuditEntry entry = chained.entry();
				checked++;
				headSeq = chained.seq();
				if (!AuditHash.of(entry).equals(entry.hash())) {
					return ChainVerification.broken(checked, entry.id(), ChainVerification.Reason.HASH_MISMATCH,
							headSeq, newest);
				}
				if (!entry.prevHash().equals(expectedPrev)) {
					return ChainVerification.broken(checked, entry.id(),
							ChainVerification.Reason.PREV_HASH_MISMATCH, headSeq, newest);
				}
				for (AuditAnchor anchor : anchored.getOrDefault(chained.seq(), List.of())) {
					if (!anchor.hash().equals(entry.hash())) {
						return ChainVerification.broken(checked, entry.id(),
								ChainVerification.Reason.ANCHOR_MISMATCH, headSeq, anchor);
					}
				}
				expectedPrev = entry.hash();
				afterSeq = chained.seq();
			}
		}
		while (page.size() == VERIFY_PAGE);
		long head = headSeq;
		Optional<AuditAnchor> beyond = contents.anchors()
			.stream()
			.filter(anchor -> anchor.seq() > head)
			.max(Comparator.comparingLong(AuditAnchor::seq));
		if (beyond.isPresent()) {
			return ChainVerification.broken(checked, null, ChainVerification.Reason.TRUNCATED, headSeq, beyond.get());
		}
		if (contents.forged() > 0) {
			return ChainVerification.broken(checked, null, ChainVerification.Reason.ANCHOR_FORGED, headSeq, newest);
		}
		return ChainVerification.intact(checked, headSeq, newest);
	}

	/** The head as it is now, after chaining what is committed, to be written down as an anchor. */
	AuditAnchor currentHead() {
		chainPending();
		Head head = head();
		return new AuditAnchor(clock.instant().truncatedTo(ChronoUnit.SECONDS), head.seq(), head.hash());
	}

	/**
	 * One page of entries, newest first, matching every filter the query sets. Pass the last id
	 * of a page as {@link AuditQuery#beforeId()} to get the next.
	 */
	public List<AuditEntry> search(AuditQuery query) {
		chainPending();
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

	private record Head(long seq, String hash) {
	}

	private record Chained(long seq, AuditEntry entry) {
	}

	private static AuditEntry entry(ResultSet rs, int row) throws SQLException {
		return new AuditEntry(rs.getLong("id"), rs.getObject("occurred_at", OffsetDateTime.class).toInstant(),
				rs.getString("actor"), rs.getString("actor_department"), rs.getString("action"),
				rs.getString("subject_type"), rs.getString("subject_id"), rs.getString("before_state"),
				rs.getString("after_state"), rs.getString("detail"), rs.getString("prev_hash"),
				rs.getString("hash"));
	}

}
