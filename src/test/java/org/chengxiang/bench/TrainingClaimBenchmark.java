package org.chengxiang.bench;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.postgresql.PGConnection;

import org.chengxiang.training.ClaimChecksProbe;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Training subsidy claims at scale: 2,000,000 past subsidised trainings of 800,000 people loaded with COPY into
 * {@code training.subsidised}, then 20 closed classes of 1,000 trainees each (rosters, sessions, attendance and results
 * written in SQL; half the trainees people with past trainings, one in three of those at the class's occupation and
 * level, some at the year's cap; 500 seats filed, so half the seats are beyond them; two classes filed on their first
 * day). Each class is checked against every rule through the platform's {@code ClaimChecks.check} in the Spring
 * context, and in turns by the same checks written as one SQL statement (anti-joins to the subsidised trainings);
 * both answers, line by line, must be identical, or the run fails. A report, not a test: nothing asserts a time. Run
 * it with {@code bench/training.sh} (see bench/README.md).
 */
@SpringBootTest(webEnvironment = WebEnvironment.NONE, properties = {
		"chengxiang.embedded.data-dir=target/bench-pg", "chengxiang.embedded.clean=true",
		"chengxiang.crypto.key-file=target/bench-keys/personal-data.key",
		"chengxiang.services.file-dir=target/bench-files", "chengxiang.cityops.mqtt.port=0" })
class TrainingClaimBenchmark {

	static final int SUBSIDISED = Integer.getInteger("bench.subsidised", 2_000_000);

	/** Two and a half past trainings a person on average (1 to 4). */
	static final int PEOPLE = SUBSIDISED * 2 / 5;

	static final int CLAIMS = Integer.getInteger("bench.claims", 20);

	static final int TRAINEES = Integer.getInteger("bench.trainees", 1_000);

	static final int OCCUPATIONS = 50;

	static final String[] LEVELS = { "JUNIOR", "INTERMEDIATE", "SENIOR", "SPECIAL" };

	static final double TARGET_P99_S = 2;

	static final double TARGET_RATIO = 3;

	/**
	 * The rules of ClaimRule, for one class, as one statement: a flag per rule and line. The subsidised trainings are
	 * met by an anti-join ({@code not exists}) for the same occupation and level and a count for the year.
	 */
	static final String SQL = """
			with k as (
				select c.id, c.occupation_code, c.level, c.capacity, c.hours, c.starts_on,
					cast(c.filed_at at time zone 'Asia/Shanghai' as date) filed_on,
					cast(extract(year from c.ends_on) as int) y,
					(select coalesce(sum(s.hours), 0) from training.session s where s.class_id = c.id) sh,
					coalesce(r.yearly_cap, 3) cap, coalesce(r.attendance_share, 0.8) share, st.min_hours
				from training.training_class c
				left join training.claim_rule r on r.year = extract(year from c.ends_on)
				left join training.subsidy_standard st on st.year = extract(year from c.ends_on)
					and st.training_type = c.training_type and st.level = c.level
				where c.id = ?)
			select e.id,
				exists (select 1 from training.subsidised s where s.person_key = t.person_key
					and s.occupation_code = k.occupation_code and s.level = k.level),
				(select count(*) from training.subsidised s where s.person_key = t.person_key and s.year = k.y) >= k.cap,
				not (e.exam_result = 'PASSED' and e.certificate_number is not null),
				k.sh = 0 or coalesce(x.hours, 0) < k.sh * k.share,
				e.seat > k.capacity,
				k.filed_on >= k.starts_on,
				k.min_hours is null or k.hours < k.min_hours
			from k
			join training.enrolment e on e.class_id = k.id
			join training.trainee t on t.id = e.trainee_id
			left join (select a.enrolment_id, sum(s.hours) hours
				from training.session s join training.attendance a on a.session_id = s.id and a.present
				where s.class_id = ? group by a.enrolment_id) x on x.enrolment_id = e.id
			order by e.seat
			""";

	static final String[] RULES = { "ALREADY_SUBSIDISED", "YEARLY_CAP", "NOT_COMPLETED", "ATTENDANCE_SHORT",
			"OVER_CAPACITY", "FILED_LATE", "NO_STANDARD" };

	@Autowired
	JdbcClient jdbc;

	@Autowired
	DataSource dataSource;

	@Autowired
	ApplicationContext context;

	@Test
	void claims() throws Exception {
		String started = OffsetDateTime.now(ZoneOffset.UTC).withNano(0).toString();
		String loadAtStart = loadAverage();
		long loading = System.nanoTime();
		copySubsidised();
		List<Long> classes = classes();
		jdbc.sql("vacuum analyze").update();
		double loadSeconds = (System.nanoTime() - loading) / 1e9;

		ClaimChecksProbe probe = new ClaimChecksProbe(context);
		long[] ours = new long[classes.size()];
		long[] bare = new long[classes.size()];
		int differing = 0;
		Map<String, Integer> refused = new TreeMap<>();
		int granted = 0;
		String plan;
		try (Connection connection = dataSource.getConnection();
				PreparedStatement statement = connection.prepareStatement(SQL)) {
			// one warm-up of each
			probe.check(classes.get(0));
			sql(statement, classes.get(0));
			for (int i = 0; i < classes.size(); i++) {
				long classId = classes.get(i);
				long start = System.nanoTime();
				Map<Long, String> platform = probe.check(classId);
				long middle = System.nanoTime();
				Map<Long, String> oneStatement = sql(statement, classId);
				long end = System.nanoTime();
				ours[i] = middle - start;
				bare[i] = end - middle;
				differing += platform.equals(oneStatement) ? 0 : 1;
				for (String rules : platform.values()) {
					if (rules.isEmpty()) {
						granted++;
					}
					for (String rule : rules.isEmpty() ? new String[0] : rules.split(",")) {
						refused.merge(rule, 1, Integer::sum);
					}
				}
			}
			plan = explain(connection, classes.get(0));
		}

		double p50 = percentile(ours, 50);
		double p99 = percentile(ours, 99);
		double s50 = percentile(bare, 50);
		double s99 = percentile(bare, 99);
		long subsidised = jdbc.sql("select count(*) from training.subsidised").query(Long.class).single();
		StringBuilder out = new StringBuilder();
		out.append("Training claims, %,d past subsidised trainings of %,d people; %d claims of %,d trainees each%n"
			.formatted(subsidised, PEOPLE, classes.size(), TRAINEES));
		out.append("started %s; machine: %d cores, load average at start %s, at end %s; data loaded in %.1f s%n"
			.formatted(started, Runtime.getRuntime().availableProcessors(), loadAtStart, loadAverage(), loadSeconds));
		out.append("lines: %,d granted; refused by rule (a line may name several): %s; claims whose answers differ: %d%n"
			.formatted(granted, refused, differing));
		out.append("%n| figure | ClaimChecks.check | one SQL statement | ratio | target | met |%n|---|---|---|---|---|---|%n"
			.formatted());
		out.append("| p50 of %d claims | %.3f s | %.3f s | %.2f | | |%n".formatted(classes.size(), p50, s50, p50 / s50));
		out.append("| p99 of %d claims | %.3f s | %.3f s | %.2f | < %.0f s, ≤ %.0f× | %s |%n".formatted(classes.size(),
				p99, s99, p99 / s99, TARGET_P99_S, TARGET_RATIO,
				p99 < TARGET_P99_S && p99 / s99 <= TARGET_RATIO ? "yes" : "no"));
		out.append("%nruns (s): ours %s; SQL %s%n".formatted(runs(ours), runs(bare)));
		out.append("%nplan of the SQL statement:%n%s".formatted(plan));
		Path file = Path.of("target/bench/training.txt");
		Files.createDirectories(file.getParent());
		Files.writeString(file, out.toString());
		System.out.println(out);
		if (differing > 0) {
			throw new AssertionError("the platform's answers and the SQL statement's differ for " + differing + " claims");
		}
	}

	/** The past subsidised trainings, streamed to COPY: person n has 1 + n % 4 of them, each at a different level. */
	private void copySubsidised() throws Exception {
		try (Connection connection = dataSource.getConnection()) {
			long rows = connection.unwrap(PGConnection.class)
				.getCopyAPI()
				.copyIn("copy training.subsidised (person_key, occupation_code, level, year) from stdin",
						new SubsidisedRows());
			if (rows != SUBSIDISED) {
				throw new IllegalStateException("copied " + rows + " rows, not " + SUBSIDISED);
			}
		}
	}

	/**
	 * The past trainings of people 1 to {@link #PEOPLE}, as COPY's text format. The first (JUNIOR) is, for one
	 * person in three, at the occupation of the class they will sit in; people with four trainings of whom n % 5 is 0
	 * had three of them in 2026, the year of the classes (the cap).
	 */
	private static final class SubsidisedRows extends Reader {

		private final MessageDigest sha256;

		private final HexFormat hex = HexFormat.of();

		private int person = 1;

		private int rows;

		private String pending = "";

		private int at;

		SubsidisedRows() throws NoSuchAlgorithmException {
			sha256 = MessageDigest.getInstance("SHA-256");
		}

		@Override
		public int read(char[] buffer, int offset, int length) {
			if (at == pending.length()) {
				if (person > PEOPLE || rows >= SUBSIDISED) {
					return -1;
				}
				pending = rowsOf(person++);
				at = 0;
			}
			int n = Math.min(length, pending.length() - at);
			pending.getChars(at, at + n, buffer, offset);
			at += n;
			return n;
		}

		private String rowsOf(int n) {
			String key = "\\\\x" + hex.formatHex(sha256.digest(("p" + n).getBytes(StandardCharsets.UTF_8)));
			StringBuilder out = new StringBuilder();
			for (int j = 0; j < 1 + n % 4 && rows < SUBSIDISED; j++, rows++) {
				int occupation = j == 0 ? (n % 3 == 0 ? classOf(n) : (n * 7 + 1) % OCCUPATIONS) : (n + j * 11) % OCCUPATIONS;
				int year = j == 0 ? 2019 + n % 7 : n % 5 == 0 ? 2026 : 2019 + (n + j) % 8;
				out.append(key).append('\t').append(occupation(occupation)).append('\t').append(LEVELS[j]).append('\t')
					.append(year).append('\n');
			}
			return out.toString();
		}

		@Override
		public void close() {
		}

	}

	/** The class a person with past trainings sits in: trainees 0, 2, 4, … of class c are people c·500 + 1, …. */
	static int classOf(int person) {
		return ((person - 1) / (TRAINEES / 2)) % OCCUPATIONS;
	}

	static String occupation(int index) {
		return "B-%03d".formatted(index);
	}

	/** The classes, their rosters, sessions, attendance and results, in SQL; their ids. */
	private List<Long> classes() {
		for (int i = 0; i < OCCUPATIONS; i++) {
			jdbc.sql("insert into training.occupation (code, name, kind) values (:code, :code, 'OCCUPATION')")
				.param("code", occupation(i))
				.update();
		}
		jdbc.sql("""
				insert into training.subsidy_standard (year, training_type, level, amount, min_hours)
				values (2026, 'UPGRADING', 'JUNIOR', 1500, 80)
				on conflict (year, training_type, level) do update set amount = 1500, min_hours = 80
				""").update();
		long provider = jdbc.sql("""
				insert into training.provider (department_id, name, credit_code, kind, licence_number, contact_name,
					approved_on, status)
				values (-1, 'bench provider', '91210882BENCH0000X', 'INSTITUTION', 'BENCH', 'bench', date '2020-01-01',
					'APPROVED')
				returning id
				""").query(Long.class).single();
		List<Long> classes = new ArrayList<>();
		for (int c = 0; c < CLAIMS; c++) {
			long classId = jdbc.sql("""
					insert into training.training_class (provider_id, name, occupation_code, level, training_type, hours,
						capacity, starts_on, ends_on, division_code, place, teacher, filed_at, filed_by, status, closed_on)
					values (:provider, :name, :occupation, 'JUNIOR', 'UPGRADING', 100, 500, date '2026-05-04',
						date '2026-05-24', '210882001001', 'bench', 'bench', :filed, 'bench', 'CLOSED', date '2026-05-24')
					returning id
					""").param("provider", provider).param("name", "bench class " + c)
				.param("occupation", occupation(c % OCCUPATIONS))
				.param("filed", OffsetDateTime.parse(c % 10 == 9 ? "2026-05-04T08:00:00+08:00" : "2026-04-27T09:00:00+08:00"))
				.query(Long.class)
				.single();
			classes.add(classId);
			jdbc.sql("""
					insert into training.session (class_id, held_on, hours, topic)
					select :class, date '2026-05-04' + n, 10, 'session ' || n from generate_series(0, 9) n
					""").param("class", classId).update();
			// even seats: people with past trainings (p…), odd seats: people new to training (q…)
			jdbc.sql("""
					insert into training.trainee (person_key, id_number_enc, name, hukou_kind)
					select sha256(convert_to(case when i % 2 = 0 then 'p' || (:c * (:n / 2) + i / 2 + 1)
						else 'q' || (:c * :n + i) end, 'UTF8')), '\\x00'::bytea, 'bench', 'RURAL'
					from generate_series(0, :n - 1) i
					""").param("c", c).param("n", TRAINEES).update();
			jdbc.sql("""
					insert into training.enrolment (class_id, trainee_id, seat, migrant_worker, exam_result,
						certificate_kind, certificate_number, certified_on)
					select :class, t.id, i + 1, true, case when i % 10 = 3 then 'FAILED' else 'PASSED' end,
						case when i % 10 = 3 then null else 'SKILL_LEVEL' end,
						case when i % 10 = 3 then null else 'BENCH-' || :class || '-' || i end,
						case when i % 10 = 3 then null else date '2026-05-24' end
					from generate_series(0, :n - 1) i
					join training.trainee t on t.person_key = sha256(convert_to(case when i % 2 = 0
						then 'p' || (:c * (:n / 2) + i / 2 + 1) else 'q' || (:c * :n + i) end, 'UTF8'))
					""").param("class", classId).param("c", c).param("n", TRAINEES).update();
			// three in twenty attend 7 of the 10 sessions, short of 80 %
			jdbc.sql("""
					insert into training.attendance (session_id, enrolment_id, present)
					select s.id, e.id, not (e.seat % 20 in (1, 8, 15) and extract(day from s.held_on) > 10)
					from training.enrolment e join training.session s on s.class_id = e.class_id
					where e.class_id = :class
					""").param("class", classId).update();
		}
		return classes;
	}

	private static Map<Long, String> sql(PreparedStatement statement, long classId) throws SQLException {
		statement.setLong(1, classId);
		statement.setLong(2, classId);
		Map<Long, String> lines = new LinkedHashMap<>();
		try (ResultSet rs = statement.executeQuery()) {
			while (rs.next()) {
				List<String> rules = new ArrayList<>();
				for (int r = 0; r < RULES.length; r++) {
					if (rs.getBoolean(2 + r)) {
						rules.add(RULES[r]);
					}
				}
				lines.put(rs.getLong(1), String.join(",", rules));
			}
		}
		return lines;
	}

	private static String explain(Connection connection, long classId) throws SQLException {
		StringBuilder plan = new StringBuilder();
		try (PreparedStatement explain = connection.prepareStatement("explain (analyze, buffers, costs off) " + SQL)) {
			explain.setLong(1, classId);
			explain.setLong(2, classId);
			try (ResultSet rs = explain.executeQuery()) {
				while (rs.next()) {
					plan.append("  ").append(rs.getString(1)).append('\n');
				}
			}
		}
		return plan.toString();
	}

	private static double percentile(long[] nanos, double p) {
		long[] sorted = Arrays.copyOf(nanos, nanos.length);
		Arrays.sort(sorted);
		int rank = (int) Math.ceil(p / 100.0 * sorted.length);
		return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))] / 1e9;
	}

	private static String runs(long[] nanos) {
		return String.join(", ", Arrays.stream(nanos).mapToObj(n -> "%.3f".formatted(n / 1e9)).toList());
	}

	private static String loadAverage() {
		try {
			return Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
		}
		catch (IOException ex) {
			return "?";
		}
	}

}
