package org.chengxiang.cityops.cases;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.chengxiang.cityops.grid.GridLocator;
import org.chengxiang.platform.domain.NoSuchRecord;
import org.chengxiang.platform.security.CurrentUser;
import org.chengxiang.platform.security.Role;
import org.chengxiang.platform.web.ReaderTexts;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import static org.chengxiang.cityops.cases.CaseScope.VISIBLE;
import static org.chengxiang.cityops.cases.CaseScope.scoped;

/**
 * One case's page within the user's scope: the case in full with its timeline, reports, photos and alarms, the
 * people who acted on it, and the steps the user may take now; a photo's file.
 */
@Service
@Transactional(readOnly = true)
class CaseDetails {

	private final Cases cases;

	private final JdbcClient jdbc;

	private final DepartmentCodes departments;

	private final GridLocator locator;

	private final GridOfficers officers;

	private final CaseProperties properties;

	private final CasePeople people;

	private final Clock clock;

	CaseDetails(Cases cases, JdbcClient jdbc, DepartmentCodes departments, GridLocator locator, GridOfficers officers,
			CaseProperties properties, CasePeople people, Clock clock) {
		this.cases = cases;
		this.jdbc = jdbc;
		this.departments = departments;
		this.locator = locator;
		this.officers = officers;
		this.properties = properties;
		this.people = people;
		this.clock = clock;
	}

	/** A case in full, for a user whose scope covers it; its notes and status worded for the reader. */
	Detail detail(long id, CurrentUser user) {
		Instant now = clock.instant();
		var base = scoped(jdbc.sql("""
				select k.name as class_name, d.number as duplicate_of_number
				from cityops.city_case c join cityops.case_class k on k.code = c.class_code
				left join cityops.city_case d on d.id = c.duplicate_of_id
				where c.id = :id and %s
				""".formatted(VISIBLE)), user.scope())
			.param("id", id)
			.query((rs, n) -> new String[] { rs.getString("class_name"), rs.getString("duplicate_of_number") })
			.optional()
			.orElseThrow(() -> new NoSuchRecord("case " + id));
		Case c = cases.findById(id).orElseThrow(() -> new NoSuchRecord("case " + id));
		List<Step> timeline = jdbc.sql("select * from cityops.case_step where case_id = :id order by id")
			.param("id", id)
			.query((rs, n) -> new Step(rs.getLong("id"), rs.getTimestamp("at").toInstant(), rs.getString("actor"),
					rs.getString("action"), rs.getString("to_status"),
					StoredTexts.worded(rs.getString("note_key"), rs.getString("note_args"), rs.getString("note"))))
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
		usernames.add(c.reporter());
		reports.forEach(r -> usernames.add(r.reporter()));
		timeline.forEach(t -> usernames.add(t.actor()));
		String cellName = locator.cells().stream().filter(g -> g.id() == c.gridCellId())
			.map(g -> g.code() + " " + g.name()).findFirst().orElse("#" + c.gridCellId());
		return new Detail(c.id(), c.number(), c.classCode(), base[0], c.source(), c.description(), c.longitude(),
				c.latitude(), c.gridCellId(), cellName, c.divisionCode(), c.townshipCode(), c.reporter(), c.status(),
				ReaderTexts.of(c.status().text()), c.departmentId(), departments.name(c.departmentId()),
				c.rejectReason(), c.rejectNote(), base[1], c.reportedAt(), c.filedAt(), c.dispatchedAt(),
				c.feedbackAt(), c.closedAt(), c.dueAt(), c.handlingDueAt(),
				c.dueAt() != null && c.status().isOpen() && c.dueAt().isBefore(now), hanging(c, now), c.late(),
				c.disputes(), c.reworks(), c.extensions(), c.extensionUntil(), c.extensionReason(),
				actions(c, user), alarms, reports, photos, timeline, c.dispatchInstruction(),
				shownTo(people.of(usernames), user), c.version());
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
	PhotoFile photo(long caseId, long photoId, CurrentUser user) {
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

	record Detail(long id, String number, String classCode, String className, CaseSource source,
			String description, double longitude, double latitude, long gridCellId, String gridCellName,
			String divisionCode, String townshipCode, String reporter, CaseStatus status, String statusLabel,
			Long departmentId, String departmentName, RejectReason rejectReason, String rejectNote,
			String duplicateOfNumber, Instant reportedAt, Instant filedAt, Instant dispatchedAt, Instant feedbackAt,
			Instant closedAt, Instant dueAt, Instant handlingDueAt, boolean overdue, boolean hanging, boolean late,
			int disputes, int reworks, int extensions, Instant extensionUntil, String extensionReason,
			Set<String> actions, List<Long> alarmIds, List<ReportRow> reports, List<PhotoRow> photos,
			List<Step> timeline, String dispatchInstruction, Map<String, Person> people, int version) {

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
	record Person(String name, String unit, String role, boolean system) {

		static final Person SYSTEM = new Person(null, null, null, true);

	}

	/** A step of the timeline. */
	record Step(long id, Instant at, String actor, String action, String status, String note) {
	}

	/** A photo. */
	record PhotoRow(long id, Long stepId, String stage, String filename, String contentType, int sizeBytes,
			String sha256, String uploadedBy, Instant uploadedAt) {
	}

	/** A report of the case, the first and any merged into it. */
	record ReportRow(boolean merged, String source, String reporter, String description, Instant reportedAt) {
	}

	/** Where a photo's bytes are. */
	record PhotoFile(String contentType, String storagePath, String filename) {
	}

}
