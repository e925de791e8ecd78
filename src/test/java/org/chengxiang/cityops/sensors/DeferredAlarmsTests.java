package org.chengxiang.cityops.sensors;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class DeferredAlarmsTests {

	static final Instant T0 = Instant.parse("2026-07-01T00:00:00Z");

	@Test
	void deferredDecisionsReachTheAlarmsInOrderWithTheRealIds() {
		DeferredAlarms deferred = new DeferredAlarms();
		Rule warning = RuleEvaluatorTests.RULES.get(0);
		Rule severe = RuleEvaluatorTests.RULES.get(1);
		RuleEvaluator.Point p1 = new RuleEvaluator.Point(T0, 0.6);
		RuleEvaluator.Point p2 = new RuleEvaluator.Point(T0.plusSeconds(60), 1.2);
		RuleEvaluator.Point p3 = new RuleEvaluator.Point(T0.plusSeconds(120), 0.1);
		long first = deferred.raise(RuleEvaluatorTests.DEVICE, warning, p1, T0);
		deferred.raiseSeverity(first, RuleEvaluatorTests.DEVICE, severe, p2, T0);
		deferred.clear(first, RuleEvaluatorTests.DEVICE, "ABOVE", p3);
		deferred.clear(77, RuleEvaluatorTests.DEVICE, RuleEvaluator.SILENCE, p3);
		long second = deferred.raise(RuleEvaluatorTests.DEVICE, warning, p3, T0);
		deferred.clear(second, RuleEvaluatorTests.DEVICE, "ABOVE", p3);

		Recorder target = new Recorder(500);
		assertThat(target.log).as("nothing happens before the replay").isEmpty();
		deferred.replay(target);
		assertThat(target.log).containsExactly("raise E-0405 WARNING → 500", "severity 500 SEVERE",
				"clear E-0405 500 ABOVE", "clear E-0405 77 SILENCE", "raise E-0405 WARNING → 501", "clear E-0405 501 ABOVE");
	}


	@Test
	void raisesAreReplayedInCaseClassOrderSoThatTwoBatchesTakeTheClassLocksInOneOrder() {
		DeviceInfo drain = RuleEvaluatorTests.DEVICE; // class E-0405
		DeviceInfo cover = new DeviceInfo(3, "JG-001", "建设路井盖", "COVER_TILT", "井盖倾角", "°", "A-0101", 1, 122.5,
				40.6, 60, true, "GW-TEST");
		Rule warning = RuleEvaluatorTests.RULES.get(0);
		RuleEvaluator.Point p1 = new RuleEvaluator.Point(T0, 0.6);
		RuleEvaluator.Point p2 = new RuleEvaluator.Point(T0.plusSeconds(60), 0.1);
		DeferredAlarms deferred = new DeferredAlarms();
		long drainAlarm = deferred.raise(drain, warning, p1, T0);
		deferred.clear(drainAlarm, drain, "ABOVE", p2);
		deferred.raise(cover, warning, p1, T0);
		deferred.clear(12, cover, "ABOVE", p2);

		Recorder target = new Recorder(900);
		deferred.replay(target);
		assertThat(target.log).containsExactly("raise A-0101 WARNING → 900", "clear A-0101 12 ABOVE",
				"raise E-0405 WARNING → 901", "clear E-0405 901 ABOVE");
	}

	/** The alarm side, writing down what reaches it and numbering the alarms it raises from {@code next}. */
	static final class Recorder implements RuleEvaluator.AlarmSink {

		final List<String> log = new ArrayList<>();

		private long next;

		Recorder(long next) {
			this.next = next;
		}

		@Override
		public long raise(DeviceInfo device, Rule rule, RuleEvaluator.Point reading, Instant since) {
			log.add("raise " + device.caseClassCode() + " " + rule.severity() + " → " + next);
			return next++;
		}

		@Override
		public void raiseSeverity(long alarmId, DeviceInfo device, Rule rule, RuleEvaluator.Point reading,
				Instant since) {
			log.add("severity " + alarmId + " " + rule.severity());
		}

		@Override
		public void clear(long alarmId, DeviceInfo device, String family, RuleEvaluator.Point reading) {
			log.add("clear " + device.caseClassCode() + " " + alarmId + " " + family);
		}

	}

}
