package org.chengxiang.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;

import org.chengxiang.platform.db.PlatformProcess;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.chengxiang.directory.TestRegistrations.PASSWORD;

/**
 * The crash test: the platform in a JVM of its own, on a data directory kept across restarts, under concurrent
 * application submissions, case steps and telemetry batches, killed with SIGKILL in the middle of them
 * {@value #DEFAULT_KILLS} times. After each restart, without any help, it checks every write acknowledged so far in
 * any run (all present), the writes whose answer never came (committed whole or not at all, counted), nothing
 * half-written, the event publications outstanding (republished and completed), every sensor alarm's case (opened by
 * an event listener), and the audit chain. Run it with {@code bench/crash.sh}; it prints the counts and writes them to
 * {@code target/bench/crash.txt}.
 */
class CrashBenchmark {

	static final int DEFAULT_KILLS = 5;

	static final int KILLS = Integer.getInteger("bench.kills", DEFAULT_KILLS);

	static final int APPLICATION_CLIENTS = Integer.getInteger("bench.application-clients", 2);

	static final int CASE_CLIENTS = Integer.getInteger("bench.case-clients", 1);

	static final int TELEMETRY_CLIENTS = Integer.getInteger("bench.telemetry-clients", 1);

	/** The kill comes at a random moment between these many seconds after the clients start. */
	static final int KILL_MIN_SECONDS = Integer.getInteger("bench.kill-min-seconds", 8);

	static final int KILL_MAX_SECONDS = Integer.getInteger("bench.kill-max-seconds", 20);

	static final int ITEMS_PER_RUN = Integer.getInteger("bench.items-per-run", 200);

	private static final Duration START = Duration.ofMinutes(5);

	private static final Duration SETTLE = Duration.ofSeconds(120);

	private static final List<String> JVM = List.of("-Xmx1g");

	private static final Pattern KEY = Pattern.compile("\"key\"\\s*:\\s*\"([^\"]+)\"");

	private final Random random = new Random(Long.getLong("bench.seed", 20261207L));

	private final String tag = Long.toString(System.currentTimeMillis() / 1000 % 1_000_000, 36).toUpperCase(Locale.ROOT);

	@Test
	void crashes() throws Exception {
		Path home = home();
		CrashLedger ledger = new CrashLedger();
		StringBuilder report = new StringBuilder(String.format(Locale.ROOT, """
				Crash test — %d kills (SIGKILL of the platform's JVM), %d resident, %d case and %d telemetry clients, data in %s, %s
				| restart | started in | acknowledged | found | missing | unanswered (committed / not) | half-written | event publications incomplete at the kill → after the restart | alarms without case | audit chain |
				|---|---|---|---|---|---|---|---|---|---|
				""", KILLS, APPLICATION_CLIENTS, CASE_CLIENTS, TELEMETRY_CLIENTS, home, Instant.now()));
		String load = CpuMeter.loadAverage();
		PlatformProcess platform = PlatformProcess.start(home, 0, JVM);
		step("first start: " + platform.awaitUp(START).toSeconds() + " s");
		HttpClient http = WebSession.client();
		String gateway = "CRASH-GW-" + tag;
		String key;
		List<double[]> points;
		try (Connection db = connect(home)) {
			WebSession admin = WebSession.login(http, platform.base(), "admin", PASSWORD);
			key = find(KEY, WebSession.expect(admin.post("/api/cityops/gateways",
					"{\"code\":\"" + gateway + "\",\"name\":\"崩溃测试网关\"}"), 201));
			devices(db, gateway);
			points = CrashPoints.lattice(db);
		}
		Iterator<double[]> freePoints = points.iterator();
		AtomicInteger batches = new AtomicInteger();
		Instant telemetryBase = Instant.now().minus(20, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS);
		boolean allKept = true;
		for (int kill = 1; kill <= KILLS; kill++) {
			WebSession admin = WebSession.login(http, platform.base(), "admin", PASSWORD);
			List<String> items = items(admin, home, kill);
			Duration killAfter = Duration.ofSeconds(KILL_MIN_SECONDS + random.nextInt(KILL_MAX_SECONDS - KILL_MIN_SECONDS + 1));
			step("run " + kill + ": clients for " + killAfter.toSeconds() + " s, then SIGKILL of JVM " + platform.pid());
			CrashWorkload workload = new CrashWorkload(platform.base(), ledger, items, freePoints, batches, telemetryBase,
					gateway, key, kill);
			PlatformProcess running = platform;
			long[] atKill = new long[1];
			try (Connection db = connect(home)) {
				// the publications not completed at the moment of the kill: the restart must complete every one
				workload.runUntilKilled(APPLICATION_CLIENTS, CASE_CLIENTS, TELEMETRY_CLIENTS, killAfter, () -> {
					try {
						atKill[0] = outstandingEvents(db);
					}
					catch (SQLException ex) {
						atKill[0] = -1;
					}
					running.kill();
				});
			}
			if (workload.refused() > 0) {
				step(workload.refused() + " writes refused, the first: " + workload.firstRefusal());
			}

			platform = PlatformProcess.start(home, kill, JVM);
			Duration started = platform.awaitUp(START);
			step("restart " + kill + ": up after " + started.toSeconds() + " s");
			try (Connection db = connect(home)) {
				long outstandingAtStart = atKill[0];
				long outstanding = settle(db);
				CrashLedger.Tally tally = ledger.check(db, home.resolve("files"),
						CrashWorkload.BATCH_DEVICES * CrashWorkload.READINGS_PER_DEVICE);
				long orphanAlarms = CrashLedger.count(db, """
						select count(*) from cityops.alarm a join cityops.device d on d.id = a.device_id
						where d.code like 'CRASH-D%' and not exists (select 1 from cityops.case_alarm c where c.alarm_id = a.id)
						""");
				String chain = WebSession.expect(WebSession.login(http, platform.base(), "admin", PASSWORD)
					.get("/api/audit/verification"), 200);
				boolean intact = chain.contains("\"intact\":true");
				String line = String.format(Locale.ROOT, "| %d | %.0f s | %,d | %,d | %,d | %d (%d / %d) | %d | %d → %d | %d | %s |%n",
						kill, started.toMillis() / 1000.0, tally.acknowledged(), tally.found(), tally.missing(),
						tally.unanswered(), tally.unansweredCommitted(), tally.unanswered() - tally.unansweredCommitted(),
						tally.halfWritten(), outstandingAtStart, outstanding, orphanAlarms,
						(intact ? "intact, " : "BROKEN, ") + chain);
				report.append(line);
				step(line.strip());
				allKept &= tally.missing() == 0 && tally.halfWritten() == 0 && outstanding == 0 && orphanAlarms == 0 && intact;
			}
		}
		platform.stop();
		report.append(String.format(Locale.ROOT, """
				%s
				per kind, acknowledged: %s
				load average %s at the start, %s at the end
				""", allKept ? "every acknowledged write found, nothing half-written, no event lost, the chain intact after every restart"
				: "SOMETHING WAS LOST: see the table", kinds(ledger), load, CpuMeter.loadAverage()));
		System.out.println(report);
		Path file = Path.of("target/bench/crash.txt");
		Files.createDirectories(file.getParent());
		Files.writeString(file, report, StandardCharsets.UTF_8);
		assertThat(allKept).as(report.toString()).isTrue();
	}

	/** A fresh directory under target/, or the one given with {@code -Dbench.crash-home=...}, kept as it is. */
	private static Path home() throws Exception {
		String given = System.getProperty("bench.crash-home", "");
		if (!given.isBlank()) {
			return Path.of(given).toAbsolutePath();
		}
		Path home = Path.of("target/bench-crash").toAbsolutePath();
		if (Files.exists(home)) {
			try (var files = Files.walk(home)) {
				files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
			}
		}
		return home;
	}

	/** Items for this run's applications, one per application, each asking for one material (an ID card scan). */
	private List<String> items(WebSession admin, Path home, int run) throws SQLException {
		long psb;
		try (Connection db = connect(home)) {
			psb = CrashLedger.count(db, "select id from directory.department where code = 'PSB'");
		}
		List<String> codes = IntStream.range(0, ITEMS_PER_RUN)
			.mapToObj(i -> String.format(Locale.ROOT, "CRASH-%s-%d-%03d", tag, run, i))
			.toList();
		for (String code : codes) {
			WebSession.expect(admin.put("/api/services/items/" + code, """
					{"code":"%s","name":"崩溃测试事项 %s","departmentId":%d,"category":"测试","legalBasis":"《户口登记条例》",
					 "conditions":"本市居民","instructions":"请如实填写。","promisedDays":5,"legalDays":20,
					 "onlineLevel":"FULLY_ONLINE","materials":[{"name":"居民身份证","required":true}]}
					""".formatted(code, code, psb)), 200);
		}
		return codes;
	}

	/**
	 * The gateway's devices: water levels and manhole covers, outside the cells where the cases are reported. They
	 * belong to this run's gateway, the only one whose readings they take.
	 */
	private static void devices(Connection db, String gateway) throws SQLException {
		try (PreparedStatement insert = db.prepareStatement("""
				insert into cityops.device (code, type_code, name, longitude, latitude, grid_cell_id, interval_seconds,
				    active, registered_at)
				select ?, ?, ?, c.centre_lng, c.centre_lat, c.id, 3600, true, now()
				from (select id, (select avg((p->>0)::float8) from jsonb_array_elements(geojson::jsonb->'coordinates'->0) p) centre_lng,
				             (select avg((p->>1)::float8) from jsonb_array_elements(geojson::jsonb->'coordinates'->0) p) centre_lat
				      from directory.grid_cell where division_code not like '210882003%' order by code offset ? limit 1) c
				on conflict do nothing
				""")) {
			for (int d = 0; d < CrashWorkload.BATCH_DEVICES; d++) {
				insert.setString(1, CrashWorkload.device(d));
				insert.setString(2, d % 2 == 1 ? "COVER_TILT" : "WATER_LEVEL");
				insert.setString(3, "崩溃测试设备 " + d);
				insert.setInt(4, d);
				insert.executeUpdate();
			}
		}
		try (PreparedStatement status = db.prepareStatement("""
				insert into cityops.device_status (device_id) select id from cityops.device where code like 'CRASH-D%'
				on conflict do nothing
				""")) {
			status.executeUpdate();
		}
		try (PreparedStatement owner = db.prepareStatement("""
				update cityops.device set gateway_id = (select id from cityops.gateway where code = ?)
				where code like 'CRASH-D%'
				""")) {
			owner.setString(1, gateway);
			owner.executeUpdate();
		}
	}

	/** Waits until the event publications left by the killed run are republished and completed, at most two minutes. */
	private static long settle(Connection db) throws Exception {
		long start = System.nanoTime();
		long outstanding = outstandingEvents(db);
		while (outstanding > 0 && System.nanoTime() - start < SETTLE.toNanos()) {
			Thread.sleep(1000);
			outstanding = outstandingEvents(db);
		}
		return outstanding;
	}

	private static long outstandingEvents(Connection db) throws SQLException {
		String table;
		try (PreparedStatement find = db.prepareStatement("""
				select table_schema || '.' || table_name from information_schema.tables where table_name = 'event_publication'
				"""); ResultSet rows = find.executeQuery()) {
			if (!rows.next()) {
				return 0;
			}
			table = rows.getString(1);
		}
		return CrashLedger.count(db, "select count(*) from " + table + " where completion_date is null");
	}

	private static String kinds(CrashLedger ledger) {
		StringBuilder kinds = new StringBuilder();
		for (CrashLedger.Kind kind : CrashLedger.Kind.values()) {
			long n = ledger.acknowledged.stream().filter(w -> w.kind() == kind).count();
			kinds.append(kinds.isEmpty() ? "" : ", ").append(kind.name().toLowerCase(Locale.ROOT)).append(' ').append(n);
		}
		return kinds.toString();
	}

	/** The embedded server's port is in the fourth line of its {@code postmaster.pid}. */
	private static Connection connect(Path home) throws SQLException {
		try {
			List<String> pid = Files.readAllLines(home.resolve("pg/postmaster.pid"));
			return DriverManager.getConnection("jdbc:postgresql://localhost:" + pid.get(3).trim() + "/postgres", "postgres",
					"postgres");
		}
		catch (java.io.IOException ex) {
			throw new SQLException(ex);
		}
	}

	private static String find(Pattern pattern, String text) {
		Matcher matcher = pattern.matcher(text);
		if (!matcher.find()) {
			throw new IllegalStateException("not found in " + text);
		}
		return matcher.group(1);
	}

	private static void step(String what) {
		System.out.println("[crash test] " + what);
	}

}
