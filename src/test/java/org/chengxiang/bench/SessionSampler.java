package org.chengxiang.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Comparator;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * Looks at the database sessions every few milliseconds while a run goes on, and tells what they were doing on
 * average: running, waiting for a lock (and which), or idle inside a transaction while the JVM works. That says
 * where a submission's time goes without instrumenting the platform.
 */
final class SessionSampler implements AutoCloseable {

	private static final String SQL = """
			select state || coalesce(' / ' || wait_event_type || ':' || wait_event, ''), count(*)
			from pg_stat_activity
			where backend_type = 'client backend' and pid <> pg_backend_pid() and state <> 'idle'
			group by 1
			""";

	private final Connection connection;

	private final Map<String, Long> counts = new ConcurrentHashMap<>();

	private final Thread thread;

	private volatile boolean running = true;

	private long samples;

	SessionSampler(Connection connection) {
		this.connection = connection;
		this.thread = new Thread(this::sample, "bench-session-sampler");
		this.thread.setDaemon(true);
		this.thread.start();
	}

	private void sample() {
		try (PreparedStatement statement = connection.prepareStatement(SQL)) {
			while (running) {
				try (ResultSet rs = statement.executeQuery()) {
					while (rs.next()) {
						counts.merge(rs.getString(1), rs.getLong(2), Long::sum);
					}
				}
				samples++;
				Thread.sleep(10);
			}
		}
		catch (SQLException ex) {
			counts.merge("sampling failed: " + ex.getMessage(), 1L, Long::sum);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	@Override
	public void close() throws Exception {
		running = false;
		thread.join();
		connection.close();
	}

	/** Average number of sessions in each state, busiest first. */
	String summary() {
		if (samples == 0) {
			return "  (no samples)\n";
		}
		return counts.entrySet()
			.stream()
			.sorted(Map.Entry.<String, Long>comparingByValue(Comparator.reverseOrder()))
			.limit(8)
			.map(e -> String.format(Locale.ROOT, "  %5.1f  %s%n", (double) e.getValue() / samples, e.getKey()))
			.collect(Collectors.joining());
	}

}
