package org.chengxiang.cityops.cases;

import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.chengxiang.platform.security.Scope;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import tools.jackson.databind.node.ObjectNode;

/**
 * What the rest of city operations (the dashboard, the wall, the map, the home page) asks about city-management
 * cases: counts by status, class, tab and grid cell, the cases reported per hour or day, where open cases lie, the
 * case an alarm opened and the month's bulletin. Every answer is within the scope given.
 */
@Service
@Transactional(readOnly = true)
public class CaseBoard {

	private final CaseQueries queries;

	private final Evaluation evaluation;

	private final JdbcClient jdbc;

	CaseBoard(CaseQueries queries, Evaluation evaluation, JdbcClient jdbc) {
		this.queries = queries;
		this.evaluation = evaluation;
		this.jdbc = jdbc;
	}

	/** Cases by status and class. */
	public List<CaseCount> counts(Scope scope) {
		return queries.counts(scope);
	}

	/** How many cases a tab of the case list holds. */
	public long count(Scope scope, CaseTab tab) {
		return queries.count(scope, tab);
	}

	/** Open cases per grid cell id. */
	public Map<Long, Integer> openCasesByCell(Scope scope) {
		return queries.openCasesByCell(scope);
	}

	/** The grid as a GeoJSON FeatureCollection: each cell with its officers and open cases. */
	public ObjectNode gridCells(Scope scope) {
		return queries.gridCells(scope);
	}

	/**
	 * Cases reported per hour or per day (Beijing time) since {@code from}: bucket start → count; empty buckets are
	 * left out.
	 *
	 * @param unit {@code hour} or {@code day}
	 */
	public Map<Instant, Integer> reportedPer(Scope scope, Instant from, String unit) {
		return queries.reportedPer(scope, from, unit);
	}

	/** The open cases, newest first, at most {@code limit}. */
	public List<CaseSpot> openSpots(Scope scope, int limit) {
		return queries.openSpots(scope, limit);
	}

	/** Cases whose number is the text or whose description holds it (the place a reporter wrote), newest first. */
	public List<CaseSpot> findByPlace(Scope scope, String text, int limit) {
		return queries.findByPlace(scope, text, limit);
	}

	/** The month's bulletin. */
	public Bulletin bulletin(YearMonth month, Scope scope) {
		return evaluation.bulletin(month, scope);
	}

	/** The case an alarm opened or was linked to. */
	public Optional<CaseRef> caseOfAlarm(long alarmId) {
		return jdbc.sql("""
				select c.id, c.number, c.status from cityops.case_alarm a join cityops.city_case c on c.id = a.case_id
				where a.alarm_id = :alarm
				""")
			.param("alarm", alarmId)
			.query((rs, n) -> new CaseRef(rs.getLong(1), rs.getString(2), CaseStatus.valueOf(rs.getString(3))))
			.optional();
	}

}
