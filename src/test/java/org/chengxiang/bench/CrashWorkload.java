package org.chengxiang.bench;

import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.chengxiang.bench.CrashLedger.Kind;
import org.chengxiang.bench.CrashLedger.Write;
import static org.chengxiang.directory.TestRegistrations.PASSWORD;

/**
 * The crash test's clients, all at once against one platform until it is killed: residents submitting applications
 * with a material (draft, upload, submission), grid officers' cases taken through their steps (report with a photo,
 * filing, dispatch, start, feedback), and a gateway sending batches of readings in which a manhole cover tilts (an
 * alarm, whose case opens through the event registry). Each write goes into the {@link CrashLedger} as acknowledged
 * when the platform answered 2xx, as unanswered when the connection broke first.
 */
final class CrashWorkload {

	static final int BATCH_DEVICES = 20;

	static final int READINGS_PER_DEVICE = 25;

	static final byte[] PNG = { (byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13 };

	static final byte[] JPEG = { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 16, 'J', 'F', 'I', 'F' };

	private static final Pattern ID = Pattern.compile("\"(?:id|caseId)\"\\s*:\\s*(\\d+)");

	private final URI base;

	private final CrashLedger ledger;

	private final Iterator<String> items;

	private final Iterator<double[]> points;

	private final AtomicInteger batchNumbers;

	private final Instant telemetryBase;

	private final String gateway;

	private final String gatewayKey;

	private final int run;

	private final AtomicBoolean killed = new AtomicBoolean();

	private final AtomicInteger refused = new AtomicInteger();

	private final AtomicInteger caseNumber = new AtomicInteger();

	private volatile String firstRefusal;

	CrashWorkload(URI base, CrashLedger ledger, List<String> items, Iterator<double[]> points, AtomicInteger batchNumbers,
			Instant telemetryBase, String gateway, String gatewayKey, int run) {
		this.base = base;
		this.ledger = ledger;
		this.items = items.iterator();
		this.points = points;
		this.batchNumbers = batchNumbers;
		this.telemetryBase = telemetryBase;
		this.gateway = gateway;
		this.gatewayKey = gatewayKey;
		this.run = run;
	}

	/** Runs the clients until the platform stops answering, kills it after {@code killAfter}, and waits for them. */
	void runUntilKilled(int applicationClients, int caseClients, int telemetryClients, Duration killAfter, Runnable kill)
			throws Exception {
		HttpClient http = WebSession.client();
		ExecutorService pool = Executors.newCachedThreadPool();
		List<Future<?>> clients = new ArrayList<>();
		for (int c = 0; c < applicationClients; c++) {
			WebSession resident = WebSession.login(http, base, "resident", PASSWORD);
			clients.add(pool.submit(() -> applications(resident)));
		}
		for (int c = 0; c < caseClients; c++) {
			WebSession grid = WebSession.login(http, base, "grid01", PASSWORD);
			WebSession operator = WebSession.login(http, base, "operator", PASSWORD);
			WebSession handler = WebSession.login(http, base, "zjj", PASSWORD);
			clients.add(pool.submit(() -> cases(grid, operator, handler)));
		}
		for (int c = 0; c < telemetryClients; c++) {
			clients.add(pool.submit(() -> telemetry(http)));
		}
		Thread.sleep(killAfter.toMillis());
		// killed while the clients run: whatever is in flight breaks off, and each client stops at its first failure
		kill.run();
		killed.set(true);
		pool.shutdown();
		pool.awaitTermination(2, TimeUnit.MINUTES);
		for (Future<?> client : clients) {
			client.get();
		}
	}

	int refused() {
		return refused.get();
	}

	String firstRefusal() {
		return firstRefusal;
	}

	// --- the clients ---

	private Void applications(WebSession resident) {
		while (!killed.get()) {
			String item;
			synchronized (items) {
				if (!items.hasNext()) {
					return null;
				}
				item = items.next();
			}
			HttpResponse<String> draft = write(new Write(Kind.DRAFT, item, 0), () -> resident.postMinimal(
					"/api/services/applications", "{\"itemCode\":\"" + item + "\",\"form\":" + ApplicationLoader.form(Math.floorMod(item.hashCode(), 10_000)) + "}"));
			Long id = draft == null ? null : id(draft);
			if (id == null
					|| write(new Write(Kind.MATERIAL, item, 0), () -> resident.postMultipart("/api/services/applications/" + id
							+ "/materials/1", Map.of(), "file", "id-card.png", "image/png", PNG)) == null
					|| write(new Write(Kind.SUBMISSION, item, 0),
							() -> resident.postMinimal("/api/services/applications/" + id + "/submission", "")) == null) {
				continue;
			}
		}
		return null;
	}

	private Void cases(WebSession grid, WebSession operator, WebSession handler) {
		while (!killed.get()) {
			double[] point;
			synchronized (points) {
				if (!points.hasNext()) {
					return null;
				}
				point = points.next();
			}
			String description = "崩溃测试 " + run + "-" + caseNumber.incrementAndGet();
			HttpResponse<String> reported = write(new Write(Kind.CASE_REPORT, description, 0),
					() -> grid.postMultipart("/api/cityops/cases", Map.of("classCode", "C-0103", "description", description,
							"longitude", Double.toString(point[0]), "latitude", Double.toString(point[1])), "photos",
							"cover.jpg", "image/jpeg", JPEG));
			if (reported == null || reported.body().contains("\"merged\":true")) {
				continue;
			}
			long id = id(reported);
			if (write(new Write(Kind.CASE_STEP, "file", id), () -> operator.post("/api/cityops/cases/" + id + "/filing", "{}")) == null
					|| write(new Write(Kind.CASE_STEP, "dispatch", id),
							() -> operator.post("/api/cityops/cases/" + id + "/dispatch", "{}")) == null
					|| write(new Write(Kind.CASE_STEP, "start", id),
							() -> handler.post("/api/cityops/cases/" + id + "/start", "{}")) == null) {
				continue;
			}
			write(new Write(Kind.CASE_STEP, "feedback", id), () -> handler.postMultipart(
					"/api/cityops/cases/" + id + "/feedback", Map.of("note", "已更换井盖"), "photos", "done.png", "image/png", PNG));
		}
		return null;
	}

	private Void telemetry(HttpClient http) {
		String auth = "Basic " + Base64.getEncoder()
			.encodeToString((gateway + ":" + gatewayKey).getBytes(StandardCharsets.UTF_8));
		while (!killed.get()) {
			int number = batchNumbers.getAndIncrement();
			Instant from = telemetryBase.plusSeconds((long) number * READINGS_PER_DEVICE);
			Instant to = from.plusSeconds(READINGS_PER_DEVICE);
			String key = from + "/" + to;
			ledger.batches.add(key);
			StringBuilder json = new StringBuilder("[");
			for (int d = 0; d < BATCH_DEVICES; d++) {
				for (int k = 0; k < READINGS_PER_DEVICE; k++) {
					// the covers (odd devices) tilt in the first reading of every tenth batch and lie flat again
					boolean cover = d % 2 == 1;
					double value = cover ? (k == 0 && number % 10 == d % 10 ? 30 : 1.5) : 2.0 + 0.01 * k;
					json.append(json.length() > 1 ? "," : "").append("{\"device\":\"").append(device(d))
						.append("\",\"ts\":\"").append(from.plusSeconds(k)).append("\",\"value\":")
						.append(String.format(Locale.ROOT, "%.2f", value)).append('}');
				}
			}
			String body = json.append(']').toString();
			write(new Write(Kind.TELEMETRY_BATCH, key, 0), () -> send(http, HttpRequest.newBuilder(base.resolve("/api/cityops/telemetry"))
				.timeout(Duration.ofSeconds(60))
				.header("Authorization", auth)
				.header("Content-Type", "application/json")
				.POST(HttpRequest.BodyPublishers.ofString(body))
				.build()));
		}
		return null;
	}

	static String device(int d) {
		return String.format(Locale.ROOT, "CRASH-D%02d", d);
	}

	// --- bookkeeping ---

	/**
	 * Sends one write and records it: the answer when it is 2xx, null otherwise. A refusal (4xx, 5xx) is counted,
	 * not recorded: nothing was acknowledged. A broken connection is recorded as unanswered.
	 */
	private HttpResponse<String> write(Write write, java.util.function.Supplier<HttpResponse<String>> request) {
		if (killed.get()) {
			return null;
		}
		HttpResponse<String> response;
		try {
			response = request.get();
		}
		catch (UncheckedIOException | IllegalStateException ex) {
			ledger.unanswered(write);
			killed.set(true);
			return null;
		}
		if (response.statusCode() / 100 == 2) {
			ledger.acknowledged(write);
			return response;
		}
		if (refused.incrementAndGet() == 1) {
			firstRefusal = write + " answered " + response.statusCode() + ": " + response.body();
		}
		return null;
	}

	private static HttpResponse<String> send(HttpClient http, HttpRequest request) {
		try {
			return http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
		}
		catch (java.io.IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	private static Long id(HttpResponse<String> response) {
		Matcher matcher = ID.matcher(response.body());
		return matcher.find() ? Long.valueOf(matcher.group(1)) : null;
	}

}
