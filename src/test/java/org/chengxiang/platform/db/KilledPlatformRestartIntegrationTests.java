package org.chengxiang.platform.db;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.chengxiang.directory.TestRegistrations.PASSWORD;

/**
 * The platform's JVM killed with SIGKILL (no shutdown hook runs) starts again on the same data, without help, and
 * the data written before the kill is there. The JVMs are child processes of the test, on a data directory of their
 * own under {@code target/}.
 */
class KilledPlatformRestartIntegrationTests {

	private static final Duration START = Duration.ofMinutes(4);

	private static final List<String> JVM = List.of("-Xmx512m", "-XX:TieredStopAtLevel=1", "-Xshare:auto");

	private final Path home = Path.of("target/killed-restart-" + System.nanoTime()).toAbsolutePath();

	private final List<PlatformProcess> started = new ArrayList<>();

	@Test
	void startsAgainOnTheSameDataAfterItsJvmWasKilled() throws Exception {
		PlatformProcess first = start(1);
		first.awaitUp(START);
		assertThat(registerGateway(first.base(), "KILL-GW-1")).as("a gateway registered before the kill").isEqualTo(201);

		// the JVM killed with its watchdog (as by SIGKILL to a whole process tree): PostgreSQL is left on the directory
		ProcessHandle orphan = first.postmaster().orElseThrow();
		first.killWithDescendants();
		assertThat(orphan.isAlive()).as("PostgreSQL left running by a JVM killed with its watchdog").isTrue();

		PlatformProcess second = start(2);
		second.awaitUp(START);
		assertThat(gateways(second.base())).as("the gateway registered before the kill").contains("\"KILL-GW-1\"");
		assertThat(orphan.isAlive()).as("the server the first run left").isFalse();
		assertThat(second.logged("is still running on " + home.resolve("pg"))).as("the log says what was stopped").isTrue();
		ProcessHandle postgres = second.postmaster().orElseThrow();
		assertThat(postgres.pid()).isNotEqualTo(orphan.pid());

		// the JVM alone killed: its watchdog ends PostgreSQL, so nothing holds the directory for the next start
		second.kill();
		assertThat(postgres.onExit().completeOnTimeout(null, 60, TimeUnit.SECONDS).get())
			.as("PostgreSQL %d ended after its JVM was killed", postgres.pid()).isNotNull();
	}

	@AfterEach
	void stopEverything() throws Exception {
		for (PlatformProcess platform : started) {
			platform.stop();
		}
		// a server a failed run left behind must not outlive the test
		Optional<ProcessHandle> left = started.isEmpty() ? Optional.empty() : started.get(0).postmaster();
		left.ifPresent(postgres -> {
			postgres.destroy();
			postgres.onExit().completeOnTimeout(null, 30, TimeUnit.SECONDS).join();
		});
		if (Files.exists(home)) {
			try (var files = Files.walk(home)) {
				files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
			}
		}
	}

	private PlatformProcess start(int run) {
		PlatformProcess platform = PlatformProcess.start(home, run, JVM);
		started.add(platform);
		return platform;
	}

	private static int registerGateway(URI base, String code) throws Exception {
		return HttpClient.newHttpClient()
			.send(admin(base.resolve("api/cityops/gateways")).header("Content-Type", "application/json")
				.POST(HttpRequest.BodyPublishers.ofString("{\"code\":\"" + code + "\",\"name\":\"重启测试网关\"}"))
				.build(), HttpResponse.BodyHandlers.ofString())
			.statusCode();
	}

	private static String gateways(URI base) throws Exception {
		HttpResponse<String> response = HttpClient.newHttpClient()
			.send(admin(base.resolve("api/cityops/gateways")).GET().build(), HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).isEqualTo(200);
		return response.body();
	}

	private static HttpRequest.Builder admin(URI uri) {
		return HttpRequest.newBuilder(uri)
			.timeout(Duration.ofSeconds(60))
			.header("Authorization", "Basic "
					+ Base64.getEncoder().encodeToString(("admin:" + PASSWORD).getBytes(StandardCharsets.UTF_8)));
	}

}
