package org.chengxiang.residence;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;

import org.chengxiang.platform.crypto.PersonKey;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Permit validity at scale: 1,000,000 residence permits of about 714,000 people in every state (standing, expired,
 * not yet valid, lapsed, cancelled, replaced by a successor), asked the way other modules ask it, in process through
 * {@link ResidencePermits}, beside the same question as bare JDBC in the same run:
 * <ul>
 * <li>the single check {@link ResidencePermits#validOn(PersonKey, LocalDate)} for random people, half of them holders
 * and half unknown, against one prepared statement on a connection of the same pool, in turns key by key;</li>
 * <li>the batch check {@link ResidencePermits#validOn(java.util.Collection, LocalDate)} for 100,000 people against one
 * SQL join of the same keys (an array unnested) to the permits with the same condition, planned for its keys on
 * every run as the platform's statement is, in turns run by run.</li>
 * </ul>
 * Both answers must be identical; the run fails otherwise. A report, not a test: nothing here asserts a time. Run it
 * with {@code bench/permits.sh} (see bench/README.md).
 */
@SpringBootTest(webEnvironment = WebEnvironment.NONE, properties = {
		"chengxiang.embedded.data-dir=target/bench-pg", "chengxiang.embedded.clean=true",
		"chengxiang.crypto.key-file=target/bench-keys/personal-data.key",
		"chengxiang.services.file-dir=target/bench-files", "chengxiang.cityops.mqtt.port=0" })
class PermitValidityBenchmark {

	static final int PERMITS = Integer.getInteger("bench.permits", 1_000_000);

	/** Ten people hold fourteen permits: seven one, two a replaced one and its successor, one three. */
	static final int PEOPLE = (int) ((PERMITS * 10L + 13) / 14);

	static final int CHECKS = Integer.getInteger("bench.permit-checks", 20_000);

	static final int WARMUP_CHECKS = Integer.getInteger("bench.permit-warmup", 10_000);

	static final int BATCH = Integer.getInteger("bench.permit-batch", 100_000);

	/** More than the executions after which PostgreSQL may switch a prepared statement to its cached plan. */
	static final int RUNS = Integer.getInteger("bench.permit-runs", 11);

	/** The day asked about. */
	static final LocalDate DAY = LocalDate.of(2035, 6, 30);

	static final double TARGET_P99_MS = 1;

	static final double TARGET_RATIO = 2;

	static final String VALID_ON = "valid_from <= ? and ? <= valid_until and (ended_on is null or ? < ended_on)";

	static final String SINGLE_SQL = "select exists (select 1 from residence.permit where person_key = ? and "
			+ VALID_ON + ")";

	static final String JOIN_SQL = "select distinct p.person_key from unnest(?::bytea[]) k (key) "
			+ "join residence.permit p on p.person_key = k.key where " + VALID_ON;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	DataSource dataSource;

	@Autowired
	ResidencePermits permits;

	@Autowired
	TransactionTemplate transactions;

	@Test
	void validity() throws Exception {
		String started = OffsetDateTime.now(ZoneOffset.UTC).withNano(0).toString();
		String loadAtStart = loadAverage();
		long loading = System.nanoTime();
		load();
		double loadSeconds = (System.nanoTime() - loading) / 1e9;
		String states = jdbc.sql("""
				select string_agg(status || ' ' || to_char(n, 'FM9,999,999'), ', ' order by status)
				from (select status, count(*) n from residence.permit group by status) s
				""").query(String.class).single();
		long people = jdbc.sql("select count(distinct person_key) from residence.permit").query(Long.class).single();
		long validPeople = jdbc.sql("select count(distinct person_key) from residence.permit where "
				+ VALID_ON.replace("?", "cast(:day as date)")).param("day", DAY).query(Long.class).single();

		Random random = new Random(42);

		// the single check, in turns key by key
		List<PersonKey> singles = keys(random, CHECKS / 2, CHECKS - CHECKS / 2);
		List<PersonKey> warmups = keys(random, WARMUP_CHECKS / 2, WARMUP_CHECKS - WARMUP_CHECKS / 2);
		long[] ours = new long[CHECKS];
		long[] bare = new long[CHECKS];
		int differing = 0;
		int validSingles = 0;
		String singlePlan;
		try (Connection connection = dataSource.getConnection();
				PreparedStatement statement = connection.prepareStatement(SINGLE_SQL)) {
			for (PersonKey key : warmups) {
				permits.validOn(key, DAY);
				single(statement, key);
			}
			for (int i = 0; i < CHECKS; i++) {
				PersonKey key = singles.get(i);
				long start = System.nanoTime();
				boolean a = permits.validOn(key, DAY);
				long middle = System.nanoTime();
				boolean b = single(statement, key);
				long end = System.nanoTime();
				ours[i] = middle - start;
				bare[i] = end - middle;
				differing += a == b ? 0 : 1;
				validSingles += a ? 1 : 0;
			}
			singlePlan = explain(connection, SINGLE_SQL, singles.get(0).bytes());
		}

		// the batch check, in turns run by run, one warm-up run of each
		List<PersonKey> batch = keys(random, BATCH * 4 / 5, BATCH - BATCH * 4 / 5);
		byte[][] batchBytes = batch.stream().map(PersonKey::bytes).toArray(byte[][]::new);
		List<Double> platformRuns = new ArrayList<>();
		List<Double> sqlRuns = new ArrayList<>();
		Set<PersonKey> platformResult = null;
		Set<PersonKey> sqlResult = null;
		String batchPlan;
		try (Connection connection = dataSource.getConnection();
				PreparedStatement statement = connection.prepareStatement(JOIN_SQL)) {
			// planned for its number of keys on every run, as the platform's is: the plan PostgreSQL caches for a
			// statement after a few executions cannot know it and looks every key up
			planCacheMode(connection, "force_custom_plan");
			for (int run = 0; run <= RUNS; run++) {
				long start = System.nanoTime();
				Set<PersonKey> p = permits.validOn(batch, DAY);
				long middle = System.nanoTime();
				List<byte[]> s = join(connection, statement, batchBytes);
				long end = System.nanoTime();
				if (run > 0) {
					platformRuns.add((middle - start) / 1e9);
					sqlRuns.add((end - middle) / 1e9);
				}
				platformResult = p;
				sqlResult = new HashSet<>();
				for (byte[] key : s) {
					sqlResult.add(PersonKey.of(key));
				}
			}
			batchPlan = explain(connection, JOIN_SQL, connection.createArrayOf("bytea", batchBytes));
			planCacheMode(connection, "default");
		}
		boolean identical = differing == 0 && platformResult.equals(sqlResult);

		double oursP99 = percentile(ours, 99);
		double bareP99 = percentile(bare, 99);
		double p = median(platformRuns);
		double s = median(sqlRuns);
		StringBuilder out = new StringBuilder();
		out.append("Permit validity, %,d permits of %,d people (%s); %,d people valid on %s%n".formatted(PERMITS, people,
				states, validPeople, DAY));
		out.append("started %s; machine: %d cores, load average at start %s, at end %s; data loaded in %.1f s%n"
			.formatted(started, Runtime.getRuntime().availableProcessors(), loadAtStart, loadAverage(), loadSeconds));
		out.append(("single check: %,d keys (half holders, half unknown) after %,d warm-up keys, %,d valid, "
				+ "answers differing: %,d%n").formatted(CHECKS, WARMUP_CHECKS, validSingles, differing));
		out.append("batch check: %,d keys (4 in 5 holders), %,d valid; results identical: %s%n"
			.formatted(BATCH, platformResult.size(), identical ? "yes" : "NO"));
		out.append("%n| figure | ours | bare JDBC / one SQL join | ratio | target | met |%n|---|---|---|---|---|---|%n"
			.formatted());
		out.append("| single check p50 | %.3f ms | %.3f ms | %.2f | | |%n".formatted(percentile(ours, 50),
				percentile(bare, 50), percentile(ours, 50) / percentile(bare, 50)));
		out.append("| single check p99 | %.3f ms | %.3f ms | %.2f | < %.0f ms | %s |%n".formatted(oursP99, bareP99,
				oursP99 / bareP99, TARGET_P99_MS, oursP99 < TARGET_P99_MS ? "yes" : "no"));
		out.append("| single check max | %.3f ms | %.3f ms | | | |%n".formatted(percentile(ours, 100),
				percentile(bare, 100)));
		out.append("| batch check of %,d keys, median of %d runs | %.3f s | %.3f s | %.2f | ratio ≤ %.0f | %s |%n"
			.formatted(BATCH, RUNS, p, s, p / s, TARGET_RATIO, p / s <= TARGET_RATIO ? "yes" : "no"));
		out.append("%nbatch runs (s): ours %s; SQL join %s%n".formatted(runs(platformRuns), runs(sqlRuns)));
		out.append("%nplan of the single check:%n%s".formatted(singlePlan));
		out.append("plan of the SQL join:%n%s".formatted(batchPlan));
		Path file = Path.of("target/bench/permits.txt");
		Files.createDirectories(file.getParent());
		Files.writeString(file, out.toString());
		System.out.println(out);
		if (!identical) {
			throw new AssertionError("the platform's answers and bare JDBC's differ");
		}
	}

	private static boolean single(PreparedStatement statement, PersonKey key) throws SQLException {
		statement.setBytes(1, key.bytes());
		statement.setObject(2, DAY);
		statement.setObject(3, DAY);
		statement.setObject(4, DAY);
		try (ResultSet rs = statement.executeQuery()) {
			rs.next();
			return rs.getBoolean(1);
		}
	}

	private static void planCacheMode(Connection connection, String mode) throws SQLException {
		try (Statement statement = connection.createStatement()) {
			statement.execute("set plan_cache_mode = " + mode);
		}
	}

	private static List<byte[]> join(Connection connection, PreparedStatement statement, byte[][] keys)
			throws SQLException {
		Array array = connection.createArrayOf("bytea", keys);
		statement.setArray(1, array);
		statement.setObject(2, DAY);
		statement.setObject(3, DAY);
		statement.setObject(4, DAY);
		List<byte[]> valid = new ArrayList<>();
		try (ResultSet rs = statement.executeQuery()) {
			while (rs.next()) {
				valid.add(rs.getBytes(1));
			}
		}
		array.free();
		return valid;
	}

	private static String explain(Connection connection, String sql, Object first) throws SQLException {
		StringBuilder plan = new StringBuilder();
		try (PreparedStatement explain = connection.prepareStatement("explain (analyze, buffers, costs off) " + sql)) {
			explain.setObject(1, first);
			explain.setObject(2, DAY);
			explain.setObject(3, DAY);
			explain.setObject(4, DAY);
			try (ResultSet rs = explain.executeQuery()) {
				while (rs.next()) {
					plan.append("  ").append(rs.getString(1)).append('\n');
				}
			}
		}
		return plan.toString();
	}

	/** Distinct holders (people 1..PEOPLE) and unknown people, shuffled. */
	private static List<PersonKey> keys(Random random, int holders, int unknown) {
		Set<Integer> chosen = new LinkedHashSet<>();
		while (chosen.size() < holders) {
			chosen.add(1 + random.nextInt(PEOPLE - 1));
		}
		List<PersonKey> keys = new ArrayList<>();
		chosen.forEach(p -> keys.add(key("p" + p)));
		Set<Integer> strangers = new LinkedHashSet<>();
		while (strangers.size() < unknown) {
			strangers.add(random.nextInt(Integer.MAX_VALUE));
		}
		strangers.forEach(u -> keys.add(key("u" + u)));
		Collections.shuffle(keys, random);
		return keys;
	}

	/** The key the load below gives: {@code sha256(convert_to(text, 'UTF8'))}. */
	private static PersonKey key(String text) {
		try {
			return PersonKey.of(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * Permits relative to the day asked about. Seven people in ten hold one permit: standing (endorsed up to three
	 * times, so some have expired), not valid before a later day, lapsed when an endorsement was missed, or cancelled.
	 * Two hold a permit replaced (renewed or lost) and its successor; one an old lapsed permit, then a replaced one and
	 * its successor, standing or cancelled. Every person's permits start within four years before the day.
	 */
	private void load() {
		transactions.executeWithoutResult(status -> {
			jdbc.sql("select setseed(0.13)").query().listOfRows();
			jdbc.sql("""
					insert into residence.permit (permit_number, person_key, status, issued_on, valid_from, valid_until,
						ended_on, holder_name, sex, id_number_enc, address, issuing_authority, applicant_user_id,
						replacement_kind)
					select 'BENCH' || x.p || '-' || g.i, sha256(convert_to('p' || x.p, 'UTF8')), s.status,
						case when s.status = 'VALID' and s.valid_from > :day then :day else s.valid_from end,
						s.valid_from, s.valid_until, s.ended_on, 'bench', case when x.p % 2 = 0 then 'F' else 'M' end,
						'\\x00'::bytea, 'bench', 'bench', 0, s.replacement_kind
					from (select p, case when p % 10 < 2 then 2 when p % 10 = 2 then 3 else 1 end as k, random() as kind,
							cast(:day as date) - floor(random() * 1460)::int as start, floor(random() * 4)::int as endorsed,
							floor(random() * 700)::int as step
						from generate_series(1, :people) p) x
					cross join lateral generate_series(1, x.k) g (i)
					cross join lateral (
						select * from (values
							-- one permit
							(1, 1, case when x.kind < 0.65 then 'VALID' when x.kind < 0.85 then 'LAPSED' else 'CANCELLED' end,
								case when x.kind >= 0.55 and x.kind < 0.65 then cast(:day as date) + 1 + x.step % 90
									else x.start end,
								case when x.kind < 0.55 then x.start + 364 + 365 * x.endorsed
									when x.kind < 0.65 then cast(:day as date) + 1 + x.step % 90 + 364
									when x.kind < 0.85 then x.start + 364 else x.start + 729 end,
								case when x.kind < 0.65 then null when x.kind < 0.85 then x.start + 364 + 31
									else x.start + x.step end,
								null),
							-- a replaced permit and its successor
							(2, 1, 'REPLACED', x.start, x.start + 729, x.start + 30 + x.step % 600, null),
							(2, 2, 'VALID', x.start + 30 + x.step % 600, x.start + 30 + x.step % 600 + 729, null,
								case when x.step % 3 = 0 then 'LOSS' else 'RENEWAL' end),
							-- a lapsed permit, then a replaced one and its successor
							(3, 1, 'LAPSED', x.start - 800, x.start - 800 + 364, x.start - 800 + 364 + 31, null),
							(3, 2, 'REPLACED', x.start, x.start + 729, x.start + 30 + x.step % 600, null),
							(3, 3, case when x.kind < 0.8 then 'VALID' else 'CANCELLED' end, x.start + 30 + x.step % 600,
								x.start + 30 + x.step % 600 + 729,
								case when x.kind < 0.8 then null else x.start + 30 + x.step % 600 + 10 + x.step % 300 end,
								case when x.step % 3 = 0 then 'LOSS' else 'RENEWAL' end)
						) v (k, n, status, valid_from, valid_until, ended_on, replacement_kind)
						where v.k = x.k and v.n = g.i) s
					limit :permits
					""").param("day", DAY).param("people", PEOPLE).param("permits", PERMITS).update();
			jdbc.sql("""
					update residence.permit r set replaces_id = o.id
					from residence.permit o
					where r.replacement_kind is not null and o.person_key = r.person_key and o.status = 'REPLACED'
					""").update();
		});
		jdbc.sql("vacuum analyze residence.permit").update();
	}

	private static double percentile(long[] nanos, double p) {
		long[] sorted = Arrays.copyOf(nanos, nanos.length);
		Arrays.sort(sorted);
		int rank = (int) Math.ceil(p / 100.0 * sorted.length);
		return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))] / 1e6;
	}

	private static double median(List<Double> values) {
		List<Double> sorted = values.stream().sorted().toList();
		int n = sorted.size();
		return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
	}

	private static String runs(List<Double> values) {
		return String.join(", ", values.stream().map(v -> "%.3f".formatted(v)).toList());
	}

	private static String loadAverage() {
		try {
			return Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
		}
		catch (java.io.IOException ex) {
			return "?";
		}
	}

}
