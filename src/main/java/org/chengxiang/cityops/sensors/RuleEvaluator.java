package org.chengxiang.cityops.sensors;

import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.chengxiang.cityops.AlarmSeverity;

/**
 * Evaluates a device's new readings, oldest first, against its type's rules. It keeps, per rule, since when the
 * condition holds, so that "above X for N minutes" works across batches; per family it raises one alarm, raises
 * its severity when a higher rule is met, and clears it when no condition of the family holds any more.
 */
final class RuleEvaluator {

	static final String SILENCE = "SILENCE";

	private RuleEvaluator() {
	}

	/** A reading. */
	record Point(Instant ts, double value) {
	}

	/** An active alarm of the device. */
	record Active(long id, AlarmSeverity severity) {
	}

	/** Where the evaluation's decisions go: the alarm store. */
	interface AlarmSink {

		/** A family's first rule met: a new alarm; answers its id. */
		long raise(DeviceInfo device, Rule rule, Point reading, Instant since);

		/** A higher rule of the family met while its alarm is active. */
		void raiseSeverity(long alarmId, DeviceInfo device, Rule rule, Point reading, Instant since);

		/** No condition of the family holds any more, or data arrived again after a silence. */
		void clear(long alarmId, DeviceInfo device, String family, Point reading);

	}

	/** One device's condition state and active alarms; the evaluation updates it in place. */
	static final class State {

		final Map<Long, Instant> since = new HashMap<>();

		final Map<String, Active> active = new HashMap<>();

		/** Rules whose {@code since} changed (set or cleared), to be written back. */
		final Set<Long> changedRules = new HashSet<>();

		Instant evaluatedUntil;

	}

	/**
	 * Evaluates the readings, which must be sorted by timestamp; readings not newer than what was evaluated
	 * before are late and only stored. Answers how many readings were evaluated.
	 */
	static int evaluate(DeviceInfo device, List<Rule> rules, State state, List<Point> readings, AlarmSink sink) {
		if (readings.isEmpty()) {
			return 0;
		}
		Active silence = state.active.remove(SILENCE);
		if (silence != null) {
			sink.clear(silence.id(), device, SILENCE, readings.get(readings.size() - 1));
		}
		int evaluated = 0;
		for (Point reading : readings) {
			if (state.evaluatedUntil != null && !reading.ts().isAfter(state.evaluatedUntil)) {
				continue;
			}
			evaluated++;
			state.evaluatedUntil = reading.ts();
			for (Rule rule : rules) {
				Instant since = state.since.get(rule.id());
				if (rule.holds(reading.value())) {
					if (since == null) {
						state.since.put(rule.id(), reading.ts());
						state.changedRules.add(rule.id());
					}
				}
				else if (since != null) {
					state.since.remove(rule.id());
					state.changedRules.add(rule.id());
				}
			}
			for (Rule.Comparison comparison : Rule.Comparison.values()) {
				decide(device, rules, comparison, state, reading, sink);
			}
		}
		return evaluated;
	}

	private static void decide(DeviceInfo device, List<Rule> rules, Rule.Comparison comparison, State state,
			Point reading, AlarmSink sink) {
		String family = comparison.name();
		Rule met = null;
		boolean anyHolds = false;
		for (Rule rule : rules) {
			if (rule.comparison() != comparison) {
				continue;
			}
			Instant since = state.since.get(rule.id());
			if (since == null) {
				continue;
			}
			anyHolds = true;
			if (rule.metAt(since, reading.ts()) && (met == null || rule.severity().compareTo(met.severity()) > 0)) {
				met = rule;
			}
		}
		Active active = state.active.get(family);
		if (met != null) {
			if (active == null) {
				long id = sink.raise(device, met, reading, state.since.get(met.id()));
				state.active.put(family, new Active(id, met.severity()));
			}
			else if (met.severity().compareTo(active.severity()) > 0) {
				sink.raiseSeverity(active.id(), device, met, reading, state.since.get(met.id()));
				state.active.put(family, new Active(active.id(), met.severity()));
			}
		}
		else if (active != null && !anyHolds) {
			sink.clear(active.id(), device, family, reading);
			state.active.remove(family);
		}
	}

}
