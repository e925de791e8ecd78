package org.chengxiang.services;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.chengxiang.directory.Directory;
import org.chengxiang.directory.PersonName;
import org.chengxiang.platform.calendar.WorkingDayCalendar;
import org.chengxiang.platform.crypto.Masking;
import org.chengxiang.platform.crypto.PersonalDataProtector;
import org.chengxiang.platform.security.CurrentUser;
import org.chengxiang.platform.security.Role;
import org.chengxiang.platform.domain.RuleBroken;
import org.chengxiang.platform.domain.NoSuchRecord;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads applications: a department's inbox (keyset paged, newest first), searches by number or by the
 * applicant's ID number through the blind index, an application's full record, and a resident's own list.
 */
@Service
@Transactional(readOnly = true)
class Inbox {

	static final int MAX_PAGE = 100;

	static final java.time.ZoneId ZONE = java.time.ZoneId.of("Asia/Shanghai");

	private final JdbcClient jdbc;

	private final PersonalDataProtector protector;

	private final WorkingDayCalendar calendar;

	private final ServicesProperties properties;

	private final Clock clock;

	private final Applications applications;

	private final Directory directory;

	Inbox(JdbcClient jdbc, Applications applications, PersonalDataProtector protector, WorkingDayCalendar calendar,
			ServicesProperties properties, Clock clock, Directory directory) {
		this.jdbc = jdbc;
		this.directory = directory;
		this.applications = applications;
		this.protector = protector;
		this.calendar = calendar;
		this.properties = properties;
		this.clock = clock;
	}

	/** Which part of the inbox. */
	enum Tray {

		/** 待受理. */
		WAITING,
		/** 办理中. */
		IN_PROGRESS,
		/** 即将到期. */
		DUE_SOON,
		/** 已超期. */
		OVERDUE,
		/** 补正中. */
		CORRECTION,
		/** 已办结. */
		HANDLED

	}

	/** Who holds an application: anyone, the clerk looking, or nobody yet. */
	enum Claim {

		/** 全部. */
		ALL,
		/** 我经办的. */
		MINE,
		/** 未认领. */
		UNCLAIMED

	}

	/**
	 * Narrows a tray: one service item of the department ({@code null}: all of them), and who holds the
	 * applications.
	 */
	record Filter(String itemCode, Claim claim) {

		static final Filter NONE = new Filter(null, Claim.ALL);

		Filter {
			itemCode = itemCode == null || itemCode.isBlank() ? null : itemCode.strip();
			claim = claim == null ? Claim.ALL : claim;
		}

	}

	List<Row> tray(CurrentUser clerk, Tray tray, Long beforeId, int size) {
		return tray(clerk, tray, Filter.NONE, beforeId, size);
	}

	/**
	 * A page of a tray, newest first, narrowed by the filter. An item that is not the department's is bad input
	 * ({@code item}), not an empty page: the clerk chose from the department's own list.
	 */
	List<Row> tray(CurrentUser clerk, Tray tray, Filter filter, Long beforeId, int size) {
		long department = department(clerk);
		requireOwnItem(department, filter);
		return page(clerk, department, tray, filter, beforeId, size);
	}

	private void requireOwnItem(long department, Filter filter) {
		if (filter.itemCode() != null && jdbc.sql("select count(*) from services.item where code = :c and department_id = :d")
			.param("c", filter.itemCode())
			.param("d", department)
			.query(Long.class)
			.single() == 0) {
			throw new RuleBroken("item", "不是本部门的事项：" + filter.itemCode() + " / not an item of your department");
		}
	}

	private List<Row> page(CurrentUser clerk, long department, Tray tray, Filter filter, Long beforeId, int size) {
		LocalDate today = LocalDate.now(clock.withZone(ZONE));
		LocalDate soon = calendar.addWorkingDays(today, properties.dueSoonWorkingDays());
		StringBuilder condition = new StringBuilder(condition(tray));
		if (filter.itemCode() != null) {
			condition.append(" and a.item_code = :item");
		}
		switch (filter.claim()) {
			case MINE -> condition.append(" and a.claimed_by = :me");
			case UNCLAIMED -> condition.append(" and a.claimed_by is null");
			case ALL -> {
			}
		}
		JdbcClient.StatementSpec statement = jdbc.sql("""
				select a.id, a.number, a.item_code, i.name as item_name, a.applicant_name, a.applicant_id_enc, a.status,
				    a.submitted_at, a.deadline, a.claimed_by
				from services.application a join services.item i on i.code = a.item_code
				where a.department_id = :department and a.id < :before and %s
				order by a.id desc limit :size
				""".formatted(condition))
			.param("department", department)
			.param("before", beforeId == null ? Long.MAX_VALUE : beforeId)
			.param("today", today)
			.param("soon", soon)
			.param("size", Math.max(1, Math.min(size, MAX_PAGE)));
		if (filter.itemCode() != null) {
			statement = statement.param("item", filter.itemCode());
		}
		if (filter.claim() == Claim.MINE) {
			statement = statement.param("me", clerk.getUsername());
		}
		return named(statement.query((rs, n) -> row(rs, today)).list());
	}

	/** The rows with the name and unit of each clerk who holds one, looked up at once. */
	private List<Row> named(List<Row> rows) {
		Map<String, PersonName> names = directory.names(rows.stream().map(Row::claimedBy).filter(c -> c != null).toList());
		return rows.stream().map(r -> r.claimedBy() == null ? r : r.withClerk(names.get(r.claimedBy()))).toList();
	}

	private static String condition(Tray tray) {
		return switch (tray) {
			case WAITING -> "a.status = 'SUBMITTED'";
			case IN_PROGRESS -> "a.status in ('ACCEPTED','UNDER_REVIEW','RESUBMITTED')";
			case DUE_SOON -> "a.status in ('ACCEPTED','UNDER_REVIEW','RESUBMITTED') and a.deadline between :today and :soon";
			case OVERDUE -> "a.status in ('ACCEPTED','UNDER_REVIEW','RESUBMITTED') and a.deadline < :today";
			case CORRECTION -> "a.status = 'CORRECTION_REQUESTED'";
			case HANDLED -> "a.status in ('APPROVED','REJECTED','NOT_ACCEPTED','WITHDRAWN')";
		};
	}

	/** A whole tray, newest first, page by page up to {@code limit} rows: for the Excel ledger. */
	List<Row> trayUpTo(CurrentUser clerk, Tray tray, Filter filter, int limit) {
		long department = department(clerk);
		requireOwnItem(department, filter);
		List<Row> all = new java.util.ArrayList<>();
		Long before = null;
		while (all.size() < limit) {
			int size = Math.min(MAX_PAGE, limit - all.size());
			List<Row> page = page(clerk, department, tray, filter, before, size);
			all.addAll(page);
			if (page.size() < size) {
				break;
			}
			before = page.get(page.size() - 1).id();
		}
		return all;
	}

	/** How many applications of the clerk's department each open tray holds (the handled ones are not counted). */
	Map<Tray, Long> openCounts(CurrentUser clerk) {
		long department = department(clerk);
		LocalDate today = LocalDate.now(clock.withZone(ZONE));
		LocalDate soon = calendar.addWorkingDays(today, properties.dueSoonWorkingDays());
		List<Tray> open = List.of(Tray.WAITING, Tray.IN_PROGRESS, Tray.DUE_SOON, Tray.OVERDUE, Tray.CORRECTION);
		String counts = String.join(", ",
				open.stream().map(t -> "count(*) filter (where %s)".formatted(condition(t))).toList());
		return jdbc.sql("""
				select %s from services.application a
				where a.department_id = :department
				  and a.status in ('SUBMITTED','ACCEPTED','UNDER_REVIEW','RESUBMITTED','CORRECTION_REQUESTED')
				""".formatted(counts))
			.param("department", department)
			.param("today", today)
			.param("soon", soon)
			.query((rs, n) -> {
				Map<Tray, Long> byTray = new EnumMap<>(Tray.class);
				for (int i = 0; i < open.size(); i++) {
					byTray.put(open.get(i), rs.getLong(i + 1));
				}
				return byTray;
			})
			.single();
	}

	/** A resident's applications waiting for them: a correction to make, a decision to rate. */
	Map<String, Long> waitingForApplicant(long userId) {
		return jdbc.sql("""
				select count(*) filter (where status = 'CORRECTION_REQUESTED') as correction,
				    count(*) filter (where status in ('APPROVED','REJECTED','NOT_ACCEPTED') and rating is null) as to_rate
				from services.application where applicant_user_id = :u
				""")
			.param("u", userId)
			.query((rs, n) -> Map.of("correction", rs.getLong(1), "toRate", rs.getLong(2)))
			.single();
	}

	/** By application number, or the ID number of the applicant or of anyone else on the form, within the clerk's department. */
	List<Row> search(CurrentUser clerk, String query) {
		long department = department(clerk);
		InboxQuery q = InboxQuery.of(query);
		LocalDate today = LocalDate.now(clock.withZone(ZONE));
		return named(jdbc.sql("""
				select a.id, a.number, a.item_code, i.name as item_name, a.applicant_name, a.applicant_id_enc, a.status,
				    a.submitted_at, a.deadline, a.claimed_by
				from services.application a join services.item i on i.code = a.item_code
				where a.department_id = :department and a.status <> 'DRAFT' and (a.number = :q or a.applicant_id_idx = :idx
				    or exists (select 1 from services.application_identifier m
				               where m.application_id = a.id and m.id_number_idx = :idx))
				order by a.id desc limit 50
				""")
			.param("department", department)
			.param("q", q.number() == null ? "" : q.number())
			.param("idx", q.idNumber() == null ? new byte[0] : protector.blindIndex(q.idNumber()))
			.query((rs, n) -> row(rs, today))
			.list());
	}

	/** A resident's own applications, newest first. */
	List<Row> mine(CurrentUser resident) {
		LocalDate today = LocalDate.now(clock.withZone(ZONE));
		return named(jdbc.sql("""
				select a.id, a.number, a.item_code, i.name as item_name, a.applicant_name, a.applicant_id_enc, a.status,
				    a.submitted_at, a.deadline, a.claimed_by
				from services.application a join services.item i on i.code = a.item_code
				where a.applicant_user_id = :u order by a.id desc limit 200
				""").param("u", resident.id()).query((rs, n) -> row(rs, today)).list());
	}

	/** Where an application stands, for a client that does not need it in full after each step. */
	Outcome outcome(long id, CurrentUser user) {
		Application application = jdbc.sql("select * from services.application where id = :id")
			.param("id", id)
			.query(Applications::map)
			.optional()
			.filter(a -> visible(a, user))
			.orElseThrow(() -> new NoSuchRecord("application " + id));
		return new Outcome(application.id(), application.number(), application.status(),
				Application.label(application.status()));
	}

	/** The id of the application with this number, if the user may see it; otherwise not found, as for an id. */
	long idOf(String number, CurrentUser user) {
		return applications.findByNumber(number)
			.filter(a -> visible(a, user))
			.map(Application::id)
			.orElseThrow(() -> new NoSuchRecord("application " + number));
	}

	/** An application in full, for its applicant or a clerk of its department. */
	Detail detail(long id, CurrentUser user) {
		Application application = applications.find(id)
			.filter(a -> visible(a, user))
			.orElseThrow(() -> new NoSuchRecord("application " + id));
		var header = jdbc.sql("""
				select a.applicant_name, a.applicant_id_enc, i.name from services.application a
				join services.item i on i.code = a.item_code where a.id = :id
				""").param("id", id).query((rs, n) -> new String[] { rs.getString(1),
				Masking.idNumber(protector.decrypt(rs.getBytes(2))), rs.getString(3) }).single();
		List<Step> recorded = jdbc.sql("select * from services.application_step where application_id = :id order by id")
			.param("id", id)
			.query((rs, n) -> new Step(rs.getTimestamp("at").toInstant(), rs.getString("actor"), null,
					rs.getString("action"), rs.getString("to_status"), rs.getString("note")))
			.list();
		List<String> people = new java.util.ArrayList<>(recorded.stream().map(Step::actor).toList());
		if (application.claimedBy() != null) {
			people.add(application.claimedBy());
		}
		Map<String, PersonName> names = directory.names(people);
		List<Step> steps = recorded.stream()
			.map(t -> new Step(t.at(), t.actor(), names.get(t.actor()), t.action(), t.status(), t.note()))
			.toList();
		List<MaterialRow> materials = jdbc.sql("""
				select m.id, m.position, im.name, m.filename, m.content_type, m.size_bytes, m.sha256
				from services.application_material m
				join services.item_material im on im.item_code = :item and im.position = m.position
				where m.application_id = :id order by m.position
				""").param("id", id).param("item", application.itemCode()).query((rs, n) -> new MaterialRow(rs.getLong(1),
				rs.getInt(2), rs.getString(3), rs.getString(4), rs.getString(5), rs.getInt(6), rs.getString(7))).list();
		Optional<String> correction = jdbc.sql("""
				select missing from services.correction where application_id = :id order by id desc limit 1
				""").param("id", id).query(String.class).optional();
		return new Detail(application.id(), application.number(), application.itemCode(), header[2], header[0],
				header[1], application.status(), Application.label(application.status()), application.submittedAt(),
				application.acceptedOn(), application.deadline(), application.pausedWorkingDays(),
				application.decidedAt(), application.decisionReason(), application.decisionBasis(),
				application.decisionOpinion(), application.workingDays(), application.rating(),
				application.ratingComment(), application.claimedBy(),
				application.claimedBy() == null ? null : names.get(application.claimedBy()), correction.map(c -> List.of(c.split("\n"))).orElse(List.of()), materials, steps);
	}

	/** The user's latest messages (in-app notifications), newest first. */
	List<Message> messages(CurrentUser user) {
		return jdbc.sql("""
				select n.message, n.created_at, n.application_id from services.notification n
				where n.user_id = :u order by n.id desc limit 20
				""").param("u", user.id()).query((rs, n) -> {
			long application = rs.getLong(3);
			return new Message(rs.getString(1), rs.getTimestamp(2).toInstant(), rs.wasNull() ? null : application);
		}).list();
	}

	/** An in-app message. */
	record Message(String text, java.time.Instant at, Long applicationId) {
	}

	/**
	 * Rating statistics per department and item (好差评): the whole city for administrators and supervisors, the
	 * lead's own department for a department lead.
	 */
	List<RatingRow> ratings(CurrentUser viewer) {
		Long department = switch (viewer.role()) {
			case ADMIN, SUPERVISOR -> null;
			case DEPARTMENT_LEAD -> department(viewer);
			default -> throw new AccessDeniedException("leads and supervisors only");
		};
		return jdbc.sql("""
				select a.department_id, a.item_code, count(*) as rated, avg(a.rating) as average,
				    count(*) filter (where a.rating <= 2) as unsatisfied,
				    count(f.handled_at) as followed_up,
				    count(*) filter (where f.application_id is not null and f.handled_at is null and f.due_on < :today) as overdue
				from services.application a
				    left join services.rating_follow_up f on f.application_id = a.id
				where a.rating is not null and (cast(:department as bigint) is null or a.department_id = :department)
				group by a.department_id, a.item_code order by 1, 2
				""")
			.param("department", department)
			.param("today", LocalDate.now(clock.withZone(ZONE)))
			.query((rs, n) -> new RatingRow(rs.getLong(1), rs.getString(2), rs.getInt(3),
					Math.round(rs.getDouble(4) * 100) / 100.0, rs.getInt(5), rs.getInt(6), rs.getInt(7)))
			.list();
	}

	/** Applications a user may see: a resident their own, a clerk or lead those of their department once submitted. */
	static boolean visible(Application application, CurrentUser user) {
		if (user.role() == Role.RESIDENT) {
			return application.applicantUserId() == user.id();
		}
		if (user.role() == Role.CLERK || user.role() == Role.DEPARTMENT_LEAD) {
			return user.departmentId() != null && user.departmentId() == application.departmentId()
					&& application.status() != ApplicationStatus.DRAFT;
		}
		return false;
	}

	private static long department(CurrentUser clerk) {
		if ((clerk.role() != Role.CLERK && clerk.role() != Role.DEPARTMENT_LEAD) || clerk.departmentId() == null) {
			throw new AccessDeniedException("clerks only");
		}
		return clerk.departmentId();
	}

	private Row row(ResultSet rs, LocalDate today) throws SQLException {
		LocalDate deadline = rs.getObject("deadline", LocalDate.class);
		ApplicationStatus status = ApplicationStatus.valueOf(rs.getString("status"));
		Integer daysLeft = deadline == null || !ApplicationStatus.RUNNING.contains(status) ? null
				: calendar.workingDaysBetween(today, deadline);
		java.sql.Timestamp submitted = rs.getTimestamp("submitted_at");
		return new Row(rs.getLong("id"), rs.getString("number"), rs.getString("item_code"), rs.getString("item_name"),
				rs.getString("applicant_name"), Masking.idNumber(protector.decrypt(rs.getBytes("applicant_id_enc"))),
				status, Application.label(status), submitted == null ? null : submitted.toInstant(), deadline, daysLeft,
				rs.getString("claimed_by"), null);
	}

	/**
	 * A line of an inbox or list.
	 *
	 * @param claimedBy the login of the clerk who holds it
	 * @param clerk that clerk's name and unit, as pages show them
	 */
	record Row(long id, String number, String itemCode, String itemName, String applicantName,
			String applicantIdMasked, ApplicationStatus status, String statusLabel, java.time.Instant submittedAt,
			LocalDate deadline, Integer workingDaysLeft, String claimedBy, PersonName clerk) {

		Row withClerk(PersonName name) {
			return new Row(id, number, itemCode, itemName, applicantName, applicantIdMasked, status, statusLabel,
					submittedAt, deadline, workingDaysLeft, claimedBy, name);
		}

	}

	/**
	 * An application in full.
	 *
	 * @param decisionOpinion the clerk's opinion on approving (审批意见), if any
	 * @param claimedBy the login of the clerk who holds it
	 * @param clerk that clerk's name and unit
	 */
	record Detail(long id, String number, String itemCode, String itemName, String applicantName,
			String applicantIdMasked, ApplicationStatus status, String statusLabel, java.time.Instant submittedAt,
			LocalDate acceptedOn, LocalDate deadline, int pausedWorkingDays, java.time.Instant decidedAt,
			String decisionReason, String decisionBasis, String decisionOpinion, Integer workingDays, Integer rating,
			String ratingComment, String claimedBy, PersonName clerk, List<String> correction,
			List<MaterialRow> materials, List<Step> timeline) {
	}

	/** An application's id, number and status. */
	record Outcome(long id, String number, ApplicationStatus status, String statusLabel) {
	}

	/** An uploaded material. */
	record MaterialRow(long id, int position, String name, String filename, String contentType, int sizeBytes,
			String sha256) {
	}

	/**
	 * A step of the timeline.
	 *
	 * @param actor the login of who took it
	 * @param by their name and unit, as pages show them
	 */
	record Step(java.time.Instant at, String actor, PersonName by, String action, String status, String note) {
	}

	/**
	 * Ratings of one item of one department.
	 *
	 * @param unsatisfied rated 1 or 2 of 5 (差评)
	 * @param followedUp of those, followed up by the department (已整改)
	 * @param overdue of those, still open past their due date
	 */
	record RatingRow(long departmentId, String itemCode, int rated, double average, int unsatisfied, int followedUp,
			int overdue) {

		/** The level of the scale nearest the average, to say it in words (4.4 is 满意). */
		public int nearestLevel() {
			return (int) Math.max(1, Math.min(5, Math.round(average)));
		}

	}

}
