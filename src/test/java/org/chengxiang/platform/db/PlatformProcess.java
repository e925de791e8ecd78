package org.chengxiang.platform.db;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.jar.Attributes;
import java.util.jar.JarFile;
import java.util.stream.Collectors;

/**
 * The platform in a JVM of its own, started from the test's class path on a data directory the caller owns, so
 * that it can be killed as an operator or a crash would kill it. Its output goes to a log file beside the data.
 */
public final class PlatformProcess {

	private static final String MAIN = "org.chengxiang.ChengxiangApplication";

	private final Path home;

	private final int port;

	private final Path log;

	private final Process process;

	private PlatformProcess(Path home, int port, Path log, Process process) {
		this.home = home;
		this.port = port;
		this.log = log;
		this.process = process;
	}

	/**
	 * Starts the platform with its database, keys and files under {@code home} (kept across starts) on a free port.
	 * @param run a number for the log file's name, so that each start keeps its own log
	 * @param jvmOptions e.g. a heap size
	 */
	public static PlatformProcess start(Path home, int run, List<String> jvmOptions) {
		int port = freePort();
		Path log = home.resolve("platform-" + run + ".log");
		List<String> command = new ArrayList<>();
		command.add(ProcessHandle.current().info().command().orElse("java"));
		command.addAll(jvmOptions);
		command.addAll(List.of("-cp", runtimeClassPath(), MAIN, "--server.port=" + port,
				"--chengxiang.embedded.data-dir=" + home.resolve("pg"), "--chengxiang.embedded.clean=false",
				"--chengxiang.crypto.key-file=" + home.resolve("keys/personal-data.key"),
				"--chengxiang.services.file-dir=" + home.resolve("files"), "--chengxiang.cityops.mqtt.port=0"));
		try {
			Files.createDirectories(home);
			Process process = new ProcessBuilder(command).redirectErrorStream(true)
				.redirectOutput(log.toFile())
				.start();
			return new PlatformProcess(home, port, log, process);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	public URI base() {
		return URI.create("http://localhost:" + port + "/");
	}

	public long pid() {
		return process.pid();
	}

	public Path home() {
		return home;
	}

	/**
	 * Waits until the platform answers its health check.
	 * @throws AssertionError if the JVM ends first or the time runs out, with the end of its log
	 */
	public Duration awaitUp(Duration timeout) {
		long start = System.nanoTime();
		HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
		while (System.nanoTime() - start < timeout.toNanos()) {
			if (!process.isAlive()) {
				throw new AssertionError("the platform's JVM ended with exit code " + process.exitValue()
						+ " before it answered; the end of its log:\n" + logTail(40));
			}
			try {
				HttpResponse<String> health = http.send(HttpRequest.newBuilder(base().resolve("actuator/health"))
					.timeout(Duration.ofSeconds(5))
					.build(), HttpResponse.BodyHandlers.ofString());
				if (health.statusCode() == 200 && health.body().contains("\"UP\"")) {
					return Duration.ofNanos(System.nanoTime() - start);
				}
			}
			catch (IOException ex) {
				// not listening yet
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new AssertionError(ex);
			}
			sleep(250);
		}
		throw new AssertionError("the platform did not answer within " + timeout + "; the end of its log:\n" + logTail(40));
	}

	/** Kills the JVM with SIGKILL, as the kernel or {@code kill -9} would: no shutdown hook runs. */
	public void kill() {
		process.destroyForcibly();
		waitFor();
	}

	/** Kills the JVM and every process it started with SIGKILL, children first, so that none can act on the kill. */
	public void killWithDescendants() {
		process.descendants().forEach(ProcessHandle::destroyForcibly);
		kill();
	}

	/** Stops the JVM with SIGTERM and waits: the platform shuts down as it does for an operator. */
	public void stop() {
		if (process.isAlive()) {
			process.destroy();
			try {
				if (!process.waitFor(90, TimeUnit.SECONDS)) {
					process.destroyForcibly();
				}
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
		}
		waitFor();
	}

	/**
	 * The PostgreSQL process that {@code postmaster.pid} names, if it is alive: after a kill it may outlive the JVM.
	 */
	public Optional<ProcessHandle> postmaster() {
		Path pidFile = home.resolve("pg/postmaster.pid");
		try {
			if (!Files.exists(pidFile)) {
				return Optional.empty();
			}
			List<String> lines = Files.readAllLines(pidFile, StandardCharsets.UTF_8);
			return lines.isEmpty() || lines.get(0).isBlank() ? Optional.empty()
					: ProcessHandle.of(Long.parseLong(lines.get(0).trim())).filter(ProcessHandle::isAlive);
		}
		catch (IOException | NumberFormatException ex) {
			return Optional.empty();
		}
	}

	/** The last lines of this start's log. */
	public String logTail(int lines) {
		try {
			List<String> all = Files.readAllLines(log, StandardCharsets.UTF_8);
			return String.join("\n", all.subList(Math.max(0, all.size() - lines), all.size()));
		}
		catch (IOException | UncheckedIOException ex) {
			return "(no log: " + ex.getMessage() + ")";
		}
	}

	/** Whether this start's log holds the text. */
	public boolean logged(String text) {
		try {
			return Files.readString(log, StandardCharsets.UTF_8).contains(text);
		}
		catch (IOException ex) {
			return false;
		}
	}

	/**
	 * The class path of this JVM without the test classes, so that the platform runs as it would be deployed: no test
	 * configuration is found by component scanning, and {@code config/application.properties} of the tests (a
	 * database wiped on every start) is not read. Surefire and failsafe may hide the class path in a manifest.
	 */
	static String runtimeClassPath() {
		List<String> entries = new ArrayList<>(List.of(System.getProperty("java.class.path").split(File.pathSeparator)));
		if (entries.size() == 1 && entries.get(0).endsWith(".jar") && entries.get(0).contains("surefire")) {
			try (JarFile booter = new JarFile(entries.get(0))) {
				String manifest = booter.getManifest().getMainAttributes().getValue(Attributes.Name.CLASS_PATH);
				URI directory = Path.of(entries.get(0)).toAbsolutePath().getParent().toUri();
				entries = new ArrayList<>();
				for (String url : manifest.trim().split("\\s+")) {
					entries.add(Path.of(directory.resolve(url)).toString());
				}
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}
		return entries.stream()
			.filter(entry -> !entry.replace('\\', '/').endsWith("/test-classes")
					&& !entry.replace('\\', '/').endsWith("/test-classes/"))
			.collect(Collectors.joining(File.pathSeparator));
	}

	private void waitFor() {
		try {
			process.waitFor(30, TimeUnit.SECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	private static void sleep(long millis) {
		try {
			Thread.sleep(millis);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new AssertionError(ex);
		}
	}

	private static int freePort() {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
