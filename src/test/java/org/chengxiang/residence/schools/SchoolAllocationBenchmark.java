package org.chengxiang.residence.schools;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.chengxiang.directory.Directory;
import org.chengxiang.platform.security.CurrentUsers;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The school place allocation round at scale: 50,000 applications over 200 schools and 5 grades, allocated the way
 * the platform does it (the round's draw: applications read, eligibility asked of the residence permits and the
 * household registry in batches, priority and capacity in Java, every outcome written in one statement) beside the
 * same priority rules written as one SQL statement with window functions ({@link AllocationSql#SQL}) that writes the
 * same outcomes, in the same run on the same data. Both must give identical results. A report, not a test: nothing
 * here asserts a time. Run it with {@code bench/schools.sh} (see bench/README.md).
 *
 * <p>
 * Each timed run happens in a transaction that is rolled back, so every run starts from the same applications.
 */
@SpringBootTest(webEnvironment = WebEnvironment.NONE, properties = {
		"chengxiang.embedded.data-dir=target/bench-pg", "chengxiang.embedded.clean=true",
		"chengxiang.crypto.key-file=target/bench-keys/personal-data.key",
		"chengxiang.services.file-dir=target/bench-files", "chengxiang.cityops.mqtt.port=0" })
class SchoolAllocationBenchmark {

	static final int APPLICATIONS = Integer.getInteger("bench.school-applications", 50_000);

	static final int SCHOOLS = Integer.getInteger("bench.schools", 200);

	static final int RUNS = Integer.getInteger("bench.school-runs", 5);

	static final int YEAR = 2035;

	static final String SEED = "bench-" + YEAR;

	static final double TARGET_SECONDS = 5;

	static final double TARGET_RATIO = 2;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	RoundDesk rounds;

	@Autowired
	Directory directory;

	@Test
	void allocation() throws Exception {
		String loadAtStart = loadAverage();
		long loading = System.nanoTime();
		load();
		double loadSeconds = (System.nanoTime() - loading) / 1e9;

		List<Double> platform = new ArrayList<>();
		List<Double> sql = new ArrayList<>();
		List<String> platformResult = null;
		List<String> sqlResult = null;
		// one warm-up run of each, then the runs in turns
		for (int run = 0; run <= RUNS; run++) {
			Timed p = platformRun();
			Timed s = sqlRun();
			if (run > 0) {
				platform.add(p.seconds());
				sql.add(s.seconds());
			}
			platformResult = p.result();
			sqlResult = s.result();
		}
		boolean identical = platformResult.equals(sqlResult);
		long offered = platformResult.stream().filter(r -> r.contains("|OFFERED|")).count();
		long waiting = platformResult.stream().filter(r -> r.contains("|WAITING|")).count();
		long ineligible = platformResult.stream().filter(r -> r.contains("|INELIGIBLE|")).count();
		long places = jdbc.sql("select sum(places) from residence.school_places where year = :y").param("y", YEAR)
			.query(Long.class).single();
		double p = median(platform);
		double s = median(sql);

		StringBuilder out = new StringBuilder();
		out.append("School place allocation, %,d applications over %d schools and 5 grades (%,d places)%n"
			.formatted(APPLICATIONS, SCHOOLS, places));
		out.append("machine: %d cores, load average at start %s, at end %s; data loaded in %.1f s%n"
			.formatted(Runtime.getRuntime().availableProcessors(), loadAtStart, loadAverage(), loadSeconds));
		out.append("outcome: %,d offered, %,d waiting, %,d not eligible; results identical: %s%n"
			.formatted(offered, waiting, ineligible, identical ? "yes" : "NO"));
		out.append("%n| figure | median of %d runs | runs (s) | target | met |%n|---|---|---|---|---|%n".formatted(RUNS));
		out.append("| the platform's round (Java) | %.3f s | %s | < %.0f s | %s |%n".formatted(p, runs(platform),
				TARGET_SECONDS, p < TARGET_SECONDS ? "yes" : "no"));
		out.append("| one SQL statement with window functions | %.3f s | %s | | |%n".formatted(s, runs(sql)));
		out.append("| ratio platform / SQL | %.2f | | ≤ %.0f | %s |%n".formatted(p / s, TARGET_RATIO,
				p / s <= TARGET_RATIO ? "yes" : "no"));
		Path file = Path.of("target/bench/schools.txt");
		Files.createDirectories(file.getParent());
		Files.writeString(file, out.toString());
		System.out.println(out);
		if (!identical) {
			throw new AssertionError("the platform's allocation and the SQL statement differ");
		}
	}

	private Timed platformRun() {
		return CurrentUsers.runAs(directory.user("edu").orElseThrow(), () -> transactions.execute(status -> {
			int version = jdbc.sql("select version from residence.school_round where year = :y").param("y", YEAR)
				.query(Integer.class).single();
			long start = System.nanoTime();
			rounds.draw(YEAR, version);
			double seconds = (System.nanoTime() - start) / 1e9;
			List<String> result = result();
			status.setRollbackOnly();
			return new Timed(seconds, result);
		}));
	}

	private Timed sqlRun() {
		return transactions.execute(status -> {
			long start = System.nanoTime();
			jdbc.sql("""
					update residence.school_application a
					set status = r.status, priority_rank = r.priority_rank, version = a.version + 1
					from (%s) r where a.id = r.id
					""".formatted(AllocationSql.SQL))
				.param("year", YEAR)
				.param("reference", LocalDate.of(YEAR, 6, 30))
				.param("seed", SEED)
				.update();
			double seconds = (System.nanoTime() - start) / 1e9;
			List<String> result = result();
			status.setRollbackOnly();
			return new Timed(seconds, result);
		});
	}

	private List<String> result() {
		return jdbc.sql("""
				select id || '|' || status || '|' || coalesce(priority_rank::text, '-') from residence.school_application
				where year = :y order by id
				""").param("y", YEAR).query(String.class).list();
	}

	/** Schools, places, guardians with permits or hukou or neither, earlier places of siblings, and the round. */
	private void load() {
		transactions.executeWithoutResult(status -> {
			jdbc.sql("select setseed(0.42)").query().listOfRows();
			jdbc.sql("""
					insert into residence.school (name, kind, division_code)
					select 'bench-school-' || s, 'PRIMARY', '210882003001' from generate_series(1, :n) s
					""").param("n", SCHOOLS).update();
			jdbc.sql("""
					create temp table bench_school on commit drop as
					select id, row_number() over (order by id) - 1 as k from residence.school where name like 'bench-school-%'
					""").update();
			jdbc.sql("""
					insert into residence.school_catchment (school, grid_cell_id)
					select b.id, 100000 + b.k * 3 + c from bench_school b, generate_series(0, 2) c
					""").update();
			jdbc.sql("""
					insert into residence.school_places (school, year, grade, places)
					select b.id, :y, g.code, 30 + floor(random() * 31)::int from bench_school b, residence.school_grade g
					""").param("y", YEAR).update();
			// one child in ten is a younger sibling of the previous child (same guardian)
			jdbc.sql("""
					insert into residence.school_application (application_id, application_number, guardian_user_id,
						guardian_key, child_key, child_name_enc, child_id_enc, year, grade, school, grid_cell_id,
						residence_since, sibling_declared, status)
					select 10000000 + x.i, 'B' || x.i, 0,
						sha256(convert_to('g' || case when x.i % 10 = 0 then x.i - 1 else x.i end, 'UTF8')),
						sha256(convert_to('c' || x.i, 'UTF8')), '\\x00'::bytea, '\\x00'::bytea, :y,
						(array['K1', 'K2', 'K3', 'P1', 'J1'])[1 + x.i % 5], b.id,
						case when x.home < 0.4 then 100000 + b.k * 3 + x.cell % 3 else 100000 + x.cell % (:n * 3) end,
						date '2035-06-30' - x.days, x.sibling < 0.05, 'APPLIED'
					from (select i, floor(power(random(), 1.5) * :n)::int as k, random() as home,
							floor(random() * 1000000)::int as cell, floor(random() * 3650)::int as days, random() as sibling
						from generate_series(1, :apps) i) x
					join bench_school b on b.k = x.k
					""").param("y", YEAR).param("n", SCHOOLS).param("apps", APPLICATIONS).update();
			// places accepted last year by some guardians: their children's brothers and sisters come before others
			jdbc.sql("""
					insert into residence.school_application (application_id, application_number, guardian_user_id,
						guardian_key, child_key, child_name_enc, child_id_enc, year, grade, school, grid_cell_id,
						residence_since, status)
					select 20000000 + a.id, 'P' || a.id, 0, a.guardian_key, sha256(convert_to('p' || a.id, 'UTF8')),
						'\\x00'::bytea, '\\x00'::bytea, :y - 1, 'K1', a.school, a.grid_cell_id, a.residence_since, 'ACCEPTED'
					from residence.school_application a where a.year = :y and a.id % 17 = 0
					""").param("y", YEAR).update();
			// eight guardians in ten hold a valid permit, one local hukou, one neither
			jdbc.sql("""
					insert into residence.permit (permit_number, person_key, status, issued_on, valid_from, valid_until,
						holder_name, sex, id_number_enc, address, issuing_authority, applicant_user_id)
					select 'BENCH' || g, sha256(convert_to('g' || g, 'UTF8')), 'VALID', date '2034-01-01', date '2034-01-01',
						date '2036-12-31', 'bench', 'F', '\\x00'::bytea, 'bench', 'bench', 0
					from generate_series(1, :apps) g where g % 10 < 8
					""").param("apps", APPLICATIONS).update();
			long household = jdbc.sql("""
					insert into settlement.household (household_number, address, division_code, created_at,
						source_application_number)
					values ('BENCH-1', 'bench', '210882003001', now(), 'BENCH-1') returning id
					""").query(Long.class).single();
			jdbc.sql("""
					insert into settlement.resident (household_id, name, id_number_enc, id_number_idx, relation,
						origin_hukou_address, settled_on, application_number)
					select :household, 'bench', '\\x00'::bytea, sha256(convert_to('g' || g, 'UTF8')), 'OTHER', 'bench',
						date '2030-01-01', 'BENCH-1'
					from generate_series(1, :apps) g where g % 10 = 8
					""").param("household", household).param("apps", APPLICATIONS).update();
			jdbc.sql("""
					insert into residence.school_round (year, reference_date, cutoff_date, status, seed, seed_published_at)
					values (:y, date '2035-06-30', date '2035-08-31', 'SEED_PUBLISHED', :seed, now())
					""").param("y", YEAR).param("seed", SEED).update();
		});
		jdbc.sql("analyze").update();
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

	private record Timed(double seconds, List<String> result) {
	}

}
