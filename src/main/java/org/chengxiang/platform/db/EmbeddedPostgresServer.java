package org.chengxiang.platform.db;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.SpringApplication;

/**
 * The in-process PostgreSQL the platform runs on when no external database is configured. One
 * server per JVM: every application context in the same JVM (tests included) shares it.
 */
public final class EmbeddedPostgresServer {

	private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresServer.class);

	private static EmbeddedPostgres server;

	private static Path dataDirectory;

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
					.start();
				dataDirectory = absolute;
				log.info("Embedded PostgreSQL started on port {} with data in {}", server.getPort(), absolute);
				// Spring Boot runs shutdown handlers after it has closed every application context, so the
				// connection pools are gone before the server stops (a parallel JVM hook could race them).
				SpringApplication.getShutdownHandlers().add(EmbeddedPostgresServer::stop);
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

	private static synchronized void stop() {
		if (server != null) {
			try {
				server.close();
			}
			catch (IOException ex) {
				log.warn("Embedded PostgreSQL did not stop cleanly", ex);
			}
			server = null;
		}
	}

}
