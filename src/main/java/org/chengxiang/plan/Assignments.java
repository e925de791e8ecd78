package org.chengxiang.plan;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Loads and stores assignments with their milestones; a stale version refuses the save.
 */
@Repository
class Assignments {

	private final JdbcClient jdbc;

	Assignments(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Optional<Assignment> find(long id) {
		return jdbc.sql("select * from plan.assignment where id = :id")
			.param("id", id)
			.query((rs, n) -> map(rs, milestones(rs.getLong("id"))))
			.optional();
	}

	List<Assignment> ofPlan(long planId) {
		return jdbc.sql("""
				select a.* from plan.assignment a join plan.task t on t.id = a.task_id
				where t.plan_id = :plan order by t.seq, a.role, a.id
				""").param("plan", planId).query((rs, n) -> map(rs, milestones(rs.getLong("id")))).list();
	}

	Assignment save(Assignment a) {
		int updated = jdbc.sql("""
				update plan.assignment set stage = :stage, signed_at = :signedAt, signed_by = :signedBy,
				    responsible_leader = :leader, contact_person = :contact, contact_phone = :phone,
				    measures = :measures, measures_comment = :measuresComment, completion_report = :report,
				    completed_at = :completedAt, archive_statement = :statement, archived_at = :archivedAt,
				    version = version + 1
				where id = :id and version = :version
				""")
			.param("stage", a.stage().name())
			.param("signedAt", ts(a.signedAt()))
			.param("signedBy", a.signedBy())
			.param("leader", a.responsibleLeader())
			.param("contact", a.contactPerson())
			.param("phone", a.contactPhone())
			.param("measures", a.measures())
			.param("measuresComment", a.measuresComment())
			.param("report", a.completionReport())
			.param("completedAt", ts(a.completedAt()))
			.param("statement", a.archiveStatement())
			.param("archivedAt", ts(a.archivedAt()))
			.param("id", a.id())
			.param("version", a.version())
			.update();
		if (updated == 0) {
			throw new OptimisticLockingFailureException("assignment " + a.id() + " changed concurrently");
		}
		List<Long> kept = a.milestones().stream().map(Milestone::id).filter(java.util.Objects::nonNull).toList();
		jdbc.sql("delete from plan.milestone where assignment_id = :id and not (id = any(:kept))")
			.param("id", a.id())
			.param("kept", kept.toArray(Long[]::new))
			.update();
		for (Milestone m : a.milestones()) {
			if (m.id() == null) {
				jdbc.sql("""
						insert into plan.milestone (assignment_id, title, original_due_on, due_on, extensions, done_on)
						values (:assignment, :title, :original, :due, :extensions, :done)
						""")
					.param("assignment", a.id())
					.param("title", m.title())
					.param("original", m.originalDueOn())
					.param("due", m.dueOn())
					.param("extensions", m.extensions())
					.param("done", m.doneOn())
					.update();
			}
			else {
				jdbc.sql("update plan.milestone set due_on = :due, extensions = :extensions, done_on = :done where id = :id")
					.param("due", m.dueOn())
					.param("extensions", m.extensions())
					.param("done", m.doneOn())
					.param("id", m.id())
					.update();
			}
		}
		return find(a.id()).orElseThrow();
	}

	private List<Milestone> milestones(long assignmentId) {
		return jdbc.sql("select * from plan.milestone where assignment_id = :id order by due_on, id")
			.param("id", assignmentId)
			.query((rs, n) -> new Milestone(rs.getLong("id"), rs.getString("title"),
					rs.getObject("original_due_on", LocalDate.class), rs.getObject("due_on", LocalDate.class),
					rs.getInt("extensions"), rs.getObject("done_on", LocalDate.class)))
			.list();
	}

	private static Assignment map(ResultSet rs, List<Milestone> milestones) throws SQLException {
		long department = rs.getLong("department_id");
		Long departmentId = rs.wasNull() ? null : department;
		return new Assignment(rs.getLong("id"), rs.getLong("task_id"), rs.getString("written_name"), departmentId,
				UnitRole.valueOf(rs.getString("role")), AssignmentStage.valueOf(rs.getString("stage")),
				instant(rs.getTimestamp("signed_at")), rs.getString("signed_by"), rs.getString("responsible_leader"),
				rs.getString("contact_person"), rs.getString("contact_phone"), rs.getString("measures"),
				rs.getString("measures_comment"), rs.getString("completion_report"),
				instant(rs.getTimestamp("completed_at")), rs.getString("archive_statement"),
				instant(rs.getTimestamp("archived_at")), rs.getInt("version"), milestones);
	}

	private static Instant instant(Timestamp timestamp) {
		return timestamp == null ? null : timestamp.toInstant();
	}

	private static Timestamp ts(Instant instant) {
		return instant == null ? null : Timestamp.from(instant);
	}

}
