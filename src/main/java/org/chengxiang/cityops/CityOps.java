package org.chengxiang.cityops;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.chengxiang.cityops.cases.CaseQueries;
import org.chengxiang.cityops.cases.CaseStatus;
import org.chengxiang.platform.security.Scope;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the rest of the platform (and the operations dashboard) asks about city-management cases: counts by
 * status and class, open cases per grid cell, and the case an alarm opened. Every answer is within the scope given.
 */
@Service
@Transactional(readOnly = true)
public class CityOps {

	private final CaseQueries queries;

	private final JdbcClient jdbc;

	CityOps(CaseQueries queries, JdbcClient jdbc) {
		this.queries = queries;
		this.jdbc = jdbc;
	}

	/** Cases by status and class. */
	public List<CaseCount> caseCounts(Scope scope) {
		return queries.counts(scope)
			.stream()
			.map(c -> new CaseCount(c.status(), CaseStatus.valueOf(c.status()).label(), c.classCode(), c.className(),
					c.count()))
			.toList();
	}

	/** Open cases per grid cell id. */
	public Map<Long, Integer> openCasesByCell(Scope scope) {
		return queries.openCasesByCell(scope);
	}

	/** The case an alarm opened or was linked to. */
	public Optional<CaseRef> caseOfAlarm(long alarmId) {
		return jdbc.sql("""
				select c.id, c.number, c.status from cityops.case_alarm a join cityops.city_case c on c.id = a.case_id
				where a.alarm_id = :alarm
				""")
			.param("alarm", alarmId)
			.query((rs, n) -> new CaseRef(rs.getLong(1), rs.getString(2), rs.getString(3),
					CaseStatus.valueOf(rs.getString(3)).label()))
			.optional();
	}

}
