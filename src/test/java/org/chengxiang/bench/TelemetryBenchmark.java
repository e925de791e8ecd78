package org.chengxiang.bench;

import java.io.IOException;
import java.io.StringReader;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.paho.client.mqttv3.MqttClient;
import org.eclipse.paho.client.mqttv3.MqttConnectOptions;
import org.eclipse.paho.client.mqttv3.MqttMessage;
import org.eclipse.paho.client.mqttv3.persist.MemoryPersistence;
import org.junit.jupiter.api.Test;
import org.postgresql.PGConnection;

import org.chengxiang.cityops.AlarmRaised;
import org.chengxiang.cityops.grid.GridLocator;
import org.chengxiang.directory.GridCellSummary;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.chengxiang.directory.TestRegistrations.PASSWORD;

/**
 * Telemetry from 10,000 simulated devices, sustained, over the HTTP batch endpoint (several clients, 5,000
 * readings a batch) and over MQTT, every reading stored and evaluated against the rules; beside raw PostgreSQL
 * {@code COPY} of the same rows into an identical table in the same run. Alarm latency is measured from the
 * moment a reading is sent to the moment the {@link AlarmRaised} event reaches a listener (the case side opens
 * its case in that listener's transaction). A report, not a test: run it with {@code bench/telemetry.sh}.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = {
		"chengxiang.embedded.data-dir=target/bench-pg", "chengxiang.embedded.clean=true",
		"chengxiang.crypto.key-file=target/bench-keys/personal-data.key",
		"chengxiang.services.file-dir=target/bench-files" })
@Import(TelemetryWebFloor.class)
class TelemetryBenchmark {

	static final int DEVICES = Integer.getInteger("bench.devices", 10_000);

	static final int CLIENTS = Integer.getInteger("bench.clients", 4);

	static final int BATCH = Integer.getInteger("bench.batch", 5_000);

	static final int ROUNDS = Integer.getInteger("bench.rounds", 50);

	static final int WARMUP_ROUNDS = Integer.getInteger("bench.warmup-rounds", 5);

	static final int MQTT_ROUNDS = Integer.getInteger("bench.mqtt-rounds", 3);

	static final int MQTT_READINGS_PER_MESSAGE = Integer.getInteger("bench.mqtt-readings", 10);

	static final int MQTT_PACED_RATE = Integer.getInteger("bench.mqtt-paced-rate", 1_000);

	/** Whether some covers tilt (alarms raised and cleared); off, the same readings without any alarm. */
	static final boolean ALARMS = !"false".equals(System.getProperty("bench.alarms"));

	static final double TARGET_HTTP = 50_000;

	static final double TARGET_RATIO = 0.5;

	static final double TARGET_P99_MS = 1_000;

	private static final String CLIENT_THREAD = "bench-client-";

	private static final ZoneId CITY = ZoneId.of("Asia/Shanghai");

	private static final String[] TYPES = { "WATER_LEVEL", "COVER_TILT", "PIPE_PRESSURE", "AIR_QUALITY", "TRAFFIC_FLOW" };

	private static final int MQTT_PORT = freePort();

	@DynamicPropertySource
	static void mqttPort(DynamicPropertyRegistry registry) {
		registry.add("chengxiang.cityops.mqtt.port", () -> MQTT_PORT);
	}

	/** Notes when each alarm reaches the listeners: the benchmark's own listener, in this context only. */
	@TestConfiguration
	static class AlarmClock {

		static final Map<String, Long> raised = new ConcurrentHashMap<>();

		@EventListener
		void on(AlarmRaised event) {
			raised.putIfAbsent(event.deviceCode() + "@" + event.raisedAt(), System.nanoTime());
		}

	}

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	GridLocator grid;

	@Autowired
	Environment environment;

	/** When a spiking reading was sent, by device@ts. */
	private final Map<String, Long> sent = new ConcurrentHashMap<>();

	/** The spikes in each HTTP batch, by client × 10,000 + round. */
	private final Map<Integer, List<String>> spikes = new ConcurrentHashMap<>();

	private CpuMeter cpu;

	@Test
	void telemetry() throws Exception {
		long started = System.nanoTime();
		String loadAtStart = CpuMeter.loadAverage();
		cpu = new CpuMeter(jdbc.sql("select pg_backend_pid()").query(Long.class).single(), CLIENT_THREAD);
		String key = registerGateway();
		devices();
		// readings one second apart per device, ending a little before now so that none lies in the future
		int perDevicePerBatch = BATCH * CLIENTS / DEVICES;
		int httpSeconds = (WARMUP_ROUNDS + ROUNDS) * perDevicePerBatch;
		int mqttSeconds = MQTT_ROUNDS * MQTT_READINGS_PER_MESSAGE + 1;
		Instant base = Instant.now().minusSeconds(httpSeconds + mqttSeconds + 120L).truncatedTo(ChronoUnit.SECONDS);
		assertThat(YearMonth.from(base.atZone(CITY))).as("the run stays within one month")
			.isEqualTo(YearMonth.from(Instant.now().atZone(CITY)));

		step("build " + CLIENTS + " × " + (WARMUP_ROUNDS + ROUNDS) + " batches of " + BATCH);
		List<List<String>> bodies = new ArrayList<>();
		for (int c = 0; c < CLIENTS; c++) {
			List<String> batches = new ArrayList<>();
			for (int r = 0; r < WARMUP_ROUNDS + ROUNDS; r++) {
				batches.add(batch(c, r, base, perDevicePerBatch));
			}
			bodies.add(batches);
		}
		HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
		String auth = "Basic " + Base64.getEncoder().encodeToString(("BENCH-GW:" + key).getBytes(StandardCharsets.UTF_8));

		step("HTTP warm-up");
		runHttp(http, auth, bodies, "/api/cityops/telemetry", 0, WARMUP_ROUNDS);
		sent.clear();
		step("HTTP batches: " + CLIENTS + " clients × " + ROUNDS + " batches");
		long httpStart = System.nanoTime();
		CpuMeter.Reading httpCpuBefore = cpu.read();
		runHttp(http, auth, bodies, "/api/cityops/telemetry", WARMUP_ROUNDS, WARMUP_ROUNDS + ROUNDS);
		Duration httpTime = Duration.ofNanos(System.nanoTime() - httpStart);
		CpuMeter.Reading httpCpu = cpu.read().minus(httpCpuBefore);
		long httpReadings = (long) CLIENTS * ROUNDS * BATCH;
		Latencies httpAlarms = alarmLatencies();

		step("MQTT: " + DEVICES + " devices × " + MQTT_ROUNDS + " messages of " + MQTT_READINGS_PER_MESSAGE + " readings");
		sent.clear();
		AlarmClock.raised.clear();
		Instant mqttBase = base.plusSeconds(httpSeconds);
		long mqttStart = System.nanoTime();
		runMqtt(key, mqttBase);
		Instant last = mqttBase.plusSeconds(MQTT_ROUNDS * MQTT_READINGS_PER_MESSAGE - 1);
		while (jdbc.sql("select count(*) from cityops.device_status where last_ts >= :t").param("t", java.sql.Timestamp.from(last))
			.query(Integer.class).single() < DEVICES) {
			if (System.nanoTime() - mqttStart > Duration.ofMinutes(10).toNanos()) {
				throw new AssertionError("MQTT readings not all stored within 10 minutes");
			}
			Thread.sleep(200);
		}
		Duration mqttTime = Duration.ofNanos(System.nanoTime() - mqttStart);
		long mqttReadings = (long) DEVICES * MQTT_ROUNDS * MQTT_READINGS_PER_MESSAGE;
		Latencies mqttAlarms = alarmLatencies();

		step("MQTT paced: one reading from each device, " + MQTT_PACED_RATE + " messages/s");
		sent.clear();
		runMqttPaced(key, mqttBase.plusSeconds(mqttSeconds - 1));
		Instant pacedLast = mqttBase.plusSeconds(mqttSeconds - 1);
		while (jdbc.sql("select count(*) from cityops.device_status where last_ts >= :t").param("t", java.sql.Timestamp.from(pacedLast))
			.query(Integer.class).single() < DEVICES) {
			if (System.nanoTime() - mqttStart > Duration.ofMinutes(10).toNanos()) {
				throw new AssertionError("paced MQTT readings not all stored within 10 minutes");
			}
			Thread.sleep(200);
		}
		Latencies pacedAlarms = alarmLatencies();
		mqttReadings += DEVICES;

		step("the web floor: the same HTTP batches, only parsed and copied");
		readingTable(TelemetryWebFloor.TABLE);
		runHttp(http, auth, bodies, TelemetryWebFloor.PATH, 0, WARMUP_ROUNDS);
		long floorStart = System.nanoTime();
		CpuMeter.Reading floorCpuBefore = cpu.read();
		runHttp(http, auth, bodies, TelemetryWebFloor.PATH, WARMUP_ROUNDS, WARMUP_ROUNDS + ROUNDS);
		Duration floorTime = Duration.ofNanos(System.nanoTime() - floorStart);
		CpuMeter.Reading floorCpu = cpu.read().minus(floorCpuBefore);
		sent.clear();
		assertThat(jdbc.sql("select count(*) from " + TelemetryWebFloor.TABLE).query(Long.class).single())
			.as("the floor stored every reading").isEqualTo((long) CLIENTS * (WARMUP_ROUNDS + ROUNDS) * BATCH);

		step("raw COPY of the same HTTP rows");
		CpuMeter.Reading copyCpuBefore = cpu.read();
		Duration copyTime = copy(bodies);
		CpuMeter.Reading copyCpu = cpu.read().minus(copyCpuBefore);

		// the benchmark's own devices only: run among the integration tests, it shares their database
		long stored = jdbc.sql("""
				select count(*) from cityops.reading r join cityops.device d on d.id = r.device_id
				where d.code ~ '^B[0-9]{5}$'
				""").query(Long.class).single();
		long expected = (long) CLIENTS * (WARMUP_ROUNDS + ROUNDS) * BATCH + mqttReadings;
		assertThat(stored).as("every reading stored once").isEqualTo(expected);

		double httpRate = httpReadings / seconds(httpTime);
		double mqttRate = mqttReadings / seconds(mqttTime);
		double copyRate = httpReadings / seconds(copyTime);
		double floorRate = httpReadings / seconds(floorTime);
		String floor = String.format(Locale.ROOT, """
				| web floor: the same batches only parsed (streaming) and copied, readings/s | %,.0f | %,.0f | %.2f | the most any implementation on this stack reaches | 0.5 %s |
				""", floorRate, copyRate, floorRate / copyRate,
				floorRate / copyRate >= TARGET_RATIO ? "within reach" : "out of reach");
		String floorCpuLine = String.format(Locale.ROOT,
				"CPU per 1,000 readings on the web floor: JVM %.1f ms (clients excluded), PostgreSQL %.1f ms%n",
				perThousand(floorCpu.jvm() - floorCpu.clients(), httpReadings), perThousand(floorCpu.postgres(), httpReadings));
		String report = String.format(Locale.ROOT, """
				Telemetry benchmark — %,d devices, %d HTTP clients, batches of %,d, %s
				| figure | ours | raw COPY | ratio | target | met |
				|---|---|---|---|---|---|
				| HTTP batch, readings/s (%,d readings in %.1f s) | %,.0f | %,.0f | %.2f | ≥ 50,000/s and ≥ 0.5 | %s |
				%s| MQTT, readings/s (%,d messages of %d readings in %.1f s) | %,.0f | | | | |
				| alarm latency HTTP, p50 / p99 (%d alarms) | %.0f / %.0f ms | | | p99 < 1 s | %s |
				| alarm latency MQTT at full speed (backlog at the broker), p50 / p99 (%d alarms) | %.0f / %.0f ms | | | p99 < 1 s | %s |
				| alarm latency MQTT at %,d messages/s, p50 / p99 (%d alarms) | %.0f / %.0f ms | | | p99 < 1 s | %s |
				CPU per 1,000 readings over HTTP: platform JVM %.1f ms (clients excluded), PostgreSQL %.1f ms, clients %.1f ms;
				by COPY: PostgreSQL %.1f ms, JVM %.1f ms
				%sreadings stored: %,d (every one once); alarms raised: %,d, cases opened for them: %,d
				total run time %.0f s; load average %s at the start, %s at the end
				""", DEVICES, CLIENTS, BATCH, Instant.now(), httpReadings, seconds(httpTime), httpRate, copyRate,
				httpRate / copyRate, httpRate >= TARGET_HTTP && httpRate / copyRate >= TARGET_RATIO ? "yes" : "no", floor,
				(long) DEVICES * MQTT_ROUNDS, MQTT_READINGS_PER_MESSAGE, seconds(mqttTime), mqttRate,
				httpAlarms.count(), httpAlarms.percentileMillis(50), httpAlarms.percentileMillis(99),
				httpAlarms.percentileMillis(99) < TARGET_P99_MS ? "yes" : "no", mqttAlarms.count(),
				mqttAlarms.percentileMillis(50), mqttAlarms.percentileMillis(99),
				mqttAlarms.percentileMillis(99) < TARGET_P99_MS ? "yes" : "no", MQTT_PACED_RATE, pacedAlarms.count(),
				pacedAlarms.percentileMillis(50), pacedAlarms.percentileMillis(99),
				pacedAlarms.percentileMillis(99) < TARGET_P99_MS ? "yes" : "no",
				perThousand(httpCpu.jvm() - httpCpu.clients(), httpReadings), perThousand(httpCpu.postgres(), httpReadings),
				perThousand(httpCpu.clients(), httpReadings), perThousand(copyCpu.postgres(), httpReadings),
				perThousand(copyCpu.jvm(), httpReadings), floorCpuLine, stored,
				jdbc.sql("select count(*) from cityops.alarm").query(Long.class).single(),
				jdbc.sql("select count(distinct case_id) from cityops.case_alarm").query(Long.class).single(),
				seconds(Duration.ofNanos(System.nanoTime() - started)), loadAtStart, CpuMeter.loadAverage());
		System.out.println(report);
		Path file = Path.of("target/bench/telemetry.txt");
		Files.createDirectories(file.getParent());
		Files.writeString(file, report, StandardCharsets.UTF_8);
	}

	// --- set-up ---

	private String registerGateway() throws Exception {
		HttpResponse<String> response = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/cityops/gateways"))
				.header("Authorization", "Basic " + Base64.getEncoder()
					.encodeToString(("admin:" + PASSWORD).getBytes(StandardCharsets.UTF_8)))
				.header("Content-Type", "application/json")
				.POST(HttpRequest.BodyPublishers.ofString("{\"code\":\"BENCH-GW\",\"name\":\"压力测试网关\"}"))
				.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).isEqualTo(201);
		return response.body().replaceAll(".*\"key\":\"([^\"]+)\".*", "$1");
	}

	/**
	 * 10,000 devices of every type over the grid cells, registered in SQL (the API is not what is measured). Each
	 * stands in its own cell on a lattice about a tenth of the cell apart, so that no two are within the duplicate
	 * radius of each other: an alarm opens a case of its own, as it would in a city.
	 */
	private void devices() {
		List<GridCellSummary> cells = grid.cells();
		long[] cellIds = new long[DEVICES];
		double[] lngs = new double[DEVICES];
		double[] lats = new double[DEVICES];
		int perCell = (DEVICES + cells.size() - 1) / cells.size();
		int side = (int) Math.ceil(Math.sqrt(perCell));
		for (int i = 0; i < DEVICES; i++) {
			GridCellSummary cell = cells.get(i % cells.size());
			double[] box = bounds(cell);
			int k = i / cells.size();
			cellIds[i] = cell.id();
			lngs[i] = box[0] + (box[2] - box[0]) * (0.1 + 0.8 * (k % side + 0.5) / side);
			lats[i] = box[1] + (box[3] - box[1]) * (0.1 + 0.8 * (k / side + 0.5) / side);
		}
		jdbc.sql("""
				insert into cityops.device (code, type_code, name, longitude, latitude, grid_cell_id, interval_seconds,
				    active, registered_at, gateway_id)
				select 'B' || lpad((i - 1)::text, 5, '0'), (array['WATER_LEVEL','COVER_TILT','PIPE_PRESSURE','AIR_QUALITY','TRAFFIC_FLOW'])[(i - 1) % 5 + 1],
				    '压力测试设备 ' || (i - 1), lng, lat, cell, 3600, true, now(),
				    (select id from cityops.gateway where code = 'BENCH-GW')
				from unnest(cast(:lng as float8[]), cast(:lat as float8[]), cast(:cell as bigint[])) with ordinality as p(lng, lat, cell, i)
				""").param("lng", lngs).param("lat", lats).param("cell", cellIds).update();
		jdbc.sql("insert into cityops.device_status (device_id) select id from cityops.device where code like 'B%' on conflict do nothing")
			.update();
		jdbc.sql("analyze cityops.device").update();
		jdbc.sql("analyze cityops.device_status").update();
	}

	/** A cell's bounding box: min longitude, min latitude, max longitude, max latitude. */
	private static double[] bounds(GridCellSummary cell) {
		double[] box = { Double.MAX_VALUE, Double.MAX_VALUE, -Double.MAX_VALUE, -Double.MAX_VALUE };
		Matcher pair = COORDINATE.matcher(cell.geojson());
		while (pair.find()) {
			double lng = Double.parseDouble(pair.group(1));
			double lat = Double.parseDouble(pair.group(2));
			box[0] = Math.min(box[0], lng);
			box[1] = Math.min(box[1], lat);
			box[2] = Math.max(box[2], lng);
			box[3] = Math.max(box[3], lat);
		}
		return box;
	}

	private static final Pattern COORDINATE = Pattern.compile("\\[\\s*(-?[0-9.]+)\\s*,\\s*(-?[0-9.]+)\\s*\\]");

	private static String code(int device) {
		return String.format(Locale.ROOT, "B%05d", device);
	}

	/**
	 * One client's batch: its devices, {@code perDevice} readings each, one second apart. A few covers tilt
	 * (30°, above the immediate rule of 15°) in their first reading and lie flat again in the next: an alarm
	 * raised and cleared.
	 */
	private String batch(int client, int round, Instant base, int perDevice) {
		int from = client * DEVICES / CLIENTS;
		int to = (client + 1) * DEVICES / CLIENTS;
		StringBuilder json = new StringBuilder(BATCH * 70).append('[');
		for (int d = from; d < to; d++) {
			for (int k = 0; k < perDevice; k++) {
				Instant ts = base.plusSeconds((long) round * perDevice + k);
				double value = normal(d, round + k);
				boolean spike = ALARMS && k == 0 && TYPES[d % 5].equals("COVER_TILT") && (d / 5 + round) % 100 == 0;
				if (spike) {
					value = 30;
					spikes.computeIfAbsent(client * 10_000 + round, key -> new ArrayList<>()).add(code(d) + "@" + ts);
				}
				if (json.length() > 1) {
					json.append(',');
				}
				json.append("{\"device\":\"").append(code(d)).append("\",\"ts\":\"").append(ts).append("\",\"value\":")
					.append(String.format(Locale.ROOT, "%.3f", value)).append('}');
			}
		}
		return json.append(']').toString();
	}

	private static double normal(int device, int step) {
		double wave = Math.sin((device + step) * 0.1);
		return switch (TYPES[device % 5]) {
			case "WATER_LEVEL" -> 0.15 + 0.05 * wave;
			case "COVER_TILT" -> 1.0 + wave;
			case "PIPE_PRESSURE" -> 0.31 + 0.02 * wave;
			case "AIR_QUALITY" -> 70 + 20 * wave;
			default -> 25 + 10 * wave;
		};
	}

	// --- HTTP ---

	private void runHttp(HttpClient http, String auth, List<List<String>> bodies, String path, int fromRound,
			int toRound) throws Exception {
		ExecutorService pool = Executors.newFixedThreadPool(CLIENTS, clientThreads());
		try {
			List<Future<?>> clients = new ArrayList<>();
			for (int c = 0; c < CLIENTS; c++) {
				List<String> batches = bodies.get(c);
				int client = c;
				clients.add(pool.submit(() -> {
					for (int r = fromRound; r < toRound; r++) {
						String body = batches.get(r);
						long now = System.nanoTime();
						spikes.getOrDefault(client * 10_000 + r, List.of()).forEach(key -> sent.put(key, now));
						HttpResponse<String> response = http.send(
								HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
									.header("Authorization", auth)
									.header("Content-Type", "application/json")
									.POST(HttpRequest.BodyPublishers.ofString(body))
									.build(),
								HttpResponse.BodyHandlers.ofString());
						if (response.statusCode() != 200) {
							throw new IllegalStateException(response.statusCode() + " " + response.body());
						}
					}
					return null;
				}));
			}
			for (Future<?> client : clients) {
				client.get();
			}
		}
		finally {
			pool.shutdown();
		}
	}

	private Latencies alarmLatencies() throws InterruptedException {
		Thread.sleep(500);
		Latencies latencies = new Latencies();
		sent.forEach((key, at) -> {
			Long raised = AlarmClock.raised.get(key);
			if (raised != null) {
				latencies.record(raised - at);
			}
		});
		return latencies;
	}

	// --- MQTT ---

	private void runMqtt(String key, Instant base) throws Exception {
		ExecutorService pool = Executors.newFixedThreadPool(CLIENTS, clientThreads());
		try {
			List<Future<?>> clients = new ArrayList<>();
			for (int c = 0; c < CLIENTS; c++) {
				int client = c;
				clients.add(pool.submit(() -> {
					MqttClient mqtt = new MqttClient("tcp://127.0.0.1:" + MQTT_PORT, "BENCH-GW-" + client,
							new MemoryPersistence());
					MqttConnectOptions options = new MqttConnectOptions();
					options.setUserName("BENCH-GW");
					options.setPassword(key.toCharArray());
					options.setMaxInflight(1000);
					mqtt.connect(options);
					try {
						for (int r = 0; r < MQTT_ROUNDS; r++) {
							for (int d = client * DEVICES / CLIENTS; d < (client + 1) * DEVICES / CLIENTS; d++) {
								StringBuilder json = new StringBuilder("[");
								String spikeKey = null;
								for (int k = 0; k < MQTT_READINGS_PER_MESSAGE; k++) {
									Instant ts = base.plusSeconds((long) r * MQTT_READINGS_PER_MESSAGE + k);
									double value = normal(d, r * MQTT_READINGS_PER_MESSAGE + k);
									if (ALARMS && k == 0 && TYPES[d % 5].equals("COVER_TILT") && (d / 5 + r) % 100 == 0) {
										value = 30;
										spikeKey = code(d) + "@" + ts;
									}
									json.append(k == 0 ? "" : ",").append("{\"ts\":\"").append(ts).append("\",\"value\":")
										.append(String.format(Locale.ROOT, "%.3f", value)).append('}');
								}
								MqttMessage message = new MqttMessage(json.append(']').toString().getBytes(StandardCharsets.UTF_8));
								message.setQos(1);
								if (spikeKey != null) {
									sent.put(spikeKey, System.nanoTime());
								}
								mqtt.publish("chengxiang/telemetry/" + code(d), message);
							}
						}
					}
					finally {
						mqtt.disconnect();
						mqtt.close();
					}
					return null;
				}));
			}
			for (Future<?> client : clients) {
				client.get();
			}
		}
		finally {
			pool.shutdown();
		}
	}

	/** One reading per device, at a steady rate below what the subscriber can take: alarm latency without backlog. */
	private void runMqttPaced(String key, Instant ts) throws Exception {
		MqttClient mqtt = new MqttClient("tcp://127.0.0.1:" + MQTT_PORT, "BENCH-GW-paced", new MemoryPersistence());
		MqttConnectOptions options = new MqttConnectOptions();
		options.setUserName("BENCH-GW");
		options.setPassword(key.toCharArray());
		options.setMaxInflight(1000);
		mqtt.connect(options);
		try {
			long start = System.nanoTime();
			long interval = 1_000_000_000L / MQTT_PACED_RATE;
			for (int d = 0; d < DEVICES; d++) {
				long due = start + d * interval;
				while (System.nanoTime() < due) {
					Thread.onSpinWait();
				}
				boolean spike = ALARMS && TYPES[d % 5].equals("COVER_TILT") && (d / 5) % 50 == 7;
				String payload = String.format(Locale.ROOT, "{\"ts\":\"%s\",\"value\":%.3f}", ts,
						spike ? 30 : normal(d, 0));
				MqttMessage message = new MqttMessage(payload.getBytes(StandardCharsets.UTF_8));
				message.setQos(1);
				if (spike) {
					sent.put(code(d) + "@" + ts, System.nanoTime());
				}
				mqtt.publish("chengxiang/telemetry/" + code(d), message);
			}
		}
		finally {
			mqtt.disconnect();
			mqtt.close();
		}
	}

	// --- raw COPY ---

	/** The same HTTP rows, as the same clients sent them, by COPY into a table like the readings. */
	private Duration copy(List<List<String>> bodies) throws Exception {
		readingTable("benchcopy.reading");
		Map<String, Long> ids = new ConcurrentHashMap<>();
		jdbc.sql("select code, id from cityops.device where code like 'B%'").query(rs -> {
			ids.put(rs.getString(1), rs.getLong(2));
		});
		// rows as COPY text, prepared before timing: the client side of the HTTP run was prepared too
		List<List<String>> rows = new ArrayList<>();
		for (List<String> client : bodies) {
			List<String> batches = new ArrayList<>();
			for (int r = WARMUP_ROUNDS; r < client.size(); r++) {
				StringBuilder text = new StringBuilder(BATCH * 40);
				for (String entry : client.get(r).substring(2, client.get(r).length() - 2).split("\\},\\{")) {
					String[] parts = entry.split(",");
					String device = parts[0].substring(parts[0].indexOf(":\"") + 2, parts[0].length() - 1);
					String ts = parts[1].substring(parts[1].indexOf(":\"") + 2, parts[1].length() - 1);
					String value = parts[2].substring(parts[2].indexOf(':') + 1);
					text.append(ids.get(device)).append('\t').append(ts).append('\t').append(value).append('\n');
				}
				batches.add(text.toString());
			}
			rows.add(batches);
		}
		ExecutorService pool = Executors.newFixedThreadPool(CLIENTS, clientThreads());
		long start = System.nanoTime();
		try {
			List<Future<?>> clients = new ArrayList<>();
			for (List<String> batches : rows) {
				clients.add(pool.submit(() -> {
					try (Connection connection = connect()) {
						var copy = connection.unwrap(PGConnection.class).getCopyAPI();
						for (String batch : batches) {
							copy.copyIn("copy benchcopy.reading (device_id, ts, value) from stdin", new StringReader(batch));
						}
					}
					return null;
				}));
			}
			for (Future<?> client : clients) {
				client.get();
			}
		}
		finally {
			pool.shutdown();
		}
		Duration time = Duration.ofNanos(System.nanoTime() - start);
		assertThat(jdbc.sql("select count(*) from benchcopy.reading").query(Long.class).single())
			.isEqualTo((long) CLIENTS * ROUNDS * BATCH);
		return time;
	}

	/** A table of the readings' shape: partitioned by month, primary key on device and time. */
	private void readingTable(String table) {
		jdbc.sql("create schema if not exists " + table.substring(0, table.indexOf('.'))).update();
		jdbc.sql("""
				create table %s (device_id bigint not null, ts timestamptz not null,
				    value double precision not null, primary key (device_id, ts)) partition by range (ts)
				""".formatted(table)).update();
		YearMonth month = YearMonth.now(CITY);
		jdbc.sql("create table %1$s_month partition of %1$s for values from ('%2$s') to ('%3$s')".formatted(table,
				month.atDay(1).atStartOfDay(CITY).toOffsetDateTime(),
				month.plusMonths(1).atDay(1).atStartOfDay(CITY).toOffsetDateTime())).update();
		jdbc.sql("create table %1$s_default partition of %1$s default".formatted(table)).update();
	}

	// --- helpers ---

	private Connection connect() throws SQLException {
		return DriverManager.getConnection(environment.getRequiredProperty("spring.datasource.url"),
				environment.getRequiredProperty("spring.datasource.username"),
				environment.getRequiredProperty("spring.datasource.password"));
	}

	private static double perThousand(long nanos, long readings) {
		return nanos < 0 ? Double.NaN : nanos / 1e6 / (readings / 1000.0);
	}

	private static double seconds(Duration duration) {
		return duration.toNanos() / 1e9;
	}

	private static void step(String what) {
		System.out.println("[telemetry benchmark] " + what);
	}

	private static java.util.concurrent.ThreadFactory clientThreads() {
		java.util.concurrent.atomic.AtomicInteger n = new java.util.concurrent.atomic.AtomicInteger();
		return runnable -> new Thread(runnable, CLIENT_THREAD + n.incrementAndGet());
	}

	private static int freePort() {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
