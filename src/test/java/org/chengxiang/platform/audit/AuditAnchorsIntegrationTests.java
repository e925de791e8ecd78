package org.chengxiang.platform.audit;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.chengxiang.directory.TestRegistrations.PASSWORD;

/**
 * The chain's head, anchored outside the database, shows when a database superuser deletes the newest entries, which
 * the chain alone cannot show; an edited anchor file shows too.
 */
@SpringBootTest
@AutoConfigureMockMvc
class AuditAnchorsIntegrationTests {

	@Autowired
	AuditTrail trail;

	@Autowired
	AuditAnchoring anchoring;

	@Autowired
	AnchorFile anchorFile;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	DataSource dataSource;

	@Autowired
	MockMvc mvc;

	@Test
	void deletingTheNewestEntriesAfterAnAnchorIsReportedAsTruncation() throws Exception {
		for (int i = 0; i < 3; i++) {
			trail.record(AuditEvent.of("permit.issued", "Thing", UUID.randomUUID(), null, null));
		}
		AuditAnchor anchor = anchoring.anchor();
		assertThat(trail.verify().intact()).isTrue();
		List<Stored> newest = jdbc.sql("select chain_seq, " + COLUMNS
				+ " from platform.audit_entry where chain_seq > ? order by chain_seq")
			.param(anchor.seq() - 2)
			.query((rs, n) -> new Stored(rs.getLong("chain_seq"),
					new AuditEntry(rs.getLong("id"), rs.getObject("occurred_at", OffsetDateTime.class).toInstant(),
							rs.getString("actor"), rs.getString("actor_department"), rs.getString("action"),
							rs.getString("subject_type"), rs.getString("subject_id"), rs.getString("before_state"),
							rs.getString("after_state"), rs.getString("detail"), rs.getString("prev_hash"),
							rs.getString("hash"))))
			.list();
		assertThat(newest).hasSize(2);

		asDatabaseAdministrator("delete from platform.audit_entry where chain_seq > ?", anchor.seq() - 2);
		try {
			ChainVerification verification = trail.verify();
			assertThat(verification.intact()).isFalse();
			assertThat(verification.reason()).isEqualTo(ChainVerification.Reason.TRUNCATED);
			assertThat(verification.headSeq()).isEqualTo(anchor.seq() - 2);
			assertThat(verification.anchor().seq()).isEqualTo(anchor.seq());
			assertThat(verification.anchor().hash()).isEqualTo(anchor.hash());
			mvc.perform(post("/audit/verification").header("HX-Request", "true")
				.with(csrf())
				.with(httpBasic("supervisor", PASSWORD)))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("最新的记录被删除了")))
				.andExpect(content().string(containsString("审计链现止于第 " + (anchor.seq() - 2) + " 号")));
		}
		finally {
			newest.forEach(this::restore);
		}
		assertThat(trail.verify().intact()).isTrue();
	}

	@Test
	void anEditedAnchorFileIsReported() throws Exception {
		AuditAnchor anchor = anchoring.anchor();
		List<String> lines = Files.readAllLines(anchorFile.path());
		String written = lines.get(lines.size() - 1);
		assertThat(written).startsWith("v1 " + anchor.anchoredAt() + " " + anchor.seq() + " " + anchor.hash() + " ");
		// moved back to an older head, as someone would who deleted entries and wants the anchor to agree
		String moved = written.replace(" " + anchor.seq() + " ", " " + (anchor.seq() - 1) + " ");
		Files.write(anchorFile.path(), List.of(moved), StandardCharsets.US_ASCII, StandardOpenOption.APPEND);
		try {
			ChainVerification verification = trail.verify();
			assertThat(verification.intact()).isFalse();
			assertThat(verification.reason()).isEqualTo(ChainVerification.Reason.ANCHOR_FORGED);
			assertThat(anchoring.status().forged()).isEqualTo(1);
		}
		finally {
			Files.write(anchorFile.path(), lines, StandardCharsets.US_ASCII);
		}
		assertThat(trail.verify().intact()).isTrue();
	}

	@Test
	void theAuditPageShowsTheAnchorsAndAnAdministratorAnchorsOnDemand() throws Exception {
		mvc.perform(post("/audit/anchors").header("HX-Request", "true").with(csrf()).with(httpBasic("supervisor", PASSWORD)))
			.andExpect(status().isForbidden());
		int before = anchoring.status().count();

		mvc.perform(post("/audit/anchors").header("HX-Request", "true").with(csrf()).with(httpBasic("admin", PASSWORD)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("已写入锚点")));

		assertThat(anchoring.status().count()).isEqualTo(before + 1);
		assertThat(trail.search(new AuditQuery(null, "audit.anchored", null, null, null, null, null, 5))).isNotEmpty();
		AuditAnchor newest = anchoring.status().newest();
		mvc.perform(get("/audit").with(httpBasic("supervisor", PASSWORD)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("链外锚点")))
			.andExpect(content().string(containsString(newest.hash())))
			.andExpect(content().string(containsString(anchorFile.path().toString())));
	}

	private static final String COLUMNS = """
			id, occurred_at, actor, actor_department, action, subject_type, subject_id,
			before_state, after_state, detail, prev_hash, hash""";

	private record Stored(long seq, AuditEntry entry) {
	}

	// What someone with database superuser rights can do: switch triggers off for the session.
	private void asDatabaseAdministrator(String sql, long value) throws SQLException {
		try (Connection connection = dataSource.getConnection()) {
			connection.setAutoCommit(false);
			try (Statement statement = connection.createStatement()) {
				statement.execute("set local session_replication_role = replica");
			}
			try (PreparedStatement statement = connection.prepareStatement(sql)) {
				statement.setLong(1, value);
				statement.executeUpdate();
			}
			connection.commit();
		}
	}

	private void restore(Stored stored) {
		AuditEntry entry = stored.entry();
		jdbc.sql("""
				insert into platform.audit_entry (id, occurred_at, actor, actor_department, action, subject_type,
					subject_id, before_state, after_state, detail, prev_hash, hash, chain_seq)
				overriding system value
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(entry.id(), OffsetDateTime.ofInstant(entry.occurredAt(), ZoneOffset.UTC), entry.actor(),
					entry.actorDepartment(), entry.action(), entry.subjectType(), entry.subjectId(), entry.before(),
					entry.after(), entry.detail(), entry.prevHash(), entry.hash(), stored.seq())
			.update();
	}

}
