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
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;

import org.chengxiang.platform.crypto.PersonalDataProtector;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.chengxiang.directory.TestRegistrations.PASSWORD;
import static org.chengxiang.directory.TestRegistrations.STRONG_PASSWORD;

/**
 * The one-stop services under load, beside bare JDBC doing the same database work in the same run: submissions
 * by 50 residents at once, and the clerk's inbox and search, with a million applications in the database. A
 * report, not a test: nothing here asserts a time. Run it with {@code bench/services.sh} (see bench/README.md);
 * the normal build never does (surefire runs {@code *Tests}, failsafe {@code *IntegrationTests}).
 *
 * <p>
 * Everything runs in one JVM on the same cores: the platform on its random port, the embedded PostgreSQL, the
 * HTTP clients and the JDBC threads. The ratio of the platform to bare JDBC is the figure to track; the absolute
 * figures depend on the machine.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = {
		// its own database, wiped at every start, never the tests' or the demo's
		"chengxiang.embedded.data-dir=target/bench-pg", "chengxiang.embedded.clean=true",
		"chengxiang.crypto.key-file=target/bench-keys/personal-data.key",
		"chengxiang.services.file-dir=target/bench-files" })
@Import(ServicesWebFloor.class)
class ServicesBenchmark {

	static final int ROWS = Integer.getInteger("bench.rows", 1_000_000);

	static final int CLIENTS = Integer.getInteger("bench.clients", 50);

	static final int ROUNDS = Integer.getInteger("bench.rounds", 100);

	static final int WARMUP_ROUNDS = Integer.getInteger("bench.warmup-rounds", 20);

	static final int QUERIES = Integer.getInteger("bench.queries", 1_000);

	static final int WARMUP_QUERIES = Integer.getInteger("bench.warmup-queries", 200);

	static final double TARGET_SUBMISSIONS = 1_000;

	static final double TARGET_RATIO = 0.5;

	static final double TARGET_P99_MS = 20;

	// residents register through the password policy, which refuses the demo password
	private static final ZoneId CITY = ZoneId.of("Asia/Shanghai");

	private static final String CLIENT_THREAD = "bench-client-";

	private static final Pattern ID = Pattern.compile("^\\{\"id\":(\\d+)");

	// The bare-JDBC twins of Inbox.tray (WAITING) and Inbox.search: the same SQL, so that the difference is the
	// platform around it. Keep them in step with Inbox.
	static final String INBOX_SQL = """
			select a.id, a.number, a.item_code, i.name as item_name, a.applicant_name, a.applicant_id_enc, a.status,
			    a.submitted_at, a.deadline, a.claimed_by
			from services.application a join services.item i on i.code = a.item_code
			where a.department_id = ? and a.id < ? and a.status = 'SUBMITTED'
			order by a.id desc limit ?
			""";

	static final String SEARCH_SQL = """
			select a.id, a.number, a.item_code, i.name as item_name, a.applicant_name, a.applicant_id_enc, a.status,
			    a.submitted_at, a.deadline, a.claimed_by
			from services.application a join services.item i on i.code = a.item_code
			where a.department_id = ? and a.status <> 'DRAFT' and (a.number = ? or a.applicant_id_idx = ?)
			order by a.id desc limit 50
			""";

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	PersonalDataProtector protector;

	@Autowired
	Environment environment;

	@Autowired
	org.chengxiang.directory.LoggedPhoneCodes phoneCodes;

	private CpuMeter cpu;

	@Test
	void services() throws Exception {
		long started = System.nanoTime();
		// the machine is shared: say how busy it was, since every figure depends on it
		String loadAtStart = CpuMeter.loadAverage();
		cpu = new CpuMeter(jdbc.sql("select pg_backend_pid()").query(Long.class).single(), CLIENT_THREAD);
		HttpClient http = WebSession.client();
		URI base = URI.create("http://localhost:" + port);
		WebSession admin = WebSession.login(http, base, "admin", PASSWORD);
		Map<String, Long> departments = departments();
		long psb = departments.get("PSB");

		// Items: those the history is spread over, and one bench item per round, without required materials.
		// A person may have one open application per item, so each client applies for item k in round k:
		// every submission is a new, legal application, and nothing else (no withdrawal) runs between them.
		List<ApplicationLoader.Share> shares = loadItems(admin, departments);
		int items = WARMUP_ROUNDS + ROUNDS;
		for (int k = 0; k < items; k++) {
			saveItem(admin, benchItem(k), "压力测试事项 " + k, psb, false);
		}

		step("load " + ROWS + " applications");
		long loadStarted = System.nanoTime();
		long steps;
		try (Connection connection = connect()) {
			OffsetDateTime end = LocalDate.now(CITY).minusDays(1).atTime(17, 0).atZone(CITY).toOffsetDateTime();
			steps = new ApplicationLoader(connection, protector).load(ROWS, shares, end, this::step);
		}
		Duration loading = Duration.ofNanos(System.nanoTime() - loadStarted);
		step("loaded in " + seconds(loading));
		String police = jdbc.sql("""
				select format('%s open at the police, %s of them waiting for acceptance',
				    to_char(count(*), 'FM9,999,999'), to_char(count(*) filter (where status = 'SUBMITTED'), 'FM9,999,999'))
				from services.application where department_id = :d
				and status in ('SUBMITTED','ACCEPTED','UNDER_REVIEW','CORRECTION_REQUESTED','RESUBMITTED')
				""").param("d", psb).query(String.class).single();

		// The clerk's side first, on the history as loaded: the submissions below all go to the police inbox.
		step("inbox and search");
		WebSession clerk = WebSession.login(http, base, "police", PASSWORD);
		List<String> idNumbers = searchSample(psb);
		Latencies inboxOurs = timeSequential(i -> WebSession
			.expect(clerk.get("/api/services/inbox?tray=WAITING"), 200));
		Latencies searchOurs = timeSequential(i -> WebSession.expect(
				clerk.post("/api/services/inbox/search", "{\"q\":\"" + idNumbers.get(i % idNumbers.size()) + "\"}"), 200));
		Latencies inboxBare;
		Latencies searchBare;
		try (Connection connection = connect();
				PreparedStatement inbox = connection.prepareStatement(INBOX_SQL);
				PreparedStatement search = connection.prepareStatement(SEARCH_SQL)) {
			inboxBare = timeSequential(i -> {
				inbox.setLong(1, psb);
				inbox.setLong(2, Long.MAX_VALUE);
				inbox.setInt(3, 50);
				return readAll(inbox);
			});
			searchBare = timeSequential(i -> {
				String q = idNumbers.get(i % idNumbers.size());
				search.setLong(1, psb);
				search.setString(2, q);
				search.setBytes(3, protector.blindIndex(PersonalDataProtector.normalizeIdNumber(q)));
				return readAll(search);
			});
		}
		String plans = "plan of the inbox query:\n" + explain(INBOX_SQL, psb, null) + "plan of the search query:\n"
				+ explain(SEARCH_SQL, psb, idNumbers.get(0));

		step("register and sign in " + CLIENTS + " residents");
		List<WebSession> residents = residents(http, base);

		step("submissions through the platform");
		Run oursWarmup = run(0, WARMUP_ROUNDS, platformSubmissions(residents));
		Run ours;
		String oursSessions;
		try (SessionSampler sampler = new SessionSampler(connect())) {
			ours = run(WARMUP_ROUNDS, ROUNDS, platformSubmissions(residents));
			oursSessions = sampler.summary();
		}
		step("submissions through the web floor (bare JDBC behind the same two requests)");
		Run floorWarmup = run(0, WARMUP_ROUNDS, floorSubmissions(residents));
		Run floor = run(WARMUP_ROUNDS, ROUNDS, floorSubmissions(residents));
		step("the web floor in one request and one transaction per submission");
		Run floorOneWarmup = run(0, WARMUP_ROUNDS, floorDirectSubmissions(residents));
		Run floorOne = run(WARMUP_ROUNDS, ROUNDS, floorDirectSubmissions(residents));

		step("submissions by bare JDBC");
		List<JdbcSubmitter> submitters = new ArrayList<>();
		for (int t = 0; t < CLIENTS; t++) {
			submitters.add(new JdbcSubmitter(connect(), t, psb));
		}
		Run jdbcWarmup = run(0, WARMUP_ROUNDS, (client, round) -> submitters.get(client).submit(round));
		Run bare;
		String bareSessions;
		try (SessionSampler sampler = new SessionSampler(connect())) {
			bare = run(WARMUP_ROUNDS, ROUNDS, (client, round) -> submitters.get(client).submit(round));
			bareSessions = sampler.summary();
		}
		step("bare JDBC in one transaction per submission");
		Run bareOneWarmup = run(0, WARMUP_ROUNDS, (client, round) -> submitters.get(client).submitInOne(round));
		Run bareOne = run(WARMUP_ROUNDS, ROUNDS, (client, round) -> submitters.get(client).submitInOne(round));
		for (JdbcSubmitter submitter : submitters) {
			submitter.connection.close();
		}
		assertThat(oursWarmup.errors + ours.errors + floorWarmup.errors + floor.errors
				+ floorOneWarmup.errors + floorOne.errors + bareOneWarmup.errors + bareOne.errors + jdbcWarmup.errors + bare.errors).as("failed submissions").isZero();

		Duration total = Duration.ofNanos(System.nanoTime() - started);
		String report = report(ours, floor, floorOne, bare, bareOne, inboxOurs, inboxBare, searchOurs, searchBare, loading, steps, police)
				+ "\ndatabase sessions (average number) during the platform's submissions:\n" + oursSessions
				+ "during bare JDBC's submissions:\n" + bareSessions + "\n" + plans
				+ String.format(Locale.ROOT, "%ntotal run time %s; load average %s at the start, %s at the end%n",
						seconds(total), loadAtStart, CpuMeter.loadAverage());
		System.out.println(report);
		Path file = Path.of("target/bench/services.txt");
		Files.createDirectories(file.getParent());
		Files.writeString(file, report, StandardCharsets.UTF_8);
	}

	// --- submissions ---

	/**
	 * One resident's submission: the draft, then the submission, as the portal does it; like a mobile client,
	 * it asks for minimal answers (id, number, status) rather than the whole application after each step.
	 */
	private Submission platformSubmissions(List<WebSession> residents) {
		return (client, round) -> {
			WebSession resident = residents.get(client);
			String created = WebSession.expect(resident.postMinimal("/api/services/applications",
					"{\"itemCode\":\"" + benchItem(round) + "\",\"form\":" + ApplicationLoader.form(client + round) + "}"),
					201);
			Matcher id = ID.matcher(created);
			if (!id.find()) {
				throw new IllegalStateException("no id in " + created);
			}
			WebSession.expect(resident.postMinimal("/api/services/applications/" + id.group(1) + "/submission", ""),
					200);
		};
	}

	/** The web floor's submission: the same two requests' way in, bare JDBC's work behind them. */
	private Submission floorSubmissions(List<WebSession> residents) {
		return (client, round) -> {
			WebSession resident = residents.get(client);
			String created = WebSession.expect(resident.postMinimal(ServicesWebFloor.DRAFT,
					"{\"itemCode\":\"" + benchItem(round) + "\",\"form\":" + ApplicationLoader.form(client + round) + "}"),
					201);
			Matcher id = ID.matcher(created);
			if (!id.find()) {
				throw new IllegalStateException("no id in " + created);
			}
			WebSession.expect(resident.postMinimal(ServicesWebFloor.submission(Long.parseLong(id.group(1))), ""), 200);
		};
	}

	/** The web floor with draft and submission in one request. */
	private Submission floorDirectSubmissions(List<WebSession> residents) {
		return (client, round) -> WebSession.expect(residents.get(client).postMinimal(ServicesWebFloor.DIRECT,
				"{\"itemCode\":\"" + benchItem(round) + "\",\"form\":" + ApplicationLoader.form(client + round) + "}"),
				201);
	}

	/**
	 * The database work of a submission with nothing around it: the draft (application row with encrypted ID and
	 * form and its blind index, first timeline step) and the submission (status change, second step), each in its
	 * own transaction as on the platform. Not included, because they are what the platform adds: the HTTP and
	 * security layers, the per-day number counter, the checks (catalogue, open applications, materials, form),
	 * the audit trail, the notification and the response (the application read back).
	 */
	private final class JdbcSubmitter {

		private static final AtomicLong SEQUENCE = new AtomicLong(9_000_000);

		final Connection connection;

		private final PreparedStatement draft;

		private final PreparedStatement step;

		private final PreparedStatement submit;

		private final long userId;

		private final long department;

		private final String name;

		private final String idNumber;

		JdbcSubmitter(Connection connection, int thread, long department) throws SQLException {
			this.connection = connection;
			connection.setAutoCommit(false);
			this.draft = connection.prepareStatement("""
					insert into services.application (number, item_code, department_id, applicant_user_id, applicant_name,
					    applicant_id_enc, applicant_id_idx, form_enc, online, status, created_at)
					values (?, ?, ?, ?, ?, ?, ?, ?, true, 'DRAFT', ?) returning id
					""");
			this.step = connection.prepareStatement("""
					insert into services.application_step (application_id, at, actor, action, from_status, to_status, note)
					values (?, ?, ?, ?, ?, ?, null)
					""");
			this.submit = connection.prepareStatement("""
					update services.application set status = 'SUBMITTED', submitted_at = ?, version = version + 1
					where id = ? and version = 0
					""");
			// people of their own, so that the one-open-application rule holds for them as for the residents
			this.userId = 2_000_000_000L + thread;
			this.department = department;
			this.name = ApplicationLoader.name(thread);
			this.idNumber = IdNumbers.of(19_500_000 + thread);
		}

		void submit(int round) throws SQLException {
			submit(round, true);
		}

		/** The same rows in one transaction. */
		void submitInOne(int round) throws SQLException {
			submit(round, false);
		}

		private void submit(int round, boolean commitDraft) throws SQLException {
			Timestamp now = Timestamp.from(Instant.now());
			draft.setString(1, ApplicationLoader.COUNTY + "-" + LocalDate.now(CITY).format(DateTimeFormatter.BASIC_ISO_DATE)
					+ "-" + SEQUENCE.incrementAndGet());
			draft.setString(2, benchItem(round));
			draft.setLong(3, department);
			// the one-transaction run: people of their own again, so that their applications are new ones
			draft.setLong(4, commitDraft ? userId : userId + 100_000);
			draft.setString(5, name);
			draft.setBytes(6, protector.encrypt(idNumber));
			draft.setBytes(7, protector.blindIndex(idNumber));
			draft.setBytes(8, protector.encrypt(ApplicationLoader.form(round)));
			draft.setTimestamp(9, now);
			long id;
			try (ResultSet rs = draft.executeQuery()) {
				rs.next();
				id = rs.getLong(1);
			}
			step(id, now, "draft", null, "DRAFT");
			if (commitDraft) {
				connection.commit();
			}

			Timestamp submitted = Timestamp.from(Instant.now());
			submit.setTimestamp(1, submitted);
			submit.setLong(2, id);
			if (submit.executeUpdate() != 1) {
				throw new IllegalStateException("application " + id + " changed concurrently");
			}
			step(id, submitted, "submit", "DRAFT", "SUBMITTED");
			connection.commit();
		}

		private void step(long id, Timestamp at, String action, String from, String to) throws SQLException {
			step.setLong(1, id);
			step.setTimestamp(2, at);
			step.setString(3, "bench" + userId);
			step.setString(4, action);
			step.setString(5, from);
			step.setString(6, to);
			step.executeUpdate();
		}

	}

	@FunctionalInterface
	interface Submission {

		void submit(int client, int round) throws Exception;

	}

	record Run(int submissions, long nanos, Latencies latencies, int errors, CpuMeter.Reading cpu) {

		double perSecond() {
			return submissions / (nanos / 1e9);
		}

	}

	/** All clients at once, each doing its rounds back to back; the wall time runs from the common start to the last. */
	private Run run(int firstRound, int rounds, Submission submission) throws Exception {
		AtomicLong threads = new AtomicLong();
		ExecutorService pool = Executors.newFixedThreadPool(CLIENTS,
				task -> new Thread(task, CLIENT_THREAD + threads.incrementAndGet()));
		CountDownLatch ready = new CountDownLatch(CLIENTS);
		CountDownLatch start = new CountDownLatch(1);
		ConcurrentLinkedQueue<Latencies> latencies = new ConcurrentLinkedQueue<>();
		ConcurrentLinkedQueue<Throwable> errors = new ConcurrentLinkedQueue<>();
		List<Future<?>> clients = new ArrayList<>();
		for (int c = 0; c < CLIENTS; c++) {
			int client = c;
			clients.add(pool.submit(() -> {
				Latencies mine = new Latencies();
				latencies.add(mine);
				ready.countDown();
				start.await();
				for (int round = firstRound; round < firstRound + rounds; round++) {
					long t0 = System.nanoTime();
					try {
						submission.submit(client, round);
						mine.record(System.nanoTime() - t0);
					}
					catch (Exception | AssertionError ex) {
						errors.add(ex);
					}
				}
				return null;
			}));
		}
		ready.await();
		CpuMeter.Reading before = cpu.read();
		long t0 = System.nanoTime();
		start.countDown();
		for (Future<?> client : clients) {
			client.get();
		}
		long nanos = System.nanoTime() - t0;
		// read while the client threads still live: a finished thread's CPU time is gone
		CpuMeter.Reading used = cpu.read().minus(before);
		pool.shutdown();
		errors.stream().limit(3).forEach(ex -> step("error: " + ex));
		Latencies all = Latencies.merge(latencies);
		return new Run(all.count(), nanos, all, errors.size(), used);
	}

	// --- inbox and search ---

	@FunctionalInterface
	interface Query {

		Object run(int i) throws Exception;

	}

	/** One caller, one request after another: warm-up first, then the measured ones. */
	private Latencies timeSequential(Query query) throws Exception {
		for (int i = 0; i < WARMUP_QUERIES; i++) {
			query.run(i);
		}
		Latencies latencies = new Latencies();
		for (int i = 0; i < QUERIES; i++) {
			long t0 = System.nanoTime();
			query.run(i);
			latencies.record(System.nanoTime() - t0);
		}
		return latencies;
	}

	/** Reads every column of every row, as a row mapper would. */
	private static int readAll(PreparedStatement statement) throws SQLException {
		int rows = 0;
		try (ResultSet rs = statement.executeQuery()) {
			while (rs.next()) {
				rs.getLong(1);
				rs.getString(2);
				rs.getString(3);
				rs.getString(4);
				rs.getString(5);
				rs.getBytes(6);
				rs.getString(7);
				rs.getTimestamp(8);
				rs.getObject(9, LocalDate.class);
				rs.getString(10);
				rows++;
			}
		}
		return rows;
	}

	/** ID numbers of people with applications in the police department, in random order. */
	private List<String> searchSample(long department) {
		return jdbc.sql("""
				select applicant_id_enc from services.application
				where department_id = :d and status <> 'DRAFT' and applicant_user_id >= :first
				order by random() limit 500
				""")
			.param("d", department)
			.param("first", ApplicationLoader.FIRST_PERSON_USER_ID)
			.query(byte[].class)
			.list()
			.stream()
			.map(protector::decrypt)
			.toList();
	}

	// --- setup ---

	private Map<String, Long> departments() {
		Map<String, Long> ids = new java.util.HashMap<>();
		jdbc.sql("select code, id from directory.department").query(rs -> {
			ids.put(rs.getString(1), rs.getLong(2));
		});
		return ids;
	}

	/** What the history is made of: hukou and residence permits at the police, the rest over five bureaus. */
	private List<ApplicationLoader.Share> loadItems(WebSession admin, Map<String, Long> departments) {
		long psb = departments.get("PSB");
		saveItem(admin, "LOAD-ID-CARD", "居民身份证换领", psb, true);
		String[][] others = { { "HRSS", "LOAD-SOCIAL-INSURANCE", "社会保险登记" }, { "HEALTH", "LOAD-BIRTH", "出生医学证明" },
				{ "EDU", "LOAD-ENROLMENT", "随迁子女入学" }, { "HURD", "LOAD-HOUSING", "公租房申请" },
				{ "SAMR", "LOAD-BUSINESS", "个体工商户登记" } };
		for (String[] other : others) {
			saveItem(admin, other[1], other[2], departments.get(other[0]), true);
		}
		return List.of(new ApplicationLoader.Share("SETTLEMENT", psb, 15),
				new ApplicationLoader.Share("HUKOU-CERTIFICATE", psb, 15), new ApplicationLoader.Share("LOAD-ID-CARD", psb, 10),
				new ApplicationLoader.Share("TRAINING-SUBSIDY", departments.get("HRSS"), 10),
				new ApplicationLoader.Share("LOAD-SOCIAL-INSURANCE", departments.get("HRSS"), 10),
				new ApplicationLoader.Share("LOAD-BIRTH", departments.get("HEALTH"), 10),
				new ApplicationLoader.Share("LOAD-ENROLMENT", departments.get("EDU"), 10),
				new ApplicationLoader.Share("LOAD-HOUSING", departments.get("HURD"), 10),
				new ApplicationLoader.Share("LOAD-BUSINESS", departments.get("SAMR"), 10));
	}

	private static void saveItem(WebSession admin, String code, String name, long department, boolean withMaterial) {
		String materials = withMaterial ? "[{\"name\":\"居民身份证\",\"required\":true}]" : "[]";
		WebSession.expect(admin.put("/api/services/items/" + code, """
				{"code":"%s","name":"%s","departmentId":%d,"category":"测试","legalBasis":"《户口登记条例》",
				 "conditions":"本市居民","instructions":"请如实填写。","promisedDays":5,"legalDays":20,
				 "onlineLevel":"FULLY_ONLINE","materials":%s}
				""".formatted(code, name, department, materials)), 200);
	}

	static String benchItem(int round) {
		return String.format("BENCH-%04d", round);
	}

	/** Residents register through the portal's API with valid ID numbers, then each signs in once. */
	private List<WebSession> residents(HttpClient http, URI base) throws Exception {
		// BCrypt makes each registration and sign-in cost a tenth of a second: two at a time, one per core
		ExecutorService pool = Executors.newFixedThreadPool(2);
		try {
			List<Future<WebSession>> sessions = IntStream.range(0, CLIENTS).mapToObj(c -> pool.submit(() -> {
				String username = String.format("bench%02d", c);
				String phone = String.format("139%08d", c);
				String sent = WebSession.expect(WebSession.postAnonymous(http, base, "/api/residents", """
						{"username":"%s","displayName":"%s","idNumber":"%s","phone":"%s","password":"%s","confirmPassword":"%s"}
						""".formatted(username, ApplicationLoader.name(c), IdNumbers.of(19_000_000 + c), phone,
						STRONG_PASSWORD, STRONG_PASSWORD)), 202);
				String confirmation = sent.replaceAll(".*\"confirmation\":\"([^\"]+)\".*", "$1").strip();
				WebSession.expect(WebSession.postAnonymous(http, base, "/api/residents/confirmations", """
						{"confirmation":"%s","code":"%s"}
						""".formatted(confirmation, phoneCodes.lastSentTo(phone).orElseThrow())), 201);
				return WebSession.login(http, base, username, STRONG_PASSWORD);
			})).toList();
			List<WebSession> residents = new ArrayList<>();
			for (Future<WebSession> session : sessions) {
				residents.add(session.get());
			}
			return residents;
		}
		finally {
			pool.shutdown();
		}
	}

	private Connection connect() throws SQLException {
		return DriverManager.getConnection(environment.getRequiredProperty("spring.datasource.url"),
				environment.getRequiredProperty("spring.datasource.username"),
				environment.getRequiredProperty("spring.datasource.password"));
	}

	// --- report ---

	private String report(Run ours, Run floor, Run floorOne, Run bare, Run bareOne, Latencies inboxOurs, Latencies inboxBare, Latencies searchOurs,
			Latencies searchBare, Duration loading, long steps, String police) {
		long applications = jdbc.sql("select count(*) from services.application").query(Long.class).single();
		double ratio = ours.perSecond() / bare.perSecond();
		boolean throughputMet = ours.perSecond() >= TARGET_SUBMISSIONS && ratio >= TARGET_RATIO;
		StringBuilder out = new StringBuilder();
		out.append("Chengxiang services benchmark, ").append(OffsetDateTime.now(CITY).withNano(0)).append('\n');
		out.append(String.format(Locale.ROOT,
				"%,d applications loaded (%,d timeline steps) in %s, %s; %,d applications at the end%n",
				ROWS, steps, seconds(loading), police, applications));
		out.append(String.format(Locale.ROOT,
				"%d clients × %d rounds (after %d warm-up rounds); %d queries each (after %d warm-up); %d processors; "
						+ "fsync=%s synchronous_commit=%s%n",
				CLIENTS, ROUNDS, WARMUP_ROUNDS, QUERIES, WARMUP_QUERIES, Runtime.getRuntime().availableProcessors(),
				setting("fsync"), setting("synchronous_commit")));
		out.append('\n');
		out.append(String.format(Locale.ROOT,
				"submissions/s (%d clients)        ours=%7.0f  jdbc=%7.0f  ratio=%.2f  target ≥%.0f/s and ≥%.1f → %s%n",
				CLIENTS, ours.perSecond(), bare.perSecond(), ratio, TARGET_SUBMISSIONS, TARGET_RATIO, met(throughputMet)));
		out.append(String.format(Locale.ROOT,
				"submission latency p50/p99 ms     ours=%.1f/%.1f  jdbc=%.1f/%.1f%n", ours.latencies.percentileMillis(50),
				ours.latencies.percentileMillis(99), bare.latencies.percentileMillis(50), bare.latencies.percentileMillis(99)));
		out.append(cpuLine(ours, bare));
		out.append(floorLine("web floor, two requests", floor, bare));
		out.append(floorLine("web floor, one request", floorOne, bareOne));
		out.append(line("inbox first page p99 ms", inboxOurs, inboxBare));
		out.append(line("search by ID p99 ms", searchOurs, searchBare));
		out.append('\n');
		out.append("One submission = POST /api/services/applications (draft) + POST …/{id}/submission, each client a resident\n"
				+ "with its own session; bare JDBC = the same rows (application, two timeline steps, the status change) in the\n"
				+ "same two transactions, 50 threads with a connection each. Inbox = GET /api/services/inbox?tray=WAITING and\n"
				+ "search = POST /api/services/inbox/search as police, one request at a time; bare JDBC = the same SQL.\n"
				+ "Web floor = bare JDBC's two transactions (same SQL) behind two requests by the same residents through the\n"
				+ "platform's security, session, CSRF, Spring MVC and Jackson, answering id and status only, and nothing else:\n"
				+ "no implementation on this web stack submits faster on this machine. The one-request floor does draft and\n"
				+ "submission in one request and one transaction, beside bare JDBC in one transaction.\n");
		return out.toString();
	}

	/**
	 * CPU per submission: what bounds throughput on a machine with few cores, measured so that it does not depend
	 * on what else the machine was doing. The platform's JVM figure leaves out the load generator (the HTTP
	 * clients run in the same JVM); bare JDBC's JVM figure is its threads' own work.
	 */
	private static String cpuLine(Run ours, Run bare) {
		double oursServer = millisPer(ours.cpu.jvm() - ours.cpu.clients(), ours);
		double oursClients = millisPer(ours.cpu.clients(), ours);
		double oursDb = millisPer(ours.cpu.postgres(), ours);
		double bareJvm = millisPer(bare.cpu.jvm(), bare);
		double bareDb = millisPer(bare.cpu.postgres(), bare);
		return String.format(Locale.ROOT,
				"CPU ms per submission             ours=%.2f (platform JVM %.2f + PostgreSQL %.2f; HTTP clients %.2f more)"
						+ "  jdbc=%.2f (JVM %.2f + PostgreSQL %.2f)  ratio=%.1f%n",
				oursServer + oursDb, oursServer, oursDb, oursClients, bareJvm + bareDb, bareJvm, bareDb,
				(oursServer + oursDb) / (bareJvm + bareDb));
	}

	/** What the stack alone allows, beside bare JDBC doing the same transactions: the target's reach. */
	private static String floorLine(String what, Run floor, Run bare) {
		double ratio = floor.perSecond() / bare.perSecond();
		double jvm = millisPer(floor.cpu.jvm() - floor.cpu.clients(), floor);
		double db = millisPer(floor.cpu.postgres(), floor);
		return String.format(Locale.ROOT,
				"%-33s floor=%5.0f  jdbc=%6.0f  ratio=%.2f  p50/p99 ms %.1f/%.1f  CPU ms %.2f (JVM %.2f + PostgreSQL %.2f)"
						+ "  → ≥%.0f/s %s, ≥%.1f %s%n",
				what + " (submissions/s)", floor.perSecond(), bare.perSecond(), ratio,
				floor.latencies.percentileMillis(50), floor.latencies.percentileMillis(99), jvm + db, jvm, db,
				TARGET_SUBMISSIONS, floor.perSecond() >= TARGET_SUBMISSIONS ? "within reach" : "out of reach",
				TARGET_RATIO, ratio >= TARGET_RATIO ? "within reach" : "out of reach");
	}

	private static double millisPer(long nanos, Run run) {
		return nanos < 0 ? Double.NaN : nanos / 1e6 / run.submissions();
	}

	private static String line(String what, Latencies ours, Latencies bare) {
		double o = ours.percentileMillis(99);
		double b = bare.percentileMillis(99);
		return String.format(Locale.ROOT,
				"%-33s ours=%7.1f  jdbc=%7.1f  ratio=%.1f  (p50 %.1f / %.1f)  target <%.0f ms → %s%n", what, o, b, o / b,
				ours.percentileMillis(50), bare.percentileMillis(50), TARGET_P99_MS, met(o < TARGET_P99_MS));
	}

	private String explain(String sql, long department, String idNumber) throws SQLException {
		StringBuilder plan = new StringBuilder();
		try (Connection connection = connect();
				PreparedStatement explain = connection.prepareStatement("explain (analyze, buffers, costs off) " + sql)) {
			explain.setLong(1, department);
			if (idNumber == null) {
				explain.setLong(2, Long.MAX_VALUE);
				explain.setInt(3, 50);
			}
			else {
				explain.setString(2, idNumber);
				explain.setBytes(3, protector.blindIndex(PersonalDataProtector.normalizeIdNumber(idNumber)));
			}
			try (ResultSet rs = explain.executeQuery()) {
				while (rs.next()) {
					plan.append("  ").append(rs.getString(1)).append('\n');
				}
			}
		}
		return plan.toString();
	}

	private String setting(String name) {
		return jdbc.sql("select current_setting(:n)").param("n", name).query(String.class).single();
	}

	private static String met(boolean met) {
		return met ? "met" : "NOT met";
	}

	private static String seconds(Duration duration) {
		return String.format(Locale.ROOT, "%.1f s", duration.toMillis() / 1000.0);
	}

	private void step(String message) {
		System.out.printf(Locale.ROOT, "[bench %s] %s%n", java.time.LocalTime.now().withNano(0), message);
	}

}
