package org.chengxiang.platform.db;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;


/**
 * The in-process PostgreSQL the platform runs on when no external database is configured. One
 * server per JVM: every application context in the same JVM (tests included) shares it. A server an earlier,
 * killed JVM left on the directory is stopped first ({@link LeftoverServer}), and a watchdog ends this one if this
 * JVM ends without stopping it ({@link ServerWatchdog}).
 */
public final class EmbeddedPostgresServer {

	private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresServer.class);

	private static EmbeddedPostgres server;

	private static Path dataDirectory;

	private static ServerWatchdog watchdog;

	private static int leases;

	private EmbeddedPostgresServer() {
	}

	/**
	 * Starts the server on first call and answers its JDBC URL for the {@code postgres} database.
	 * @param directory where the cluster lives; reused across restarts
	 * @param clean whether to wipe the directory first (tests)
	 */
	public static String jdbcUrl(Path directory, boolean clean) {
		return jdbcUrl(directory, clean, LogFactory.getLog(EmbeddedPostgresServer.class));
	}

	/**
	 * As {@link #jdbcUrl(Path, boolean)}, logging the start to {@code startupLog}: before the application's logging
	 * is set up, only a deferred log reaches the log.
	 */
	static synchronized String jdbcUrl(Path directory, boolean clean, Log startupLog) {
		if (server == null) {
			try {
				Path absolute = directory.toAbsolutePath().normalize();
				Files.createDirectories(absolute);
				LeftoverServer.stopIfRunning(absolute, startupLog);
				server = EmbeddedPostgres.builder()
					.setDataDirectory(absolute)
					.setCleanDataDirectory(clean)
					.setServerConfig("timezone", "Asia/Shanghai")
					.setServerConfig("max_connections", "200")
					// the library turns durability off for speed; the platform's data must survive a crash
					.setServerConfig("fsync", clean ? "off" : "on")
					.setServerConfig("synchronous_commit", clean ? "off" : "on")
					// the library's own hook stops the server while contexts still close their pools
					.setRegisterShutdownHook(false)
					.start();
				watchdog = ServerWatchdog.watch(absolute, startupLog).orElse(null);
				Runtime.getRuntime().addShutdownHook(new Thread(EmbeddedPostgresServer::stopWhenReleased,
						"embedded-postgres-stop"));
				dataDirectory = absolute;
				startupLog.info("Embedded PostgreSQL started on port " + server.getPort() + " with data in " + absolute);
			}
			catch (IOException ex) {
				throw new UncheckedIOException("Could not start the embedded PostgreSQL in " + directory, ex);
			}
		}
		else if (!dataDirectory.equals(directory.toAbsolutePath().normalize())) {
			startupLog.warn("Embedded PostgreSQL already runs with data in " + dataDirectory + "; ignoring " + directory);
		}
		return server.getJdbcUrl("postgres", "postgres");
	}

	/** An application context started using the server; see {@link EmbeddedPostgresLease}. */
	static synchronized void acquire() {
		leases++;
	}

	/**
	 * An application context has closed its connection pools. The server stops when the last one has:
	 * stopping it from a JVM shutdown hook instead raced the pools of contexts still closing.
	 */
	static synchronized void release() {
		leases--;
		if (leases <= 0) {
			stop();
		}
	}

	/**
	 * At JVM exit, gives the application contexts time to close (their last lease stops the server), and
	 * stops it regardless afterwards so that no server outlives the JVM.
	 */
	private static synchronized void stopWhenReleased() {
		long deadline = System.currentTimeMillis() + 20_000;
		while (server != null && System.currentTimeMillis() < deadline) {
			try {
				EmbeddedPostgresServer.class.wait(500);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				break;
			}
		}
		stop();
	}

	private static synchronized void stop() {
		if (server != null) {
			try {
				server.close();
			}
			catch (IOException ex) {
				log.warn("Embedded PostgreSQL did not stop cleanly", ex);
			}
			server = null;
			if (watchdog != null) {
				watchdog.disarm();
				watchdog = null;
			}
			EmbeddedPostgresServer.class.notifyAll();
		}
	}

}
