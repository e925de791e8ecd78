package org.chengxiang.cityops.sensors;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import javax.sql.DataSource;

import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

import org.chengxiang.cityops.AlarmSeverity;

import org.springframework.jdbc.UncategorizedSQLException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Service;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Where every reading goes in, from HTTP batches, MQTT and the simulator alike: one transaction per batch that
 * stores the readings (a re-delivered reading is stored once, by its primary key), then evaluates the rules for
 * the readings it actually stored, oldest first per device. The device's status row is locked first, in device
 * order, so that two batches of one device are evaluated one after the other and never deadlock.
 */
@Service
class TelemetryIngestion {

	private static final long NONE = Long.MIN_VALUE;

	private static final String UNIQUE_VIOLATION = "23505";

	private static final String EPOCH = "timestamptz '1970-01-01 00:00:00+00' + %s * interval '1 microsecond'";

	private final JdbcClient jdbc;

	private final TransactionTemplate transactions;

	private final Alarms alarms;

	private final Clock clock;

	private final DataSource dataSource;

	TelemetryIngestion(JdbcClient jdbc, TransactionTemplate transactions, Alarms alarms, Clock clock,
			DataSource dataSource) {
		this.jdbc = jdbc;
		this.dataSource = dataSource;
		this.transactions = transactions;
		this.alarms = alarms;
		this.clock = clock;
	}

	/** A reading of a known device. */
	record Reading(DeviceInfo device, Instant ts, double value) {
	}

	/**
	 * What a batch did.
	 *
	 * @param received readings in the batch
	 * @param stored readings stored (the others were there already)
	 * @param evaluated readings the rules were evaluated for (stored and newer than what was evaluated before)
	 */
	record Outcome(int received, int stored, int evaluated) {

		static final Outcome EMPTY = new Outcome(0, 0, 0);

		Outcome plus(Outcome other) {
			return new Outcome(received + other.received, stored + other.stored, evaluated + other.evaluated);
		}

	}

	Outcome store(List<Reading> readings) {
		if (readings.isEmpty()) {
			return Outcome.EMPTY;
		}
		return transactions.execute(status -> storeAndEvaluate(readings, status));
	}

	private Outcome storeAndEvaluate(List<Reading> batch, TransactionStatus transaction) {
		int n = batch.size();
		// by device, then time; the sort is stable, so of two entries with the same device and time the first is
		// kept, as "on conflict do nothing" keeps the first
		List<Reading> readings = new ArrayList<>(batch);
		readings.sort(BY_DEVICE_AND_TIME);
		TreeMap<Long, DeviceInfo> devices = new TreeMap<>();
		for (Reading reading : readings) {
			devices.putIfAbsent(reading.device().id(), reading.device());
		}
		long[] ids = devices.keySet().stream().mapToLong(Long::longValue).toArray();

		// one batch of a device at a time: the status rows, locked in id order
		Map<Long, Instant> evaluatedUntil = new HashMap<>();
		Map<Long, Long> lastStored = new HashMap<>();
		jdbc.sql("""
				select device_id, evaluated_until, last_ts from cityops.device_status
				where device_id = any(cast(:ids as bigint[])) order by device_id for update
				""").param("ids", ids).query(rs -> {
			OffsetDateTime until = rs.getObject(2, OffsetDateTime.class);
			evaluatedUntil.put(rs.getLong(1), until == null ? null : until.toInstant());
			OffsetDateTime last = rs.getObject(3, OffsetDateTime.class);
			lastStored.put(rs.getLong(1), last == null ? NONE : micros(last.toInstant()));
		});

		// Readings newer than the newest stored reading of their (locked) device cannot be stored yet: they go in
		// by COPY, all of them. The others (late or re-delivered) go in one by one, skipping those stored before.
		int count = 0;
		long[] freshDevice = new long[n];
		long[] freshMicros = new long[n];
		double[] freshValue = new double[n];
		List<Reading> others = new ArrayList<>();
		long previousDevice = NONE;
		long previousMicros = NONE;
		Long last = null;
		for (Reading reading : readings) {
			long device = reading.device().id();
			long us = micros(reading.ts());
			if (device == previousDevice && us == previousMicros) {
				continue; // the same reading twice in one batch: the first counts
			}
			if (device != previousDevice) {
				last = lastStored.get(device);
			}
			previousDevice = device;
			previousMicros = us;
			if (last != null && (last == NONE || us > last)) {
				freshDevice[count] = device;
				freshMicros[count] = us;
				freshValue[count] = reading.value();
				count++;
			}
			else {
				others.add(reading);
			}
		}
		Map<Long, List<RuleEvaluator.Point>> stored = new HashMap<>();
		if (count > 0 && !copy(freshDevice, freshMicros, freshValue, count, transaction)) {
			// stored after all (the status rows do not know of it): the careful way for these too
			for (int i = 0; i < count; i++) {
				others.add(new Reading(devices.get(freshDevice[i]), instant(freshMicros[i]), freshValue[i]));
			}
			count = 0;
		}
		List<RuleEvaluator.Point> points = null;
		for (int i = 0; i < count; i++) {
			if (i == 0 || freshDevice[i] != freshDevice[i - 1]) {
				points = stored.computeIfAbsent(freshDevice[i], k -> new ArrayList<>());
			}
			points.add(new RuleEvaluator.Point(instant(freshMicros[i]), freshValue[i]));
		}
		if (!others.isEmpty()) {
			insertOthers(others, stored);
		}

		Map<String, List<Rule>> rules = stored.isEmpty() ? Map.of() : Rules.activeByType(jdbc);
		Map<Long, RuleEvaluator.State> states = stored.isEmpty() ? Map.of() : states(stored, evaluatedUntil);
		int evaluated = 0;
		long[] lastTs = new long[ids.length];
		double[] lastValue = new double[ids.length];
		long[] until = new long[ids.length];
		List<long[]> cleared = new ArrayList<>();
		List<long[]> set = new ArrayList<>();
		DeferredAlarms deferred = new DeferredAlarms();
		for (int i = 0; i < ids.length; i++) {
			long id = ids[i];
			lastTs[i] = NONE;
			until[i] = NONE;
			List<RuleEvaluator.Point> devicePoints = stored.get(id);
			if (devicePoints == null) {
				continue;
			}
			if (!others.isEmpty()) {
				devicePoints.sort(BY_TIME); // the careful way's readings follow the copied ones
			}
			RuleEvaluator.Point newest = devicePoints.get(devicePoints.size() - 1);
			lastTs[i] = micros(newest.ts());
			lastValue[i] = newest.value();
			DeviceInfo device = devices.get(id);
			RuleEvaluator.State state = states.get(id);
			evaluated += RuleEvaluator.evaluate(device, rules.getOrDefault(device.typeCode(), List.of()), state,
					devicePoints, deferred);
			if (state.evaluatedUntil != null) {
				until[i] = micros(state.evaluatedUntil);
			}
			for (long rule : state.changedRules) {
				Instant since = state.since.get(rule);
				if (since == null) {
					cleared.add(new long[] { id, rule });
				}
				else {
					set.add(new long[] { id, rule, micros(since) });
				}
			}
		}
		writeConditions(cleared, set);

		jdbc.sql("""
				update cityops.device_status s set last_seen_at = :now,
				    last_ts = case when u.lu is not null and (s.last_ts is null or s.last_ts < %1$s) then %1$s else s.last_ts end,
				    last_value = case when u.lu is not null and (s.last_ts is null or s.last_ts < %1$s) then u.lv else s.last_value end,
				    evaluated_until = coalesce(%2$s, s.evaluated_until)
				from (select d, nullif(lu, :none) as lu, lv, nullif(eu, :none) as eu
				      from unnest(cast(:d as bigint[]), cast(:lu as bigint[]), cast(:lv as float8[]), cast(:eu as bigint[]))
				      as x(d, lu, lv, eu)) u
				where s.device_id = u.d
				""".formatted(EPOCH.formatted("u.lu"), EPOCH.formatted("u.eu")))
			.param("now", Timestamp.from(clock.instant()))
			.param("none", NONE)
			.param("d", ids)
			.param("lu", lastTs)
			.param("lv", lastValue)
			.param("eu", until)
			.update();
		// the alarms last: raising one takes the case side's lock on its case class until the commit
		deferred.replay(alarms);
		int storedCount = stored.values().stream().mapToInt(List::size).sum();
		return new Outcome(n, storedCount, evaluated);
	}

	/**
	 * The evaluation's decisions, noted in order and carried out when everything else of the batch is written:
	 * the same alarms, audit entries and events in the same order and the same transaction, but the locks the
	 * listeners take (the case side locks a case class to find duplicates) are held only from there to the
	 * commit. A new alarm gets a provisional (negative) id until it is inserted.
	 */
	/**
	 * The alarm decisions of a batch, held back until its readings and statuses are written, then replayed
	 * grouped by case class (in class order), each device's decisions in the order they were taken. Raising an
	 * alarm takes the case side's lock on its case class until the commit; taking those locks in one order in
	 * every batch is what keeps two batches with devices of two classes from deadlocking.
	 */
	static final class DeferredAlarms implements RuleEvaluator.AlarmSink {

		private record Decision(String caseClass, int order, Runnable action) {
		}

		private final List<Decision> decisions = new ArrayList<>();

		private final List<Long> raised = new ArrayList<>();

		private RuleEvaluator.AlarmSink target;

		@Override
		public long raise(DeviceInfo device, Rule rule, RuleEvaluator.Point reading, Instant since) {
			raised.add(null);
			long provisional = -raised.size();
			add(device, () -> raised.set((int) -provisional - 1, target.raise(device, rule, reading, since)));
			return provisional;
		}

		@Override
		public void raiseSeverity(long alarmId, DeviceInfo device, Rule rule, RuleEvaluator.Point reading,
				Instant since) {
			add(device, () -> target.raiseSeverity(id(alarmId), device, rule, reading, since));
		}

		@Override
		public void clear(long alarmId, DeviceInfo device, String family, RuleEvaluator.Point reading) {
			add(device, () -> target.clear(id(alarmId), device, family, reading));
		}

		private void add(DeviceInfo device, Runnable action) {
			String caseClass = device.caseClassCode() == null ? "" : device.caseClassCode();
			decisions.add(new Decision(caseClass, decisions.size(), action));
		}

		private long id(long alarmId) {
			return alarmId < 0 ? raised.get((int) -alarmId - 1) : alarmId;
		}

		void replay(RuleEvaluator.AlarmSink sink) {
			target = sink;
			// an alarm's decisions all come from its device, so they share a class and keep their order
			decisions.stream()
				.sorted(Comparator.comparing(Decision::caseClass).thenComparingInt(Decision::order))
				.forEach(decision -> decision.action().run());
		}

	}

	private static final Comparator<RuleEvaluator.Point> BY_TIME = Comparator.comparing(RuleEvaluator.Point::ts);

	private static final Comparator<Reading> BY_DEVICE_AND_TIME = Comparator
		.comparingLong((Reading reading) -> reading.device().id())
		.thenComparing(Reading::ts);

	/** Micros between the Unix epoch and PostgreSQL's (2000-01-01), for COPY's binary timestamps. */
	private static final long POSTGRES_EPOCH_MICROS = 946_684_800_000_000L;

	private static final byte[] COPY_HEADER = { 'P', 'G', 'C', 'O', 'P', 'Y', '\n', (byte) 0xff, '\r', '\n', 0,
			0, 0, 0, 0, 0, 0, 0, 0 };

	/**
	 * COPY (binary) of readings none of which can be stored yet, inside a savepoint: if one was stored after all
	 * (a primary key violation), nothing of the COPY remains and the answer is false.
	 */
	private boolean copy(long[] device, long[] micros, double[] value, int count, TransactionStatus transaction) {
		ByteBuffer rows = ByteBuffer.allocate(COPY_HEADER.length + count * 38 + 2);
		rows.put(COPY_HEADER);
		for (int i = 0; i < count; i++) {
			rows.putShort((short) 3);
			rows.putInt(8).putLong(device[i]);
			rows.putInt(8).putLong(micros[i] - POSTGRES_EPOCH_MICROS);
			rows.putInt(8).putDouble(value[i]);
		}
		rows.putShort((short) -1);
		Connection connection = DataSourceUtils.getConnection(dataSource);
		try {
			if (!connection.isWrapperFor(PGConnection.class)) {
				return false;
			}
			CopyManager copy = connection.unwrap(PGConnection.class).getCopyAPI();
			Object savepoint = transaction.createSavepoint();
			try {
				copy.copyIn("copy cityops.reading (device_id, ts, value) from stdin (format binary)",
						new ByteArrayInputStream(rows.array(), 0, rows.position()));
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

	/** Readings that may have been stored before: stored unless they were, answering those it stored. */
	private void insertOthers(List<Reading> others, Map<Long, List<RuleEvaluator.Point>> stored) {
		int n = others.size();
		long[] deviceIds = new long[n];
		long[] micros = new long[n];
		double[] values = new double[n];
		for (int i = 0; i < n; i++) {
			Reading reading = others.get(i);
			deviceIds[i] = reading.device().id();
			micros[i] = micros(reading.ts());
			values[i] = reading.value();
		}
		jdbc.sql("""
				insert into cityops.reading (device_id, ts, value)
				select d, %s, v from unnest(cast(:d as bigint[]), cast(:us as bigint[]), cast(:v as float8[])) as r(d, us, v)
				on conflict do nothing
				returning device_id, ts, value
				""".formatted(EPOCH.formatted("us")))
			.param("d", deviceIds)
			.param("us", micros)
			.param("v", values)
			.query(rs -> {
				stored.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
					.add(new RuleEvaluator.Point(rs.getObject(2, OffsetDateTime.class).toInstant(), rs.getDouble(3)));
			});
	}

	private static Instant instant(long micros) {
		return Instant.ofEpochSecond(Math.floorDiv(micros, 1_000_000L), Math.floorMod(micros, 1_000_000L) * 1_000L);
	}

	private Map<Long, RuleEvaluator.State> states(Map<Long, List<RuleEvaluator.Point>> stored,
			Map<Long, Instant> evaluatedUntil) {
		Map<Long, RuleEvaluator.State> states = new HashMap<>();
		for (Long id : stored.keySet()) {
			RuleEvaluator.State state = new RuleEvaluator.State();
			state.evaluatedUntil = evaluatedUntil.get(id);
			states.put(id, state);
		}
		long[] ids = stored.keySet().stream().mapToLong(Long::longValue).toArray();
		jdbc.sql("select device_id, rule_id, since from cityops.rule_state where device_id = any(cast(:ids as bigint[]))")
			.param("ids", ids)
			.query(rs -> {
				states.get(rs.getLong(1)).since.put(rs.getLong(2), rs.getObject(3, OffsetDateTime.class).toInstant());
			});
		jdbc.sql("""
				select id, device_id, family, severity from cityops.alarm
				where state = 'ACTIVE' and device_id = any(cast(:ids as bigint[]))
				""").param("ids", ids).query(rs -> {
			states.get(rs.getLong(2)).active.put(rs.getString(3),
					new RuleEvaluator.Active(rs.getLong(1), AlarmSeverity.valueOf(rs.getString(4))));
		});
		return states;
	}

	private void writeConditions(List<long[]> cleared, List<long[]> set) {
		if (!cleared.isEmpty()) {
			jdbc.sql("""
					delete from cityops.rule_state where (device_id, rule_id) in
					    (select d, r from unnest(cast(:d as bigint[]), cast(:r as bigint[])) as x(d, r))
					""")
				.param("d", cleared.stream().mapToLong(c -> c[0]).toArray())
				.param("r", cleared.stream().mapToLong(c -> c[1]).toArray())
				.update();
		}
		if (!set.isEmpty()) {
			jdbc.sql("""
					insert into cityops.rule_state (device_id, rule_id, since)
					select d, r, %s from unnest(cast(:d as bigint[]), cast(:r as bigint[]), cast(:us as bigint[])) as x(d, r, us)
					on conflict (device_id, rule_id) do update set since = excluded.since
					""".formatted(EPOCH.formatted("us")))
				.param("d", set.stream().mapToLong(c -> c[0]).toArray())
				.param("r", set.stream().mapToLong(c -> c[1]).toArray())
				.param("us", set.stream().mapToLong(c -> c[2]).toArray())
				.update();
		}
	}

	static long micros(Instant ts) {
		return Math.addExact(Math.multiplyExact(ts.getEpochSecond(), 1_000_000L), ts.getNano() / 1_000);
	}

}
