package org.chengxiang.platform.audit;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

@SpringBootTest
@AutoConfigureMockMvc
class AuditTrailIntegrationTests {

	@Autowired
	AuditTrail trail;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	DataSource dataSource;

	@Autowired
	TransactionTemplate transactions;

	@AfterEach
	void signOut() {
		SecurityContextHolder.clearContext();
	}

	@Test
	void entriesChainOnToTheHead() {
		String head = trail.headHash();
		AuditEntry first = recorded(event("application.submitted"));
		AuditEntry second = recorded(event("application.approved"));

		assertThat(first.prevHash()).isEqualTo(head);
		assertThat(second.prevHash()).isEqualTo(first.hash());
		assertThat(second.id()).isGreaterThan(first.id());
		assertThat(trail.headHash()).isEqualTo(second.hash());
		assertThat(trail.verify().intact()).isTrue();
	}

	@Test
	void storesExactlyWhatItHashed() {
		AuditEntry recorded = recorded(AuditEvent.of("permit.issued", "Permit", UUID.randomUUID(),
				"{\"status\":\"待审核\"}", "{\"status\":\"已签发\"}").withDetail("材料齐全"));

		AuditEntry stored = trail.search(AuditQuery.ofSubject("Permit", recorded.subjectId(), 10)).get(0);

		assertThat(stored).isEqualTo(recorded);
		assertThat(AuditHash.of(stored)).isEqualTo(stored.hash());
	}

	@Test
	void recordsSystemWhenNobodyIsSignedIn() {
		AuditEntry entry = trail.record(event("ledger.closed"));
		assertThat(entry.actor()).isEqualTo("system");
		assertThat(entry.actorDepartment()).isNull();
	}

	@Test
	@WithMockUser("li.clerk")
	void recordsTheSignedInUser() {
		assertThat(trail.record(event("case.dispatched")).actor()).isEqualTo("li.clerk");
	}

	@Test
	void recordsNameAndDepartmentOfAnAuditActor() {
		AuditActor officer = new AuditActor() {
			@Override
			public String auditName() {
				return "zhang.san";
			}

			@Override
			public String auditDepartment() {
				return "市公安局";
			}
		};
		SecurityContextHolder.getContext()
			.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(officer, null,
					AuthorityUtils.createAuthorityList("ROLE_CLERK")));

		AuditEntry entry = trail.record(event("person.id-number.revealed"));

		assertThat(entry.actor()).isEqualTo("zhang.san");
		assertThat(entry.actorDepartment()).isEqualTo("市公安局");
	}

	@Test
	void databaseRefusesToUpdateDeleteOrTruncate() {
		AuditEntry entry = recorded(event("settlement.approved"));

		assertThatExceptionOfType(DataAccessException.class)
			.isThrownBy(() -> jdbc.sql("update platform.audit_entry set after_state = '{}' where id = ?")
				.param(entry.id())
				.update())
			.withMessageContaining("append-only");
		assertThatExceptionOfType(DataAccessException.class)
			.isThrownBy(() -> jdbc.sql("delete from platform.audit_entry where id = ?").param(entry.id()).update())
			.withMessageContaining("append-only");
		assertThatExceptionOfType(DataAccessException.class)
			.isThrownBy(() -> jdbc.sql("truncate platform.audit_entry").update())
			.withMessageContaining("append-only");
		assertThat(trail.search(AuditQuery.ofSubject("Thing", entry.subjectId(), 10))).containsExactly(entry);
	}

	@Test
	void detectsARowAlteredBehindTheTrigger() throws SQLException {
		trail.record(event("permit.issued"));
		AuditEntry altered = recorded(event("permit.revoked"));
		trail.record(event("permit.reissued"));
		assertThat(trail.verify().intact()).isTrue();

		asDatabaseAdministrator("update platform.audit_entry set after_state = '{\"status\":\"OK\"}' where id = ?",
				altered.id());
		try {
			ChainVerification verification = trail.verify();
			assertThat(verification.intact()).isFalse();
			assertThat(verification.brokenAt()).isEqualTo(altered.id());
			assertThat(verification.reason()).isEqualTo(ChainVerification.Reason.HASH_MISMATCH);
			assertThat(verification.checked()).isGreaterThan(1);
		}
		finally {
			asDatabaseAdministrator("update platform.audit_entry set after_state = null where id = ?", altered.id());
		}
		assertThat(trail.verify().intact()).isTrue();
	}

	@Test
	void detectsARowRemovedBehindTheTrigger() throws SQLException {
		trail.record(event("case.filed"));
		AuditEntry removed = recorded(event("case.dispatched"));
		AuditEntry after = recorded(event("case.closed"));
		long removedSeq = jdbc.sql("select chain_seq from platform.audit_entry where id = ?")
			.param(removed.id())
			.query(Long.class)
			.single();

		asDatabaseAdministrator("delete from platform.audit_entry where id = ?", removed.id());
		try {
			ChainVerification verification = trail.verify();
			assertThat(verification.intact()).isFalse();
			assertThat(verification.brokenAt()).isEqualTo(after.id());
			assertThat(verification.reason()).isEqualTo(ChainVerification.Reason.PREV_HASH_MISMATCH);
		}
		finally {
			restore(removed, removedSeq);
		}
		assertThat(trail.verify().intact()).isTrue();
	}

	@Test
	void rolledBackChangeLeavesNoEntry() {
		String head = trail.headHash();
		String subject = UUID.randomUUID().toString();

		AuditEntry discarded = transactions.execute((status) -> {
			AuditEntry entry = trail.record(AuditEvent.of("application.approved", "Thing", subject, null, null));
			status.setRollbackOnly();
			return entry;
		});

		assertThat(jdbc.sql("select count(*) from platform.audit_entry where id = ? or subject_id = ?")
			.params(discarded.id(), subject)
			.query(Long.class)
			.single()).isZero();
		assertThat(trail.headHash()).isEqualTo(head);
		assertThat(recorded(event("application.approved")).prevHash()).isEqualTo(head);
		assertThat(trail.verify().intact()).isTrue();
	}

	@Test
	void concurrentAppendsKeepOneUnbrokenChain() throws Exception {
		int threads = 8;
		int perThread = 25;
		String subject = UUID.randomUUID().toString();
		CountDownLatch start = new CountDownLatch(1);
		ExecutorService pool = Executors.newFixedThreadPool(threads);
		try {
			List<Future<?>> done = new ArrayList<>();
			for (int t = 0; t < threads; t++) {
				Callable<Void> appends = () -> {
					start.await();
					for (int i = 0; i < perThread; i++) {
						trail.record(AuditEvent.of("load.appended", "Load", subject, null, "{\"i\":" + i + "}"));
					}
					return null;
				};
				done.add(pool.submit(appends));
			}
			start.countDown();
			for (Future<?> future : done) {
				future.get(60, TimeUnit.SECONDS);
			}
		}
		finally {
			pool.shutdownNow();
		}

		List<AuditEntry> entries = trail.search(AuditQuery.ofSubject("Load", subject, 200));
		assertThat(entries).hasSize(threads * perThread);
		assertThat(entries.stream().map(AuditEntry::prevHash).distinct()).hasSize(threads * perThread);
		ChainVerification verification = trail.verify();
		assertThat(verification.intact()).isTrue();
		assertThat(verification.checked()).isGreaterThanOrEqualTo(threads * perThread);
	}

	@Test
	void searchFiltersAndPagesNewestFirst() {
		String subject = UUID.randomUUID().toString();
		AuditEntry a = recorded(AuditEvent.of("grid.created", "Grid", subject, null, "{}"));
		AuditEntry b = recorded(AuditEvent.of("grid.renamed", "Grid", subject, "{}", "{}"));
		AuditEntry c = recorded(AuditEvent.of("grid.renamed", "Grid", subject, "{}", "{}"));

		AuditQuery firstPage = AuditQuery.ofSubject("Grid", subject, 2);
		assertThat(trail.search(firstPage)).containsExactly(c, b);
		assertThat(trail.search(firstPage.before(b.id()))).containsExactly(a);
		assertThat(trail.search(new AuditQuery(null, "grid.renamed", "Grid", subject, null, null, null, 10)))
			.containsExactly(c, b);
		assertThat(trail.search(new AuditQuery("system", null, "Grid", subject, a.occurredAt(),
				c.occurredAt(), null, 10)))
			.containsExactly(b, a);
		assertThat(trail.search(new AuditQuery("somebody.else", null, "Grid", subject, null, null, null, 10)))
			.isEmpty();
	}

	@Test
	void anOpenBusinessTransactionDoesNotHoldUpTheChain() throws Exception {
		String subject = UUID.randomUUID().toString();
		CountDownLatch written = new CountDownLatch(1);
		CountDownLatch release = new CountDownLatch(1);
		ExecutorService pool = Executors.newSingleThreadExecutor();
		try {
			Future<AuditEntry> slow = pool.submit(() -> transactions.execute(status -> {
				AuditEntry entry = trail.record(AuditEvent.of("slow.change", "Slow", subject, null, null));
				written.countDown();
				try {
					release.await(30, TimeUnit.SECONDS);
				}
				catch (InterruptedException ex) {
					Thread.currentThread().interrupt();
				}
				return entry;
			}));
			assertThat(written.await(30, TimeUnit.SECONDS)).isTrue();
			// another change commits and is chained while the slow one is still open
			AuditEntry quick = recorded(event("quick.change"));
			assertThat(quick.hash()).isNotNull();
			release.countDown();
			AuditEntry late = slow.get(30, TimeUnit.SECONDS);
			trail.chainPending();
			AuditEntry lateChained = trail.search(AuditQuery.ofSubject("Slow", subject, 10)).get(0);
			assertThat(lateChained.id()).isEqualTo(late.id()).isLessThan(quick.id());
			assertThat(lateChained.prevHash()).isNotNull();
			assertThat(trail.verify().intact()).isTrue();
		}
		finally {
			release.countDown();
			pool.shutdownNow();
		}
	}

	@Test
	void anUnchainedEntryCannotBeAlteredNorChainedWithOtherContent() {
		AuditEntry pending = transactions.execute(status -> trail.record(event("pending.change")));
		String hex = "a".repeat(64);
		assertThatExceptionOfType(DataAccessException.class)
			.isThrownBy(() -> jdbc.sql("""
					update platform.audit_entry set chain_seq = -1, prev_hash = ?, hash = ?, after_state = '{}'
					where id = ?""").params(hex, hex, pending.id()).update())
			.withMessageContaining("append-only");
		assertThatExceptionOfType(DataAccessException.class)
			.isThrownBy(() -> jdbc.sql("update platform.audit_entry set hash = ? where id = ?")
				.params(hex, pending.id())
				.update());
		trail.chainPending();
		assertThat(trail.verify().intact()).isTrue();
	}

	private AuditEvent event(String action) {
		return AuditEvent.of(action, "Thing", UUID.randomUUID(), null, null);
	}

	// What someone with database superuser rights can do: switch triggers off for the session.
	private void asDatabaseAdministrator(String sql, long id) throws SQLException {
		try (Connection connection = dataSource.getConnection()) {
			connection.setAutoCommit(false);
			try (Statement statement = connection.createStatement()) {
				statement.execute("set local session_replication_role = replica");
			}
			try (PreparedStatement statement = connection.prepareStatement(sql)) {
				statement.setLong(1, id);
				assertThat(statement.executeUpdate()).isEqualTo(1);
			}
			connection.commit();
		}
	}

	private void restore(AuditEntry entry, long chainSeq) {
		jdbc.sql("""
				insert into platform.audit_entry (id, occurred_at, actor, actor_department, action, subject_type,
					subject_id, before_state, after_state, detail, prev_hash, hash, chain_seq)
				overriding system value
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(entry.id(), OffsetDateTime.ofInstant(entry.occurredAt(), ZoneOffset.UTC),
					entry.actor(), entry.actorDepartment(), entry.action(), entry.subjectType(), entry.subjectId(),
					entry.before(), entry.after(), entry.detail(), entry.prevHash(), entry.hash(), chainSeq)
			.update();
	}

	/** Records an entry, chains it and reads it back as stored. */
	private AuditEntry recorded(AuditEvent event) {
		AuditEntry written = trail.record(event);
		trail.chainPending();
		return trail.search(AuditQuery.ofSubject(written.subjectType(), written.subjectId(), 50))
			.stream()
			.filter(e -> e.id() == written.id())
			.findFirst()
			.orElseThrow();
	}

}
