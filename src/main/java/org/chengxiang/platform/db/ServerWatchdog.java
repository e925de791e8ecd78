package org.chengxiang.platform.db;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.apache.commons.logging.Log;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Ends the embedded PostgreSQL when the JVM ends, however it ends. PostgreSQL runs detached from the JVM (the
 * library starts it with {@code pg_ctl}, which puts it in a session of its own), so a JVM killed with SIGKILL, by the
 * kernel's out-of-memory killer or by a crash leaves it running, and no shutdown hook runs then.
 *
 * <p>
 * The watchdog is a small {@code /bin/sh} process whose standard input is a pipe from the JVM. It reads until the
 * JVM writes {@code disarm} (the server was stopped normally) or until the pipe ends: the kernel closes the JVM's end
 * of the pipe whenever the JVM ends, signal or not. At the end of the pipe the watchdog checks that the process is
 * still this directory's server and asks it for a fast shutdown (SIGINT). It ignores the signals that end a
 * terminal's jobs, and runs in a session of its own where {@code setsid} exists, so that killing the JVM's process
 * group does not take the watchdog with it. Linux only ({@code /proc}); elsewhere nothing is started. What it did is
 * in {@code watchdog.log} in the data directory, which the next start reports.
 */
final class ServerWatchdog {

	private static final Logger log = LoggerFactory.getLogger(ServerWatchdog.class);

	static final String LOG_FILE = "watchdog.log";

	/** $1 the server's process id, $2 the data directory's real path. Only shell built-ins, and /proc. */
	private static final String SCRIPT = """
			trap '' INT TERM HUP PIPE
			while IFS= read -r line; do
			  if [ "$line" = disarm ]; then exit 0; fi
			done
			if (cd "/proc/$1/cwd" 2>/dev/null && [ "$(pwd -P)" = "$2" ]); then
			  kill -INT "$1" && echo "the platform's JVM ended without stopping PostgreSQL; the watchdog asked PostgreSQL process $1 for a fast shutdown"
			fi
			""";

	private final Process process;

	private ServerWatchdog(Process process) {
		this.process = process;
	}

	/** Starts watching the server that {@code postmaster.pid} of the directory names; empty where it cannot. */
	static Optional<ServerWatchdog> watch(Path dataDirectory, Log startupLog) {
		if (!Files.isDirectory(Path.of("/proc/self")) || !Files.isExecutable(Path.of("/bin/sh"))) {
			startupLog.info("No watchdog for the embedded PostgreSQL on this system (it needs Linux): if the JVM is "
					+ "killed, the next start stops the server it left");
			return Optional.empty();
		}
		try {
			Path directory = dataDirectory.toRealPath();
			String pid = Files.readAllLines(directory.resolve(LeftoverServer.PID_FILE), StandardCharsets.UTF_8).get(0).trim();
			List<String> command = new ArrayList<>();
			setsid().ifPresent(command::add);
			command.addAll(List.of("/bin/sh", "-c", SCRIPT, "chengxiang-postgres-watchdog", pid, directory.toString()));
			Process process = new ProcessBuilder(command).redirectErrorStream(true)
				.redirectOutput(directory.resolve(LOG_FILE).toFile())
				.start();
			startupLog.info("Watchdog " + process.pid() + " ends PostgreSQL process " + pid
					+ " if this JVM ends without stopping it");
			return Optional.of(new ServerWatchdog(process));
		}
		catch (IOException | RuntimeException ex) {
			startupLog.warn("Could not start the watchdog of the embedded PostgreSQL: if the JVM is killed, the next "
					+ "start stops the server it left", ex);
			return Optional.empty();
		}
	}

	/** The server was stopped normally: the watchdog ends without doing anything. */
	void disarm() {
		try (OutputStream pipe = process.getOutputStream()) {
			pipe.write("disarm\n".getBytes(StandardCharsets.US_ASCII));
		}
		catch (IOException ex) {
			log.debug("The watchdog had already ended", ex);
		}
	}

	/** Logs what the watchdog of the previous run did, if it did anything, and forgets it. */
	static void reportLastRun(Path dataDirectory, Log startupLog) throws IOException {
		Path report = dataDirectory.resolve(LOG_FILE);
		if (Files.isRegularFile(report)) {
			String text = Files.readString(report, StandardCharsets.UTF_8).strip();
			if (!text.isEmpty()) {
				startupLog.warn("Previous run: " + text);
			}
			Files.delete(report);
		}
	}

	private static Optional<String> setsid() {
		return List.of("/usr/bin/setsid", "/bin/setsid").stream().filter(path -> Files.isExecutable(Path.of(path))).findFirst();
	}

}
