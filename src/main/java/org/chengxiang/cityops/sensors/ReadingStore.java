package org.chengxiang.cityops.sensors;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

import org.springframework.jdbc.UncategorizedSQLException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Component;
import org.springframework.transaction.TransactionStatus;

/**
 * Stores the readings of a batch, each once, inside the batch's transaction: those newer than every stored reading
 * of their device by COPY (nothing can conflict), the others (late or re-delivered) one by one with
 * {@code on conflict do nothing}, so that a reading sent twice is stored and evaluated once.
 */
@Component
class ReadingStore {

	static final String EPOCH = "timestamptz '1970-01-01 00:00:00+00' + %s * interval '1 microsecond'";

	private static final String UNIQUE_VIOLATION = "23505";

	/** Micros between the Unix epoch and PostgreSQL's (2000-01-01), for COPY's binary timestamps. */
	private static final long POSTGRES_EPOCH_MICROS = 946_684_800_000_000L;

	private static final byte[] COPY_HEADER = { 'P', 'G', 'C', 'O', 'P', 'Y', '\n', (byte) 0xff, '\r', '\n', 0,
			0, 0, 0, 0, 0, 0, 0, 0 };

	private static final Comparator<RuleEvaluator.Point> BY_TIME = Comparator.comparing(RuleEvaluator.Point::ts);

	private final JdbcClient jdbc;

	private final DataSource dataSource;

	ReadingStore(JdbcClient jdbc, DataSource dataSource) {
		this.jdbc = jdbc;
		this.dataSource = dataSource;
	}

	/** One distinct reading of a batch, its time in microseconds since the Unix epoch, as the database keeps it. */
	record Row(long device, long micros, double value) {

		RuleEvaluator.Point point() {
			return new RuleEvaluator.Point(instant(micros), value);
		}

	}

	/**
	 * A batch's distinct readings in device and time order: those newer than every stored reading of their (locked)
	 * device, which cannot have been stored yet, and the others.
	 */
	record Split(List<Row> newest, List<Row> others) {
	}

	/**
	 * Stores what was not stored before; answers the readings stored now, by device, oldest first.
	 */
	Map<Long, List<RuleEvaluator.Point>> storeOnce(Split split, TransactionStatus transaction) {
		Map<Long, List<RuleEvaluator.Point>> stored = new HashMap<>();
		List<Row> others = split.others();
		if (!split.newest().isEmpty()) {
			if (copy(split.newest(), transaction)) {
				collect(split.newest(), stored);
			}
			else {
				// stored after all (the status rows do not know of it): the careful way for these too
				others = new ArrayList<>(others);
				others.addAll(split.newest());
			}
		}
		if (!others.isEmpty()) {
			insertUnlessStored(others, stored);
			// the careful way's readings follow the copied ones
			stored.values().forEach(points -> points.sort(BY_TIME));
		}
		return stored;
	}

	/** The rows, in device order, as points by device. */
	private static void collect(List<Row> rows, Map<Long, List<RuleEvaluator.Point>> stored) {
		List<RuleEvaluator.Point> points = null;
		long device = 0;
		for (int i = 0; i < rows.size(); i++) {
			Row row = rows.get(i);
			if (i == 0 || row.device() != device) {
				device = row.device();
				points = stored.computeIfAbsent(device, k -> new ArrayList<>());
			}
			points.add(row.point());
		}
	}

	/**
	 * COPY (binary) of readings none of which can be stored yet, inside a savepoint: if one was stored after all
	 * (a primary key violation), nothing of the COPY remains and the answer is false.
	 */
	private boolean copy(List<Row> rows, TransactionStatus transaction) {
		ByteBuffer buffer = ByteBuffer.allocate(COPY_HEADER.length + rows.size() * 38 + 2);
		buffer.put(COPY_HEADER);
		for (Row row : rows) {
			buffer.putShort((short) 3);
			buffer.putInt(8).putLong(row.device());
			buffer.putInt(8).putLong(row.micros() - POSTGRES_EPOCH_MICROS);
			buffer.putInt(8).putDouble(row.value());
		}
		buffer.putShort((short) -1);
		Connection connection = DataSourceUtils.getConnection(dataSource);
		try {
			if (!connection.isWrapperFor(PGConnection.class)) {
				return false;
			}
			CopyManager copy = connection.unwrap(PGConnection.class).getCopyAPI();
			Object savepoint = transaction.createSavepoint();
			try {
				copy.copyIn("copy cityops.reading (device_id, ts, value) from stdin (format binary)",
						new ByteArrayInputStream(buffer.array(), 0, buffer.position()));
			}
			catch (SQLException ex) {
				if (UNIQUE_VIOLATION.equals(ex.getSQLState())) {
					transaction.rollbackToSavepoint(savepoint);
					transaction.releaseSavepoint(savepoint);
					return false;
				}
				throw ex;
			}
			transaction.releaseSavepoint(savepoint);
			return true;
		}
		catch (SQLException | IOException ex) {
			throw new UncategorizedSQLException("copy readings", null,
					ex instanceof SQLException sql ? sql : new SQLException(ex));
		}
	}

	/** Readings that may have been stored before: stored unless they were, adding those it stored. */
	private void insertUnlessStored(List<Row> rows, Map<Long, List<RuleEvaluator.Point>> stored) {
		int n = rows.size();
		long[] devices = new long[n];
		long[] micros = new long[n];
		double[] values = new double[n];
		for (int i = 0; i < n; i++) {
			Row row = rows.get(i);
			devices[i] = row.device();
			micros[i] = row.micros();
			values[i] = row.value();
		}
		jdbc.sql("""
				insert into cityops.reading (device_id, ts, value)
				select d, %s, v from unnest(cast(:d as bigint[]), cast(:us as bigint[]), cast(:v as float8[])) as r(d, us, v)
				on conflict do nothing
				returning device_id, ts, value
				""".formatted(EPOCH.formatted("us")))
			.param("d", devices)
			.param("us", micros)
			.param("v", values)
			.query(rs -> {
				stored.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
					.add(new RuleEvaluator.Point(rs.getObject(2, OffsetDateTime.class).toInstant(), rs.getDouble(3)));
			});
	}

	static long micros(Instant ts) {
		return Math.addExact(Math.multiplyExact(ts.getEpochSecond(), 1_000_000L), ts.getNano() / 1_000);
	}

	static Instant instant(long micros) {
		return Instant.ofEpochSecond(Math.floorDiv(micros, 1_000_000L), Math.floorMod(micros, 1_000_000L) * 1_000L);
	}

}
