package org.chengxiang.cityops.cases;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Stores cases; a stale version refuses the save.
 */
@Repository
class Cases {

	private final JdbcClient jdbc;

	Cases(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Optional<Case> find(long id) {
		return jdbc.sql("select * from cityops.city_case where id = :id").param("id", id).query(Cases::map).optional();
	}

	Optional<Long> idOf(String number) {
		return jdbc.sql("select id from cityops.city_case where number = :n").param("n", number).query(Long.class).optional();
	}

	/** A new case as reported. */
	long insert(NewCase c) {
		return jdbc.sql("""
				insert into cityops.city_case (number, source, class_code, description, longitude, latitude, grid_cell_id,
				    division_code, township_code, reporter, reporter_user_id, reporter_role, status, reported_at,
				    last_action_at, due_at, step_seq)
				values (:number, :source, :classCode, :description, :lng, :lat, :cell, :division, :township, :reporter,
				    :reporterUserId, :reporterRole, 'REPORTED', :at, :at, :due, 1)
				returning id
				""")
			.param("number", c.number())
			.param("source", c.source().name())
			.param("classCode", c.classCode())
			.param("description", c.description())
			.param("lng", c.longitude())
			.param("lat", c.latitude())
			.param("cell", c.gridCellId())
			.param("division", c.divisionCode())
			.param("township", c.townshipCode())
			.param("reporter", c.reporter())
			.param("reporterUserId", c.reporterUserId())
			.param("reporterRole", c.reporterRole())
			.param("at", Timestamp.from(c.reportedAt()))
			.param("due", Timestamp.from(c.filingDue()))
			.query(Long.class)
			.single();
	}

	void save(Case c) {
		int updated = jdbc.sql("""
				update cityops.city_case set status = :status, department_id = :department, reject_reason = :rejectReason,
				    reject_note = :rejectNote, duplicate_of_id = :duplicateOf, filed_at = :filedAt,
				    dispatched_at = :dispatchedAt, feedback_at = :feedbackAt, closed_at = :closedAt,
				    last_action_at = :lastActionAt, due_at = :dueAt, handling_due_at = :handlingDueAt, late = :late,
				    disputes = :disputes, reworks = :reworks, extensions = :extensions, extension_until = :extensionUntil,
				    extension_reason = :extensionReason, dispatch_instruction = :instruction, step_seq = :stepSeq,
				    version = version + 1
				where id = :id and version = :version
				""")
			.param("status", c.status().name())
			.param("department", c.departmentId())
			.param("rejectReason", c.rejectReason() == null ? null : c.rejectReason().name())
			.param("rejectNote", c.rejectNote())
			.param("duplicateOf", c.duplicateOfId())
			.param("filedAt", ts(c.filedAt()))
			.param("dispatchedAt", ts(c.dispatchedAt()))
			.param("feedbackAt", ts(c.feedbackAt()))
			.param("closedAt", ts(c.closedAt()))
			.param("lastActionAt", ts(c.lastActionAt()))
			.param("dueAt", ts(c.dueAt()))
			.param("handlingDueAt", ts(c.handlingDueAt()))
			.param("late", c.late())
			.param("disputes", c.disputes())
			.param("reworks", c.reworks())
			.param("extensions", c.extensions())
			.param("extensionUntil", ts(c.extensionUntil()))
			.param("extensionReason", c.extensionReason())
			.param("instruction", c.dispatchInstruction())
			.param("stepSeq", c.stepSeq())
			.param("id", c.id())
			.param("version", c.version())
			.update();
		if (updated == 0) {
			throw new OptimisticLockingFailureException("case " + c.id() + " changed concurrently");
		}
	}

	static Case map(ResultSet rs, int row) throws SQLException {
		String reason = rs.getString("reject_reason");
		long department = rs.getLong("department_id");
		Long departmentId = rs.wasNull() ? null : department;
		long duplicate = rs.getLong("duplicate_of_id");
		Long duplicateOf = rs.wasNull() ? null : duplicate;
		return new Case(rs.getLong("id"), rs.getString("number"), rs.getString("class_code"), rs.getLong("grid_cell_id"),
				instant(rs.getTimestamp("reported_at")), CaseStatus.valueOf(rs.getString("status")), departmentId,
				reason == null ? null : RejectReason.valueOf(reason), rs.getString("reject_note"), duplicateOf,
				instant(rs.getTimestamp("filed_at")), instant(rs.getTimestamp("dispatched_at")),
				instant(rs.getTimestamp("feedback_at")), instant(rs.getTimestamp("closed_at")),
				instant(rs.getTimestamp("last_action_at")), instant(rs.getTimestamp("due_at")),
				instant(rs.getTimestamp("handling_due_at")), rs.getBoolean("late"), rs.getInt("disputes"),
				rs.getInt("reworks"), rs.getInt("extensions"), instant(rs.getTimestamp("extension_until")),
				rs.getString("extension_reason"), rs.getString("dispatch_instruction"), rs.getInt("step_seq"),
				rs.getInt("version"));
	}

	static Instant instant(Timestamp t) {
		return t == null ? null : t.toInstant();
	}

	static Timestamp ts(Instant i) {
		return i == null ? null : Timestamp.from(i);
	}

	/** What a new case starts with. */
	record NewCase(String number, CaseSource source, String classCode, String description, double longitude,
			double latitude, long gridCellId, String divisionCode, String townshipCode, String reporter,
			Long reporterUserId, String reporterRole, Instant reportedAt, Instant filingDue) {
	}

}
