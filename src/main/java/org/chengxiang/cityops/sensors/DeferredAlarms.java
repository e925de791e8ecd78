package org.chengxiang.cityops.sensors;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The alarm decisions of a batch, held back until its readings and statuses are written, then replayed grouped by
 * case class (in class order), each device's decisions in the order they were taken: the same alarms, audit
 * entries and events in the same transaction, but the locks the listeners take (the case side locks a case class
 * to find duplicates) are held only from there to the commit, and taken in one order in every batch, which is what
 * keeps two batches with devices of two classes from deadlocking. A new alarm gets a provisional (negative) id until
 * it is inserted.
 */
final class DeferredAlarms implements RuleEvaluator.AlarmSink {

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
