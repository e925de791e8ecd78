package org.chengxiang.cityops.sensors;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

import org.chengxiang.cityops.AlarmSeverity;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.support.TransactionTemplate;

import static org.chengxiang.cityops.sensors.ReadingStore.EPOCH;
import static org.chengxiang.cityops.sensors.ReadingStore.micros;

/**
 * Where every reading goes in, from HTTP batches, MQTT and the simulator alike: one transaction per batch that
 * stores the readings (a re-delivered reading is stored once, by its primary key), then evaluates the rules for
 * the readings it actually stored, oldest first per device. The device's status row is locked first, in device
 * order, so that two batches of one device are evaluated one after the other and never deadlock.
 */
@Service
class TelemetryIngestion {

	/** No time: a device never stored a reading, or the batch changes nothing of it. */
	private static final long NONE = Long.MIN_VALUE;

	private static final Comparator<Reading> BY_DEVICE_AND_TIME = Comparator
		.comparingLong((Reading reading) -> reading.device().id())
		.thenComparing(Reading::ts);

	private final JdbcClient jdbc;

	private final TransactionTemplate transactions;

	private final ReadingStore store;

	private final Alarms alarms;

	private final Clock clock;

	TelemetryIngestion(JdbcClient jdbc, TransactionTemplate transactions, ReadingStore store, Alarms alarms,
			Clock clock) {
		this.jdbc = jdbc;
		this.transactions = transactions;
		this.store = store;
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
		List<Reading> readings = inDeviceAndTimeOrder(batch);
		SortedMap<Long, DeviceInfo> devices = devicesOf(readings);
		Map<Long, Locked> locked = lockStatuses(devices);
		Map<Long, List<RuleEvaluator.Point>> stored = store.storeOnce(split(readings, locked), transaction);
		Evaluation evaluation = evaluate(devices, stored, locked);
		writeConditions(evaluation.conditions());
		updateStatuses(evaluation.statuses());
		// the alarms last: raising one takes the case side's lock on its case class until the commit
		evaluation.alarms().replay(alarms);
		int storedCount = stored.values().stream().mapToInt(List::size).sum();
		return new Outcome(batch.size(), storedCount, evaluation.evaluated());
	}

	/**
	 * The batch by device, then time; the sort is stable, so of two entries with the same device and time the first
	 * comes first, and is kept, as "on conflict do nothing" keeps the first.
	 */
	private static List<Reading> inDeviceAndTimeOrder(List<Reading> batch) {
		List<Reading> readings = new ArrayList<>(batch);
		readings.sort(BY_DEVICE_AND_TIME);
		return readings;
	}

	private static SortedMap<Long, DeviceInfo> devicesOf(List<Reading> readings) {
		SortedMap<Long, DeviceInfo> devices = new TreeMap<>();
		for (Reading reading : readings) {
			devices.putIfAbsent(reading.device().id(), reading.device());
		}
		return devices;
	}

	/**
	 * A device's status row, locked for the batch.
	 *
	 * @param evaluatedUntil the newest reading the rules were evaluated for, or {@code null}
	 * @param lastStored the newest stored reading, in micros, or {@link #NONE}
	 */
	private record Locked(Instant evaluatedUntil, long lastStored) {

		/** Whether a reading at {@code micros} is newer than every stored reading of the device. */
		boolean isNewest(long micros) {
			return lastStored == NONE || micros > lastStored;
		}

	}

	/** One batch of a device at a time: its status row, locked in id order. */
	private Map<Long, Locked> lockStatuses(SortedMap<Long, DeviceInfo> devices) {
		Map<Long, Locked> locked = new HashMap<>();
		jdbc.sql("""
				select device_id, evaluated_until, last_ts from cityops.device_status
				where device_id = any(cast(:ids as bigint[])) order by device_id for update
				""").param("ids", ids(devices)).query(rs -> {
			OffsetDateTime until = rs.getObject(2, OffsetDateTime.class);
			OffsetDateTime last = rs.getObject(3, OffsetDateTime.class);
			locked.put(rs.getLong(1), new Locked(until == null ? null : until.toInstant(),
					last == null ? NONE : micros(last.toInstant())));
		});
		return locked;
	}

	/**
	 * The distinct readings, split: those newer than the newest stored reading of their (locked) device cannot be
	 * stored yet and go in by COPY, all of them; the others (late or re-delivered) go in one by one, skipping those
	 * stored before.
	 */
	private static ReadingStore.Split split(List<Reading> readings, Map<Long, Locked> locked) {
		List<ReadingStore.Row> newest = new ArrayList<>(readings.size());
		List<ReadingStore.Row> others = new ArrayList<>();
		long previousDevice = NONE;
		long previousMicros = NONE;
		Locked status = null;
		for (Reading reading : readings) {
			long device = reading.device().id();
			long us = micros(reading.ts());
			if (device == previousDevice && us == previousMicros) {
				continue; // the same reading twice in one batch: the first counts
			}
			if (device != previousDevice) {
				status = locked.get(device);
			}
			previousDevice = device;
			previousMicros = us;
			ReadingStore.Row row = new ReadingStore.Row(device, us, reading.value());
			(status != null && status.isNewest(us) ? newest : others).add(row);
		}
		return new ReadingStore.Split(newest, others);
	}

	/**
	 * What the batch leaves in a device's status row.
	 *
	 * @param lastTs its newest reading stored now, in micros, or {@link #NONE} (then it was only seen)
	 * @param evaluatedUntil the newest reading evaluated, in micros, or {@link #NONE}
	 */
	private record StatusChange(long device, long lastTs, double lastValue, long evaluatedUntil) {

		static StatusChange seen(long device) {
			return new StatusChange(device, NONE, 0, NONE);
		}

	}

	/** A rule's condition of a device that began to hold ({@code since}) or stopped ({@code since} {@link #NONE}). */
	private record Condition(long device, long rule, long since) {
	}

	private record Evaluation(int evaluated, List<StatusChange> statuses, List<Condition> conditions,
			DeferredAlarms alarms) {
	}

	/**
	 * The rules, for the readings stored now, device by device in id order; their alarm decisions are held back.
	 */
	private Evaluation evaluate(SortedMap<Long, DeviceInfo> devices, Map<Long, List<RuleEvaluator.Point>> stored,
			Map<Long, Locked> locked) {
		Map<String, List<Rule>> rules = stored.isEmpty() ? Map.of() : Rules.activeByType(jdbc);
		Map<Long, RuleEvaluator.State> states = stored.isEmpty() ? Map.of() : states(stored, locked);
		List<StatusChange> statuses = new ArrayList<>(devices.size());
		List<Condition> conditions = new ArrayList<>();
		DeferredAlarms deferred = new DeferredAlarms();
		int evaluated = 0;
		for (DeviceInfo device : devices.values()) {
			List<RuleEvaluator.Point> points = stored.get(device.id());
			if (points == null) {
				statuses.add(StatusChange.seen(device.id()));
				continue;
			}
			RuleEvaluator.State state = states.get(device.id());
			evaluated += RuleEvaluator.evaluate(device, rules.getOrDefault(device.typeCode(), List.of()), state,
					points, deferred);
			RuleEvaluator.Point newest = points.get(points.size() - 1);
			statuses.add(new StatusChange(device.id(), micros(newest.ts()), newest.value(),
					state.evaluatedUntil == null ? NONE : micros(state.evaluatedUntil)));
			for (long rule : state.changedRules) {
				Instant since = state.since.get(rule);
				conditions.add(new Condition(device.id(), rule, since == null ? NONE : micros(since)));
			}
		}
		return new Evaluation(evaluated, statuses, conditions, deferred);
	}

	/** The condition states and active alarms of the devices with readings stored now. */
	private Map<Long, RuleEvaluator.State> states(Map<Long, List<RuleEvaluator.Point>> stored,
			Map<Long, Locked> locked) {
		Map<Long, RuleEvaluator.State> states = new HashMap<>();
		for (Long id : stored.keySet()) {
			RuleEvaluator.State state = new RuleEvaluator.State();
			Locked status = locked.get(id);
			state.evaluatedUntil = status == null ? null : status.evaluatedUntil();
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

	/** The conditions that began or stopped to hold: one statement each way for the whole batch. */
	private void writeConditions(List<Condition> conditions) {
		List<Condition> cleared = conditions.stream().filter(c -> c.since() == NONE).toList();
		List<Condition> set = conditions.stream().filter(c -> c.since() != NONE).toList();
		if (!cleared.isEmpty()) {
			jdbc.sql("""
					delete from cityops.rule_state where (device_id, rule_id) in
					    (select d, r from unnest(cast(:d as bigint[]), cast(:r as bigint[])) as x(d, r))
					""")
				.param("d", cleared.stream().mapToLong(Condition::device).toArray())
				.param("r", cleared.stream().mapToLong(Condition::rule).toArray())
				.update();
		}
		if (!set.isEmpty()) {
			jdbc.sql("""
					insert into cityops.rule_state (device_id, rule_id, since)
					select d, r, %s from unnest(cast(:d as bigint[]), cast(:r as bigint[]), cast(:us as bigint[])) as x(d, r, us)
					on conflict (device_id, rule_id) do update set since = excluded.since
					""".formatted(EPOCH.formatted("us")))
				.param("d", set.stream().mapToLong(Condition::device).toArray())
				.param("r", set.stream().mapToLong(Condition::rule).toArray())
				.param("us", set.stream().mapToLong(Condition::since).toArray())
				.update();
		}
	}

	/**
	 * Every device of the batch was seen now; those with readings stored now also get their newest reading (unless
	 * a newer one is there) and how far their rules got. One statement for the batch.
	 */
	private void updateStatuses(List<StatusChange> changes) {
		int n = changes.size();
		long[] devices = new long[n];
		long[] lastTs = new long[n];
		double[] lastValue = new double[n];
		long[] until = new long[n];
		for (int i = 0; i < n; i++) {
			StatusChange change = changes.get(i);
			devices[i] = change.device();
			lastTs[i] = change.lastTs();
			lastValue[i] = change.lastValue();
			until[i] = change.evaluatedUntil();
		}
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
			.param("d", devices)
			.param("lu", lastTs)
			.param("lv", lastValue)
			.param("eu", until)
			.update();
	}

	private static long[] ids(SortedMap<Long, DeviceInfo> devices) {
		return devices.keySet().stream().mapToLong(Long::longValue).toArray();
	}

}
