package org.chengxiang.services;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.chengxiang.directory.DepartmentSummary;
import org.chengxiang.directory.Directory;
import org.chengxiang.platform.calendar.WorkingDayCalendar;
import org.chengxiang.platform.security.CurrentUser;
import org.chengxiang.platform.domain.RuleBroken;
import org.chengxiang.platform.domain.StepRefused;
import org.chengxiang.platform.domain.NoSuchRecord;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 差评整改: an unsatisfied rating (非常不满意 or 不满意) obliges the department that handled the application to call the
 * applicant back (回访) and put right what went wrong (整改) within {@code followUpWorkingDays} working days. Staff of
 * the department see and close their own; supervisors and administrators see the whole city.
 */
@Service
@Transactional
class RatingFollowUps {

	/** The worst rating that still counts as unsatisfied. */
	static final int UNSATISFIED = 2;

	/** The most follow-ups a list shows: a working list, open ones first. */
	static final int LIST_LIMIT = 200;

	static final int MAX_CONTACT_NOTE = 500;

	static final int MAX_MEASURES = 1000;

	private final JdbcClient jdbc;

	private final WorkingDayCalendar calendar;

	private final ServicesProperties properties;

	private final Directory directory;

	private final Clock clock;

	RatingFollowUps(JdbcClient jdbc, WorkingDayCalendar calendar, ServicesProperties properties, Directory directory,
			Clock clock) {
		this.jdbc = jdbc;
		this.directory = directory;
		this.calendar = calendar;
		this.properties = properties;
		this.clock = clock;
	}

	/** How many working days a department has for a follow-up. */
	int workingDays() {
		return properties.followUpWorkingDays();
	}

	/**
	 * A follow-up as its list shows it.
	 *
	 * @param workingDaysLeft until it is due, while open (negative: overdue by so many)
	 * @param open not handled yet
	 * @param overdue open past its due date
	 */
	record FollowUp(long applicationId, String number, String itemCode, String itemName, long departmentId,
			String departmentName, String applicantName, int rating, String ratingComment, LocalDate ratedOn,
			LocalDate dueOn, Integer workingDaysLeft, String contactNote, String measures, String handledBy,
			Instant handledAt, boolean open, boolean overdue) {

		FollowUp(long applicationId, String number, String itemCode, String itemName, long departmentId,
				String departmentName, String applicantName, int rating, String ratingComment, LocalDate ratedOn,
				LocalDate dueOn, Integer workingDaysLeft, String contactNote, String measures, String handledBy,
				Instant handledAt) {
			this(applicationId, number, itemCode, itemName, departmentId, departmentName, applicantName, rating,
					ratingComment, ratedOn, dueOn, workingDaysLeft, contactNote, measures, handledBy, handledAt,
					handledAt == null, handledAt == null && workingDaysLeft != null && workingDaysLeft < 0);
		}

	}

	/** Opens the follow-up of a rating given today, if it is an unsatisfied one. */
	void rated(long applicationId, long departmentId, int rating) {
		if (rating > UNSATISFIED) {
			return;
		}
		LocalDate today = today();
		jdbc.sql("""
				insert into services.rating_follow_up (application_id, department_id, rated_on, due_on)
				values (:id, :department, :today, :due)
				""")
			.param("id", applicationId)
			.param("department", departmentId)
			.param("today", today)
			.param("due", calendar.addWorkingDays(today, properties.followUpWorkingDays()))
			.update();
	}

	/**
	 * Records the call back and the measures, once. Both are required; a follow-up closed already is a conflict.
	 * The caller has checked that the application is the staff member's department's.
	 */
	void close(long applicationId, String contactNote, String measures, CurrentUser staff) {
		List<RuleBroken.Problem> problems = new ArrayList<>();
		String note = text(contactNote, "contactNote", MAX_CONTACT_NOTE, problems);
		String done = text(measures, "measures", MAX_MEASURES, problems);
		if (!problems.isEmpty()) {
			throw new RuleBroken(problems);
		}
		int updated = jdbc.sql("""
				update services.rating_follow_up
				set contact_note = :note, measures = :measures, handled_by = :by, handled_at = :at
				where application_id = :id and handled_at is null
				""")
			.param("note", note)
			.param("measures", done)
			.param("by", staff.getUsername())
			.param("at", Timestamp.from(clock.instant()))
			.param("id", applicationId)
			.update();
		if (updated == 0) {
			boolean exists = jdbc.sql("select count(*) from services.rating_follow_up where application_id = :id")
				.param("id", applicationId)
				.query(Long.class)
				.single() > 0;
			if (exists) {
				throw StepRefused.because("services.followUp.done");
			}
			throw new NoSuchRecord("rating follow-up of application " + applicationId);
		}
	}

	/**
	 * The follow-ups the viewer may see, open ones first (soonest due first), then the handled ones, newest first.
	 */
	@Transactional(readOnly = true)
	List<FollowUp> list(CurrentUser viewer) {
		return list(viewer, LIST_LIMIT);
	}

	/** The same, up to {@code limit} of them: the Excel ledger takes more than a page shows. */
	@Transactional(readOnly = true)
	List<FollowUp> list(CurrentUser viewer, int limit) {
		Long department = scope(viewer);
		LocalDate today = today();
		Map<Long, String> departments = new HashMap<>();
		return jdbc.sql("""
				select f.application_id, a.number, a.item_code, i.name as item_name, f.department_id, a.applicant_name,
				    a.rating, a.rating_comment, f.rated_on, f.due_on, f.contact_note, f.measures, f.handled_by, f.handled_at
				from services.rating_follow_up f
				    join services.application a on a.id = f.application_id
				    join services.item i on i.code = a.item_code
				where cast(:department as bigint) is null or f.department_id = :department
				order by f.handled_at is not null, f.due_on, f.handled_at desc, f.application_id desc
				limit :limit
				""")
			.param("department", department)
			.param("limit", limit)
			.query((rs, n) -> {
				LocalDate due = rs.getObject("due_on", LocalDate.class);
				Timestamp handled = rs.getTimestamp("handled_at");
				long departmentId = rs.getLong("department_id");
				String departmentName = departments.computeIfAbsent(departmentId,
						id -> directory.department(id).map(DepartmentSummary::name).orElse(String.valueOf(id)));
				return new FollowUp(rs.getLong("application_id"), rs.getString("number"), rs.getString("item_code"),
						rs.getString("item_name"), departmentId, departmentName, rs.getString("applicant_name"),
						rs.getInt("rating"), rs.getString("rating_comment"), rs.getObject("rated_on", LocalDate.class),
						due, handled == null ? Integer.valueOf(calendar.workingDaysBetween(today, due)) : null,
						rs.getString("contact_note"), rs.getString("measures"), rs.getString("handled_by"),
						handled == null ? null : handled.toInstant());
			})
			.list();
	}

	/** How many follow-ups are open, and how many of those are past their due date. */
	record Counts(long open, long overdue) {
	}

	/** Open follow-ups in the viewer's scope, and how many of them are overdue. */
	@Transactional(readOnly = true)
	Counts openAndOverdue(CurrentUser viewer) {
		Long department = scope(viewer);
		return jdbc.sql("""
				select count(*), count(*) filter (where due_on < :today) from services.rating_follow_up
				where handled_at is null and (cast(:department as bigint) is null or department_id = :department)
				""")
			.param("department", department)
			.param("today", today())
			.query((rs, n) -> new Counts(rs.getLong(1), rs.getLong(2)))
			.single();
	}

	/**
	 * The department whose follow-ups the viewer sees; {@code null} for the whole city. Who may see follow-ups at all
	 * is checked at the edge; anyone else in the query's scope sees none.
	 */
	private static Long scope(CurrentUser viewer) {
		return viewer.scope().departmentFilter();
	}

	private static String text(String value, String field, int max, List<RuleBroken.Problem> problems) {
		String text = value == null ? "" : value.strip();
		if (text.isEmpty()) {
			problems.add(RuleBroken.Problem.at(field, "services.followUp." + field + ".required"));
		}
		else if (text.length() > max) {
			problems.add(RuleBroken.Problem.at(field, "services.followUp." + field + ".tooLong", String.valueOf(max)));
		}
		return text;
	}

	private LocalDate today() {
		return LocalDate.now(clock);
	}

}
