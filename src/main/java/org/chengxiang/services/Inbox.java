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
import org.chengxiang.platform.domain.RuleBroken;
import org.chengxiang.platform.web.KeysetPage;
import org.chengxiang.platform.web.ReaderTexts;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Lists of applications: a department's inbox by tray and filter (keyset paged, newest first), searches by number
 * or by the ID number of anyone on the application through the blind index, and a resident's own list. One
 * application in full: {@link ApplicationRecords}.
 */
@Service
@Transactional(readOnly = true)
class Inbox {

	static final int MAX_PAGE = 100;

	private final JdbcClient jdbc;

	private final PersonalDataProtector protector;

	private final WorkingDayCalendar calendar;

	private final ServicesProperties properties;

	private final Clock clock;

	private final Directory directory;

	Inbox(JdbcClient jdbc, PersonalDataProtector protector, WorkingDayCalendar calendar,
			ServicesProperties properties, Clock clock, Directory directory) {
		this.jdbc = jdbc;
		this.directory = directory;
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

	/** A page of a tray as the API answers it: the rows and where the next page starts. */
	KeysetPage<Row> trayPage(CurrentUser clerk, Tray tray, Filter filter, Long beforeId, int size) {
		return KeysetPage.of(tray(clerk, tray, filter, beforeId, size), pageSize(size), Row::id);
	}

	static int pageSize(int size) {
		return Math.max(1, Math.min(size, MAX_PAGE));
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
			throw RuleBroken.at("item", "services.inbox.notOwnItem", filter.itemCode());
		}
	}

	private List<Row> page(CurrentUser clerk, long department, Tray tray, Filter filter, Long beforeId, int size) {
		LocalDate today = LocalDate.now(clock);
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
			.param("size", pageSize(size));
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
		LocalDate today = LocalDate.now(clock);
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
		LocalDate today = LocalDate.now(clock);
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
		LocalDate today = LocalDate.now(clock);
		return named(jdbc.sql("""
				select a.id, a.number, a.item_code, i.name as item_name, a.applicant_name, a.applicant_id_enc, a.status,
				    a.submitted_at, a.deadline, a.claimed_by
				from services.application a join services.item i on i.code = a.item_code
				where a.applicant_user_id = :u order by a.id desc limit 200
				""").param("u", resident.id()).query((rs, n) -> row(rs, today)).list());
	}

	/** The clerk's department, to which every list of the inbox is restricted (the edge lets only its staff in). */
	private static long department(CurrentUser clerk) {
		if (clerk.departmentId() == null) {
			throw new AccessDeniedException("staff of a department only");
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
				status, ReaderTexts.of(Application.label(status)), submitted == null ? null : submitted.toInstant(), deadline, daysLeft,
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

}
