package org.chengxiang.cityops.cases;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.chengxiang.cityops.grid.GridLocator;
import org.chengxiang.directory.GridCellSummary;
import org.chengxiang.platform.security.Scope;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import static org.chengxiang.cityops.cases.CaseScope.VISIBLE;
import static org.chengxiang.cityops.cases.CaseScope.scoped;

/**
 * What the rest of city operations (the dashboard, the wall, the map, the home page) asks about city-management
 * cases: counts by status, class, tab and grid cell, the cases reported per hour or day, where open cases lie, the
 * case an alarm opened and the month's bulletin. Every answer is within the scope given.
 */
@Service
@Transactional(readOnly = true)
public class CaseBoard {

	private final CaseLists lists;

	private final Evaluation evaluation;

	private final GridLocator locator;

	private final GridOfficers officers;

	private final JsonMapper json;

	private final JdbcClient jdbc;

	private final Clock clock;

	CaseBoard(CaseLists lists, Evaluation evaluation, GridLocator locator, GridOfficers officers, JsonMapper json,
			JdbcClient jdbc, Clock clock) {
		this.lists = lists;
		this.evaluation = evaluation;
		this.locator = locator;
		this.officers = officers;
		this.json = json;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** How many cases a tab of the case list holds. */
	public long count(Scope scope, CaseTab tab) {
		return lists.count(scope, tab);
	}

	/**
	 * Cases whose number is the text or whose description (where the reporter wrote the place: 铁西社区 3 号楼南侧
	 * …) holds it, newest first, within scope: what a map's search finds by address.
	 */
	public List<CaseSpot> findByPlace(Scope scope, String text, int limit) {
		String needle = text == null ? "" : text.strip();
		if (needle.isEmpty()) {
			return List.of();
		}
		String like = "%" + needle.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
		return scoped(jdbc.sql(SPOT + " where " + VISIBLE
				+ " and (c.number = :number or c.description ilike :like) order by c.id desc limit :size"), scope)
			.param("number", needle)
			.param("like", like)
			.param("size", Math.max(1, Math.min(limit, CaseLists.MAX_PAGE)))
			.query(CaseBoard::spot)
			.list();
	}

	/** The open cases on the map, newest first, within scope. */
	public List<CaseSpot> openSpots(Scope scope, int limit) {
		return scoped(jdbc.sql(SPOT + " where " + VISIBLE
				+ " and c.status not in ('CLOSED', 'REJECTED') order by c.id desc limit :size"), scope)
			.param("size", Math.max(1, Math.min(limit, 500)))
			.query(CaseBoard::spot)
			.list();
	}

	private static final String SPOT = """
			select c.id, c.number, c.class_code, k.name as class_name, c.status, c.description, c.longitude, c.latitude
			from cityops.city_case c join cityops.case_class k on k.code = c.class_code
			""";

	private static CaseSpot spot(ResultSet rs, int n) throws SQLException {
		String description = rs.getString("description");
		return new CaseSpot(rs.getLong("id"), rs.getString("number"), rs.getString("class_code"), rs.getString("class_name"),
				rs.getString("status"), description.length() > 60 ? description.substring(0, 60) + "…" : description,
				rs.getDouble("longitude"), rs.getDouble("latitude"));
	}

	/**
	 * Cases reported per hour or per day (Beijing time) since {@code from}, within scope: bucket start → count;
	 * empty buckets are left out.
	 */
	public Map<Instant, Integer> reportedPer(Scope scope, Instant from, String unit) {
		if (!"hour".equals(unit) && !"day".equals(unit)) {
			throw new IllegalArgumentException("unit must be hour or day");
		}
		Map<Instant, Integer> counts = new java.util.TreeMap<>();
		scoped(jdbc.sql("""
				select date_trunc(:unit, c.reported_at at time zone :zone) at time zone :zone, count(*)
				from cityops.city_case c where %s and c.reported_at >= :from group by 1
				""".formatted(VISIBLE)), scope)
			.param("unit", unit)
			.param("zone", clock.getZone().getId())
			.param("from", Timestamp.from(from))
			.query(rs -> {
				counts.put(rs.getTimestamp(1).toInstant(), rs.getInt(2));
			});
		return counts;
	}

	/** Open cases per grid cell, within scope. */
	public Map<Long, Integer> openCasesByCell(Scope scope) {
		Map<Long, Integer> counts = new LinkedHashMap<>();
		scoped(jdbc.sql("select c.grid_cell_id, count(*) from cityops.city_case c where " + VISIBLE
				+ " and c.status not in ('CLOSED', 'REJECTED') group by 1"), scope)
			.query((rs, n) -> counts.put(rs.getLong(1), rs.getInt(2)))
			.list();
		return counts;
	}

	/** Case counts by status and class, within scope. */
	public List<CaseCount> counts(Scope scope) {
		return scoped(jdbc.sql("""
				select c.status, c.class_code, k.name, count(*) from cityops.city_case c
				join cityops.case_class k on k.code = c.class_code where %s group by 1, 2, 3 order by 1, 2
				""".formatted(VISIBLE)), scope)
			.query((rs, n) -> new CaseCount(CaseStatus.valueOf(rs.getString(1)), rs.getString(2), rs.getString(3), rs.getLong(4)))
			.list();
	}

	/** The grid as a GeoJSON FeatureCollection: each cell with its officers and open cases (within scope). */
	public ObjectNode gridCells(Scope scope) {
		Map<Long, Integer> open = openCasesByCell(scope);
		Map<Long, List<String>> names = officers.namesByCell();
		ObjectNode collection = json.createObjectNode();
		collection.put("type", "FeatureCollection");
		ArrayNode features = collection.putArray("features");
		for (GridCellSummary cell : locator.cells()) {
			ObjectNode feature = features.addObject();
			feature.put("type", "Feature");
			feature.put("id", cell.id());
			ObjectNode properties = feature.putObject("properties");
			properties.put("id", cell.id());
			properties.put("code", cell.code());
			properties.put("name", cell.name());
			properties.put("divisionCode", cell.divisionCode());
			ArrayNode officerNames = properties.putArray("officers");
			names.getOrDefault(cell.id(), List.of()).forEach(officerNames::add);
			properties.put("openCases", open.getOrDefault(cell.id(), 0));
			feature.set("geometry", json.readTree(cell.geojson()));
		}
		return collection;
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
