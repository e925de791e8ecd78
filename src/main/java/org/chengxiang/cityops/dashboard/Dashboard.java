package org.chengxiang.cityops.dashboard;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.chengxiang.cityops.cases.CaseBoard;
import org.chengxiang.cityops.cases.CaseClassNames;
import org.chengxiang.cityops.cases.CaseCount;
import org.chengxiang.cityops.cases.CaseRef;
import org.chengxiang.cityops.cases.CaseStatus;
import org.chengxiang.cityops.sensors.SensorBoard;
import org.chengxiang.plan.PlanOverview;
import org.chengxiang.plan.PlanProgress;
import org.chengxiang.platform.security.Scope;
import org.chengxiang.platform.web.ReaderTexts;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The operations dashboard (一屏观全域): one snapshot of the city for a viewer's scope — cases by state and
 * class, open cases and active alarms per grid cell, sensor health, the active alarms and the case each opened,
 * and the progress of the active plans.
 */
@Service
@Transactional(readOnly = true)
class Dashboard {

	static final int ALARMS_SHOWN = 20;

	static final int CLASSES_SHOWN = 8;

	private final CaseBoard cases;

	private final SensorBoard sensors;

	private final PlanProgress plans;

	private final JdbcClient jdbc;

	private final CaseClassNames classNames;

	private final Clock clock;

	Dashboard(CaseBoard cases, SensorBoard sensors, PlanProgress plans, JdbcClient jdbc, CaseClassNames classNames,
			Clock clock) {
		this.cases = cases;
		this.classNames = classNames;
		this.sensors = sensors;
		this.plans = plans;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	Snapshot snapshot(Scope scope) {
		String version = version();
		List<CaseCount> counts = cases.counts(scope);
		Map<CaseStatus, Long> byStatus = new EnumMap<>(CaseStatus.class);
		for (CaseStatus status : CaseStatus.values()) {
			byStatus.put(status, 0L);
		}
		Map<String, ClassCount> byClass = new HashMap<>();
		long open = 0;
		for (CaseCount count : counts) {
			CaseStatus status = count.status();
			byStatus.merge(status, count.count(), Long::sum);
			if (status.isOpen()) {
				open += count.count();
				byClass.merge(count.classCode(), new ClassCount(count.classCode(), classNames.of(count.classCode(), count.className()), count.count()),
						(a, b) -> new ClassCount(a.code(), a.name(), a.open() + b.open()));
			}
		}
		List<StatusCount> statuses = byStatus.entrySet()
			.stream()
			.map(e -> new StatusCount(e.getKey().name(), ReaderTexts.of(e.getKey().text()), e.getValue()))
			.toList();
		List<ClassCount> classes = byClass.values()
			.stream()
			.sorted(Comparator.comparingLong(ClassCount::open).reversed().thenComparing(ClassCount::code))
			.limit(CLASSES_SHOWN)
			.toList();

		List<SensorBoard.AlarmRow> active = sensors.activeAlarms(scope, SensorBoard.MAX_PAGE);
		Map<Long, Integer> alarmsByCell = new HashMap<>();
		active.forEach(a -> alarmsByCell.merge(a.gridCellId(), 1, Integer::sum));
		Map<Long, Integer> casesByCell = cases.openCasesByCell(scope);
		Map<Long, CellState> cells = new LinkedHashMap<>();
		casesByCell.forEach((cell, n) -> cells.put(cell, new CellState(cell, n, 0)));
		alarmsByCell.forEach((cell, n) -> cells.merge(cell, new CellState(cell, 0, n),
				(a, b) -> new CellState(cell, a.openCases(), b.activeAlarms())));

		List<AlarmItem> alarms = new ArrayList<>();
		for (SensorBoard.AlarmRow row : active.subList(0, Math.min(ALARMS_SHOWN, active.size()))) {
			CaseRef ref = cases.caseOfAlarm(row.id()).orElse(null);
			alarms.add(new AlarmItem(row.id(), row.deviceCode(), row.deviceName(), row.typeName(), row.severity().name(),
					row.summary(), row.raisedAt(), row.acknowledgedBy() != null, row.escalatedAt() != null,
					row.longitude(), row.latitude(), ref == null ? null : ref.id(), ref == null ? null : ref.number()));
		}
		return new Snapshot(clock.instant(), version, open, statuses, classes, sensors.health(scope), active.size(),
				alarms, List.copyOf(cells.values()), plans.activePlans());
	}

	/**
	 * Changes whenever an alarm changes or a case takes a step: what the live board compares to decide whether to
	 * tell its viewers to refresh.
	 */
	String version() {
		Instant alarms = sensors.lastChange();
		Long steps = jdbc.sql("select max(id) from cityops.case_step").query(Long.class).optional().orElse(0L);
		return alarms.toEpochMilli() + "-" + (steps == null ? 0 : steps);
	}

	/** The dashboard's numbers at one moment. */
	record Snapshot(Instant at, String version, long openCases, List<StatusCount> casesByStatus,
			List<ClassCount> openCasesByClass, Map<String, Integer> sensorHealth, int activeAlarmCount,
			List<AlarmItem> activeAlarms, List<CellState> cells, List<PlanOverview> plans) {
	}

	/** A status's count; its label is worded in the reader's language, for the live page's script. */
	record StatusCount(String status, String label, long count) {
	}

	/** A class's open cases; its name is in the reader's language. */
	record ClassCount(String code, String name, long open) {
	}

	record CellState(long cellId, int openCases, int activeAlarms) {
	}

	record AlarmItem(long id, String deviceCode, String deviceName, String typeName, String severity, String summary,
			Instant raisedAt, boolean acknowledged, boolean escalated, double longitude, double latitude, Long caseId,
			String caseNumber) {
	}

}
