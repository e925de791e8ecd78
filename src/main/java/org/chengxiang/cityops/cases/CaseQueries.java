package org.chengxiang.cityops.cases;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.chengxiang.cityops.grid.GridLocator;
import org.chengxiang.directory.GridCellSummary;
import org.chengxiang.platform.security.CurrentUser;
import org.chengxiang.platform.security.Role;
import org.chengxiang.platform.security.Scope;
import org.chengxiang.platform.domain.NoSuchRecord;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Reads cases within the user's scope: the operations centre, the supervision office and administrators see
 * every case; a department's staff the cases dispatched to it; a grid officer the cases in their cells and those
 * they reported; a resident what they reported. Lists page by keyset (newest first).
 */
@Service
@Transactional(readOnly = true)
class CaseQueries {

	public static final int MAX_PAGE = 100;

	/** The scope as query parameters: the restriction is part of the query, never spliced SQL. */
	private static final String VISIBLE = """
			(:seesAll or c.department_id = :scopeDepartment
			 or (:officer and (c.reporter_user_id = :scopeUser or exists (select 1 from cityops.grid_officer o
			     where o.grid_cell_id = c.grid_cell_id and o.user_id = :scopeUser)))
			 or (:resident and c.reporter_user_id = :scopeUser))
			""";

	private static final String ROW = """
			select c.id, c.number, c.class_code, k.name as class_name, c.status, c.source, c.description, c.grid_cell_id,
			    c.department_id, c.reported_at, c.due_at, c.handling_due_at, c.last_action_at, c.extension_until
			from cityops.city_case c join cityops.case_class k on k.code = c.class_code
			""";

	private final JdbcClient jdbc;

	private final DepartmentCodes departments;

	private final GridLocator locator;

	private final GridOfficers officers;

	private final CaseProperties properties;

	private final JsonMapper json;

	private final CasePeople people;

	private final Clock clock;

	CaseQueries(JdbcClient jdbc, DepartmentCodes departments, GridLocator locator, GridOfficers officers,
			CaseProperties properties, JsonMapper json, CasePeople people, Clock clock) {
		this.jdbc = jdbc;
		this.departments = departments;
		this.locator = locator;
		this.officers = officers;
		this.properties = properties;
		this.json = json;
		this.people = people;
		this.clock = clock;
	}

	/** A page of a tab, newest first, before {@code beforeId}; optionally one class or department. */
	public List<Row> list(Scope scope, CaseTab tab, String classCode, Long departmentId, Long beforeId, int size) {
		Instant now = clock.instant();
		return scoped(jdbc.sql(ROW + """
				where %s and %s and c.id < :before
				  and (cast(:classCode as varchar) is null or c.class_code = :classCode)
				  and (cast(:departmentId as bigint) is null or c.department_id = :departmentId)
				order by c.id desc limit :size
				""".formatted(VISIBLE, tab.condition())), scope)
			.param("now", Timestamp.from(now))
			.param("stale", Timestamp.from(now.minus(properties.hangingAfter())))
			.param("before", beforeId == null ? Long.MAX_VALUE : beforeId)
			.param("classCode", classCode == null || classCode.isBlank() ? null : classCode.strip())
			.param("departmentId", departmentId)
			.param("size", Math.max(1, Math.min(size, MAX_PAGE)))
			.query((rs, n) -> row(rs, now))
			.list();
	}

	/** How many cases a tab holds, within scope. */
	public long count(Scope scope, CaseTab tab) {
		Instant now = clock.instant();
		return scoped(jdbc.sql("select count(*) from cityops.city_case c where %s and %s".formatted(VISIBLE, tab.condition())),
				scope)
			.param("now", Timestamp.from(now))
			.param("stale", Timestamp.from(now.minus(properties.hangingAfter())))
			.query(Long.class)
			.single();
	}

	/** Cases by number, within scope. */
	public List<Row> search(Scope scope, String number) {
		Instant now = clock.instant();
		return scoped(jdbc.sql(ROW + "where " + VISIBLE + " and c.number = :number"), scope)
			.param("number", number == null ? "" : number.strip())
			.query((rs, n) -> row(rs, now))
			.list();
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
			.param("size", Math.max(1, Math.min(limit, MAX_PAGE)))
			.query(CaseQueries::spot)
			.list();
	}

	/** The open cases on the map, newest first, within scope. */
	public List<CaseSpot> openSpots(Scope scope, int limit) {
		return scoped(jdbc.sql(SPOT + " where " + VISIBLE
				+ " and c.status not in ('CLOSED', 'REJECTED') order by c.id desc limit :size"), scope)
			.param("size", Math.max(1, Math.min(limit, 500)))
			.query(CaseQueries::spot)
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
				select date_trunc(:unit, c.reported_at at time zone 'Asia/Shanghai') at time zone 'Asia/Shanghai', count(*)
				from cityops.city_case c where %s and c.reported_at >= :from group by 1
				""".formatted(VISIBLE)), scope)
			.param("unit", unit)
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
	List<CaseCount> counts(Scope scope) {
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

	/** A case in full, for a user whose scope covers it. */
	public Detail detail(long id, CurrentUser user) {
		Instant now = clock.instant();
		var base = scoped(jdbc.sql("""
				select c.*, k.name as class_name, d.number as duplicate_of_number
				from cityops.city_case c join cityops.case_class k on k.code = c.class_code
				left join cityops.city_case d on d.id = c.duplicate_of_id
				where c.id = :id and %s
				""".formatted(VISIBLE)), user.scope())
			.param("id", id)
			.query((rs, n) -> new Object[] { Cases.map(rs, n), rs.getString("class_name"), rs.getString("source"),
					rs.getString("description"), rs.getDouble("longitude"), rs.getDouble("latitude"),
					rs.getString("division_code"), rs.getString("township_code"), rs.getString("reporter"),
					rs.getString("duplicate_of_number") })
			.optional()
			.orElseThrow(() -> new NoSuchRecord("case " + id));
		Case c = (Case) base[0];
		List<Step> timeline = jdbc.sql("select * from cityops.case_step where case_id = :id order by id")
			.param("id", id)
			.query((rs, n) -> new Step(rs.getLong("id"), rs.getTimestamp("at").toInstant(), rs.getString("actor"),
					rs.getString("action"), rs.getString("to_status"), rs.getString("note")))
			.list();
		List<PhotoRow> photos = jdbc.sql("select * from cityops.case_photo where case_id = :id order by id")
			.param("id", id)
			.query((rs, n) -> {
				long step = rs.getLong("step_id");
				return new PhotoRow(rs.getLong("id"), rs.wasNull() ? null : step, rs.getString("stage"),
						rs.getString("filename"), rs.getString("content_type"), rs.getInt("size_bytes"),
						rs.getString("sha256"), rs.getString("uploaded_by"), rs.getTimestamp("uploaded_at").toInstant());
			})
			.list();
		List<ReportRow> reports = jdbc.sql("select * from cityops.case_report where case_id = :id order by id")
			.param("id", id)
			.query((rs, n) -> new ReportRow(rs.getBoolean("merged"), rs.getString("source"), rs.getString("reporter"),
					rs.getString("description"), rs.getTimestamp("reported_at").toInstant()))
			.list();
		List<Long> alarms = jdbc.sql("select alarm_id from cityops.case_alarm where case_id = :id order by alarm_id")
			.param("id", id)
			.query(Long.class)
			.list();
		List<String> usernames = new ArrayList<>();
		usernames.add((String) base[8]);
		reports.forEach(r -> usernames.add(r.reporter()));
		timeline.forEach(t -> usernames.add(t.actor()));
		String cellName = locator.cells().stream().filter(g -> g.id() == c.gridCellId())
			.map(g -> g.code() + " " + g.name()).findFirst().orElse("#" + c.gridCellId());
		return new Detail(c.id(), c.number(), c.classCode(), (String) base[1], CaseSource.valueOf((String) base[2]),
				(String) base[3], (double) base[4], (double) base[5], c.gridCellId(), cellName, (String) base[6],
				(String) base[7], (String) base[8], c.status(), c.status().label(), c.departmentId(),
				departments.name(c.departmentId()), c.rejectReason(), c.rejectNote(), (String) base[9], c.reportedAt(),
				c.filedAt(), c.dispatchedAt(), c.feedbackAt(), c.closedAt(), c.dueAt(), c.handlingDueAt(),
				c.dueAt() != null && c.status().isOpen() && c.dueAt().isBefore(now), hanging(c, now), c.late(),
				c.disputes(), c.reworks(), c.extensions(), c.extensionUntil(), c.extensionReason(),
				actions(c, user), alarms, reports, photos, timeline, c.dispatchInstruction(),
				shownTo(people.of(usernames), user));
	}

	/** A resident who reported is named to the operations centre, the supervision office and themselves only. */
	private static Map<String, Person> shownTo(Map<String, Person> people, CurrentUser user) {
		if (user.role() != Role.CLERK && user.role() != Role.DEPARTMENT_LEAD && user.role() != Role.GRID_OFFICER) {
			return people;
		}
		Map<String, Person> shown = new LinkedHashMap<>();
		people.forEach((username, person) -> shown.put(username,
				Role.RESIDENT.name().equals(person.role()) ? new Person(null, null, person.role(), false) : person));
		return shown;
	}

	/** A photo's stored path, for a user whose scope covers its case. */
	public PhotoFile photo(long caseId, long photoId, CurrentUser user) {
		return scoped(jdbc.sql("""
				select p.content_type, p.storage_path, p.filename from cityops.case_photo p
				join cityops.city_case c on c.id = p.case_id where p.id = :photo and p.case_id = :case and %s
				""".formatted(VISIBLE)), user.scope())
			.param("photo", photoId)
			.param("case", caseId)
			.query((rs, n) -> new PhotoFile(rs.getString(1), rs.getString(2), rs.getString(3)))
			.optional()
			.orElseThrow(() -> new NoSuchRecord("photo " + photoId));
	}

	/** What the user may do on the case now: the page shows these buttons, the desk checks them again. */
	Set<String> actions(Case c, CurrentUser user) {
		Set<String> actions = new TreeSet<>();
		CaseStatus s = c.status();
		switch (user.role()) {
			case OPERATOR -> {
				if (s == CaseStatus.REPORTED) {
					actions.add("filing");
					actions.add("rejection");
				}
				if (s == CaseStatus.FILED) {
					actions.add("dispatch");
				}
				if (s == CaseStatus.VERIFIED) {
					actions.add("closure");
				}
				if (c.extensionUntil() != null && CaseStatus.WITH_DEPARTMENT.contains(s)) {
					actions.add("extension-decision");
				}
				if (s == CaseStatus.FEEDBACK && !officers.hasOfficers(c.gridCellId())) {
					actions.add("verification");
				}
			}
			case CLERK, DEPARTMENT_LEAD -> {
				if (c.departmentId() != null && c.departmentId().equals(user.departmentId())) {
					if (s == CaseStatus.DISPATCHED) {
						actions.add("dispute");
					}
					if (s == CaseStatus.DISPATCHED || s == CaseStatus.REWORK) {
						actions.add("start");
					}
					if (s == CaseStatus.HANDLING) {
						actions.add("photos");
						actions.add("feedback");
					}
					if (CaseStatus.WITH_DEPARTMENT.contains(s) && c.extensionUntil() == null) {
						actions.add("extension");
					}
				}
			}
			case GRID_OFFICER -> {
				if (s == CaseStatus.FEEDBACK && officers.isOfficerOf(user.id(), c.gridCellId())) {
					actions.add("verification");
					actions.add("photos");
				}
			}
			default -> {
			}
		}
		return actions;
	}

	private boolean hanging(Case c, Instant now) {
		return CaseStatus.WITH_DEPARTMENT.contains(c.status()) && c.handlingDueAt() != null
				&& c.handlingDueAt().isBefore(now) && c.lastActionAt().isBefore(now.minus(properties.hangingAfter()));
	}

	private static JdbcClient.StatementSpec scoped(JdbcClient.StatementSpec spec, Scope scope) {
		boolean department = scope.role() == Role.CLERK || scope.role() == Role.DEPARTMENT_LEAD;
		return spec.param("seesAll", scope.role() == Role.ADMIN || scope.role() == Role.SUPERVISOR
				|| scope.role() == Role.OPERATOR)
			.param("scopeDepartment", department && scope.departmentId() != null ? scope.departmentId() : -1L)
			.param("officer", scope.role() == Role.GRID_OFFICER)
			.param("resident", scope.role() == Role.RESIDENT)
			.param("scopeUser", scope.userId());
	}

	private Row row(ResultSet rs, Instant now) throws SQLException {
		CaseStatus status = CaseStatus.valueOf(rs.getString("status"));
		Instant due = Cases.instant(rs.getTimestamp("due_at"));
		Instant handlingDue = Cases.instant(rs.getTimestamp("handling_due_at"));
		Instant last = Cases.instant(rs.getTimestamp("last_action_at"));
		long department = rs.getLong("department_id");
		Long departmentId = rs.wasNull() ? null : department;
		boolean overdue = status.isOpen() && due != null && due.isBefore(now);
		boolean hanging = CaseStatus.WITH_DEPARTMENT.contains(status) && handlingDue != null && handlingDue.isBefore(now)
				&& last.isBefore(now.minus(properties.hangingAfter()));
		String description = rs.getString("description");
		return new Row(rs.getLong("id"), rs.getString("number"), rs.getString("class_code"), rs.getString("class_name"),
				status, status.label(), CaseSource.valueOf(rs.getString("source")),
				description.length() > 60 ? description.substring(0, 60) + "…" : description, rs.getLong("grid_cell_id"),
				departmentId, departments.name(departmentId), Cases.instant(rs.getTimestamp("reported_at")), due,
				overdue, hanging, rs.getTimestamp("extension_until") != null);
	}

	/** A line of the case list. */
	public record Row(long id, String number, String classCode, String className, CaseStatus status,
			String statusLabel, CaseSource source, String description, long gridCellId, Long departmentId,
			String departmentName, Instant reportedAt, Instant dueAt, boolean overdue, boolean hanging,
			boolean extensionPending) {
	}

	/** A case in full. */
	public record Detail(long id, String number, String classCode, String className, CaseSource source,
			String description, double longitude, double latitude, long gridCellId, String gridCellName,
			String divisionCode, String townshipCode, String reporter, CaseStatus status, String statusLabel,
			Long departmentId, String departmentName, RejectReason rejectReason, String rejectNote,
			String duplicateOfNumber, Instant reportedAt, Instant filedAt, Instant dispatchedAt, Instant feedbackAt,
			Instant closedAt, Instant dueAt, Instant handlingDueAt, boolean overdue, boolean hanging, boolean late,
			int disputes, int reworks, int extensions, Instant extensionUntil, String extensionReason,
			Set<String> actions, List<Long> alarmIds, List<ReportRow> reports, List<PhotoRow> photos,
			List<Step> timeline, String dispatchInstruction, Map<String, Person> people) {

		/** The person behind a login name of this case (reporter, actor of a step). */
		public Person person(String username) {
			Person person = people.get(username);
			return person != null ? person : new Person(username, null, null, false);
		}

		/** Photos taken at a step of the timeline. */
		public List<PhotoRow> photosOf(long stepId) {
			List<PhotoRow> found = new ArrayList<>();
			for (PhotoRow photo : photos) {
				if (photo.stepId() != null && photo.stepId() == stepId) {
					found.add(photo);
				}
			}
			return found;
		}

	}

	/**
	 * A person as the case pages show them.
	 *
	 * @param name the display name
	 * @param unit the department, when the name does not already say it
	 * @param role the role's code, for its label (a resident has no unit)
	 * @param system whether the platform itself acted (a sensor alarm, an escalation)
	 */
	public record Person(String name, String unit, String role, boolean system) {

		static final Person SYSTEM = new Person(null, null, null, true);

	}

	/** A step of the timeline. */
	public record Step(long id, Instant at, String actor, String action, String status, String note) {
	}

	/** A photo. */
	public record PhotoRow(long id, Long stepId, String stage, String filename, String contentType, int sizeBytes,
			String sha256, String uploadedBy, Instant uploadedAt) {
	}

	/** A report of the case, the first and any merged into it. */
	public record ReportRow(boolean merged, String source, String reporter, String description, Instant reportedAt) {
	}

	/** Where a photo's bytes are. */
	public record PhotoFile(String contentType, String storagePath, String filename) {
	}


}
