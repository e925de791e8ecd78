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
import java.util.TreeMap;

import org.chengxiang.cityops.AlarmSeverity;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
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

	private static final String EPOCH = "timestamptz '1970-01-01 00:00:00+00' + %s * interval '1 microsecond'";

	private final JdbcClient jdbc;

	private final TransactionTemplate transactions;

	private final Alarms alarms;

	private final Clock clock;

	TelemetryIngestion(JdbcClient jdbc, TransactionTemplate transactions, Alarms alarms, Clock clock) {
		this.jdbc = jdbc;
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
		return transactions.execute(status -> storeAndEvaluate(readings));
	}

	private Outcome storeAndEvaluate(List<Reading> readings) {
		TreeMap<Long, DeviceInfo> devices = new TreeMap<>();
		int n = readings.size();
		long[] deviceIds = new long[n];
		long[] micros = new long[n];
		double[] values = new double[n];
		for (int i = 0; i < n; i++) {
			Reading reading = readings.get(i);
			devices.putIfAbsent(reading.device().id(), reading.device());
			deviceIds[i] = reading.device().id();
			micros[i] = micros(reading.ts());
			values[i] = reading.value();
		}
		long[] ids = devices.keySet().stream().mapToLong(Long::longValue).toArray();

		// one batch of a device at a time: the status rows, locked in id order
		Map<Long, Instant> evaluatedUntil = new HashMap<>();
		jdbc.sql("""
				select device_id, evaluated_until from cityops.device_status
				where device_id = any(cast(:ids as bigint[])) order by device_id for update
				""").param("ids", ids).query(rs -> {
			OffsetDateTime until = rs.getObject(2, OffsetDateTime.class);
			evaluatedUntil.put(rs.getLong(1), until == null ? null : until.toInstant());
		});

		Map<Long, List<RuleEvaluator.Point>> stored = new HashMap<>();
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

		Map<String, List<Rule>> rules = stored.isEmpty() ? Map.of() : Rules.activeByType(jdbc);
		Map<Long, RuleEvaluator.State> states = stored.isEmpty() ? Map.of() : states(stored, evaluatedUntil);
		int evaluated = 0;
		long[] lastTs = new long[ids.length];
		double[] lastValue = new double[ids.length];
		long[] until = new long[ids.length];
		List<long[]> cleared = new ArrayList<>();
		List<long[]> set = new ArrayList<>();
		for (int i = 0; i < ids.length; i++) {
			long id = ids[i];
			lastTs[i] = NONE;
			until[i] = NONE;
			List<RuleEvaluator.Point> points = stored.get(id);
			if (points == null) {
				continue;
			}
			points.sort(Comparator.comparing(RuleEvaluator.Point::ts));
			RuleEvaluator.Point last = points.get(points.size() - 1);
			lastTs[i] = micros(last.ts());
			lastValue[i] = last.value();
			DeviceInfo device = devices.get(id);
			RuleEvaluator.State state = states.get(id);
			evaluated += RuleEvaluator.evaluate(device, rules.getOrDefault(device.typeCode(), List.of()), state, points,
					alarms);
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
		int storedCount = stored.values().stream().mapToInt(List::size).sum();
		return new Outcome(n, storedCount, evaluated);
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
