package org.chengxiang.cityops.dashboard;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.chengxiang.cityops.cases.Bulletin;
import org.chengxiang.cityops.cases.CaseBoard;
import org.chengxiang.cityops.cases.CaseSpot;
import org.chengxiang.cityops.sensors.SensorBoard;
import org.chengxiang.plan.ChapterLights;
import org.chengxiang.plan.PlanOverview;
import org.chengxiang.plan.PlanProgress;
import org.chengxiang.platform.security.Scope;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The operations centre's wall (一屏观全域 大屏): besides the dashboard's snapshot, the trends of cases and alarms by
 * hour over the last 24 hours and by day over the last 30 days, this month's bulletin rankings of departments and
 * townships, the sensors' health by kind, the plans' lights by chapter, and the open cases where they lie. All
 * within the viewer's scope; hours and days are Beijing time.
 */
@Service
@Transactional(readOnly = true)
class Wall {

	static final int HOURS = 24;

	static final int DAYS = 30;

	static final int RANKED = 8;

	static final int CASES_SHOWN = 300;

	private final CaseBoard cases;

	private final SensorBoard sensors;

	private final PlanProgress plans;

	private final Clock clock;

	Wall(CaseBoard cases, SensorBoard sensors, PlanProgress plans, Clock clock) {
		this.cases = cases;
		this.sensors = sensors;
		this.plans = plans;
		this.clock = clock;
	}

	Figures figures(Scope scope) {
		Instant now = clock.instant();
		ZoneId beijing = clock.getZone();
		ZonedDateTime hour = now.atZone(beijing).truncatedTo(ChronoUnit.HOURS);
		Instant fromHour = hour.minusHours(HOURS - 1).toInstant();
		LocalDate today = LocalDate.ofInstant(now, beijing);
		Instant fromDay = today.minusDays(DAYS - 1).atStartOfDay(beijing).toInstant();

		Map<Instant, Integer> casesByHour = cases.reportedPer(scope, fromHour, "hour");
		Map<Instant, Integer> alarmsByHour = sensors.raisedPer(scope, fromHour, "hour");
		List<Bucket> hours = new ArrayList<>();
		for (int i = 0; i < HOURS; i++) {
			Instant at = hour.minusHours(HOURS - 1 - i).toInstant();
			hours.add(new Bucket(at, casesByHour.getOrDefault(at, 0), alarmsByHour.getOrDefault(at, 0)));
		}
		Map<Instant, Integer> casesByDay = cases.reportedPer(scope, fromDay, "day");
		Map<Instant, Integer> alarmsByDay = sensors.raisedPer(scope, fromDay, "day");
		List<Bucket> days = new ArrayList<>();
		for (int i = 0; i < DAYS; i++) {
			Instant at = today.minusDays(DAYS - 1 - i).atStartOfDay(beijing).toInstant();
			days.add(new Bucket(at, casesByDay.getOrDefault(at, 0), alarmsByDay.getOrDefault(at, 0)));
		}

		YearMonth month = YearMonth.from(today);
		Bulletin bulletin = cases.bulletin(month, scope);
		List<Ranked> departments = bulletin.departments()
			.stream()
			.map(line -> new Ranked(line.name(), line.dispatched(), line.onTimeRate()))
			.sorted(BY_RATE)
			.limit(RANKED)
			.toList();
		List<Ranked> townships = bulletin.townships()
			.stream()
			.map(line -> new Ranked(line.name(), line.reported(), line.closureRate()))
			.sorted(BY_RATE)
			.limit(RANKED)
			.toList();

		List<PlanLights> lights = plans.activePlans()
			.stream()
			.map(plan -> new PlanLights(plan, plans.chapterLights(plan.planId())))
			.toList();
		return new Figures(now, hours, days, month.toString(), departments, townships, sensors.healthByKind(scope),
				lights, cases.openSpots(scope, CASES_SHOWN));
	}

	/** Highest rate first; those with nothing to rate yet last, the busier first. */
	private static final Comparator<Ranked> BY_RATE = Comparator
		.comparing((Ranked r) -> r.rate() == null ? -1 : r.rate())
		.reversed()
		.thenComparing(Comparator.comparingInt(Ranked::count).reversed());

	/** What the wall shows besides the dashboard's snapshot. */
	record Figures(Instant at, List<Bucket> hours, List<Bucket> days, String month, List<Ranked> departments,
			List<Ranked> townships, List<SensorBoard.KindHealth> sensorKinds, List<PlanLights> plans,
			List<CaseSpot> openCases) {
	}

	/** Cases reported and alarms raised in one hour or day, from {@code at}. */
	record Bucket(Instant at, int cases, int alarms) {
	}

	/**
	 * A line of a ranking: a department by its on-time handling rate over the cases dispatched to it, or a
	 * township by its closure rate over the cases reported in it (percent, null when nothing to rate).
	 */
	record Ranked(String name, int count, Double rate) {
	}

	/** A plan with its lights per chapter. */
	record PlanLights(PlanOverview plan, List<ChapterLights> chapters) {
	}

}
