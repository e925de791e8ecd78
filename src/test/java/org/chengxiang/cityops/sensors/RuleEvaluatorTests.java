package org.chengxiang.cityops.sensors;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.chengxiang.cityops.AlarmSeverity;

import static org.assertj.core.api.Assertions.assertThat;

class RuleEvaluatorTests {

	static final DeviceInfo DEVICE = new DeviceInfo(7, "YS-003", "建设路雨水井", "WATER_LEVEL", "排水点水位", "m", "E-0405",
			1, 122.5, 40.6, 60, true, "GW-TEST");

	static final List<Rule> RULES = List.of(
			new Rule(1, "WATER_LEVEL", Rule.Comparison.ABOVE, 0.5, 5, AlarmSeverity.WARNING, true, 0),
			new Rule(2, "WATER_LEVEL", Rule.Comparison.ABOVE, 1.0, 2, AlarmSeverity.SEVERE, true, 0));

	static final Instant T0 = Instant.parse("2026-07-01T00:00:00Z");

	final Sink sink = new Sink();

	final RuleEvaluator.State state = new RuleEvaluator.State();

	@Test
	void conditionMustLastItsDurationEvenAcrossBatches() {
		evaluate(0, 0.6, 3, 0.7);
		assertThat(sink.log).isEmpty();
		evaluate(5, 0.8);
		assertThat(sink.log).containsExactly("raise WARNING at 5");
	}

	@Test
	void aDipBelowTheThresholdRestartsTheDuration() {
		evaluate(0, 0.6, 3, 0.4, 4, 0.6, 8, 0.6);
		assertThat(sink.log).isEmpty();
		evaluate(9, 0.6);
		assertThat(sink.log).containsExactly("raise WARNING at 9");
	}

	@Test
	void aHigherRuleRaisesTheSameAlarmsSeverityAndRecoveryClearsIt() {
		evaluate(0, 0.6, 5, 1.1, 6, 1.2, 7, 1.3, 8, 0.9, 9, 0.45);
		assertThat(sink.log).containsExactly("raise WARNING at 5", "severity 1 SEVERE at 7", "clear 1 at 9");
		assertThat(state.active).isEmpty();
	}

	@Test
	void bothRulesMetByOneReadingRaiseOneAlarmAtTheHigherSeverity() {
		evaluate(0, 1.2, 5, 1.2);
		assertThat(sink.log).containsExactly("raise SEVERE at 5");
	}

	@Test
	void lateAndRepeatedReadingsAreNotEvaluatedAgain() {
		assertThat(evaluate(0, 0.6, 5, 0.7)).isEqualTo(2);
		assertThat(evaluate(4, 0.1, 5, 0.7)).isZero();
		assertThat(sink.log).containsExactly("raise WARNING at 5");
	}

	@Test
	void dataAfterASilenceClearsTheSilenceAlarm() {
		state.active.put(RuleEvaluator.SILENCE, new RuleEvaluator.Active(42, AlarmSeverity.WARNING));
		evaluate(0, 0.1);
		assertThat(sink.log).containsExactly("clear 42 at 0");
	}

	private int evaluate(double... minutesAndValues) {
		List<RuleEvaluator.Point> points = new ArrayList<>();
		for (int i = 0; i < minutesAndValues.length; i += 2) {
			points.add(new RuleEvaluator.Point(T0.plusSeconds((long) (minutesAndValues[i] * 60)), minutesAndValues[i + 1]));
		}
		return RuleEvaluator.evaluate(DEVICE, RULES, state, points, sink);
	}

	static final class Sink implements RuleEvaluator.AlarmSink {

		final List<String> log = new ArrayList<>();

		long next = 1;

		@Override
		public long raise(DeviceInfo device, Rule rule, RuleEvaluator.Point reading, Instant since) {
			log.add("raise " + rule.severity() + " at " + minute(reading));
			return next++;
		}

		@Override
		public void raiseSeverity(long alarmId, DeviceInfo device, Rule rule, RuleEvaluator.Point reading, Instant since) {
			log.add("severity " + alarmId + " " + rule.severity() + " at " + minute(reading));
		}

		@Override
		public void clear(long alarmId, DeviceInfo device, String family, RuleEvaluator.Point reading) {
			log.add("clear " + alarmId + " at " + minute(reading));
		}

		private static long minute(RuleEvaluator.Point reading) {
			return (reading.ts().getEpochSecond() - T0.getEpochSecond()) / 60;
		}

	}

}
