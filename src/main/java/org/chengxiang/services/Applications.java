package org.chengxiang.services;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Stores applications; a stale version refuses the save.
 */
@Repository
class Applications {

	private final JdbcClient jdbc;

	Applications(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Optional<Application> find(long id) {
		return jdbc.sql("select * from services.application where id = :id").param("id", id).query(Applications::map).optional();
	}

	Optional<Application> findByNumber(String number) {
		return jdbc.sql("select * from services.application where number = :n").param("n", number).query(Applications::map)
			.optional();
	}

	void save(Application a) {
		int updated = jdbc.sql("""
				update services.application set status = :status, claimed_by = :claimedBy, submitted_at = :submittedAt,
				    accepted_on = :acceptedOn, deadline = :deadline, paused_on = :pausedOn,
				    paused_working_days = :paused, decided_at = :decidedAt, decision_reason = :reason,
				    decision_basis = :basis, decision_opinion = :opinion, working_days = :workingDays, rating = :rating, rating_comment = :ratingComment,
				    rated_at = case when cast(:rating as integer) is not null and rated_at is null then now() else rated_at end,
				    version = version + 1
				where id = :id and version = :version
				""")
			.param("status", a.status().name())
			.param("claimedBy", a.claimedBy())
			.param("submittedAt", ts(a.submittedAt()))
			.param("acceptedOn", a.acceptedOn())
			.param("deadline", a.deadline())
			.param("pausedOn", a.pausedOn())
			.param("paused", a.pausedWorkingDays())
			.param("decidedAt", ts(a.decidedAt()))
			.param("reason", a.decisionReason())
			.param("basis", a.decisionBasis())
			.param("opinion", a.decisionOpinion())
			.param("workingDays", a.workingDays())
			.param("rating", a.rating())
			.param("ratingComment", a.ratingComment())
			.param("id", a.id())
			.param("version", a.version())
			.update();
		if (updated == 0) {
			throw new OptimisticLockingFailureException("application " + a.id() + " changed concurrently");
		}
	}

	static Application map(ResultSet rs, int row) throws SQLException {
		int working = rs.getInt("working_days");
		Integer workingDays = rs.wasNull() ? null : working;
		int rated = rs.getInt("rating");
		Integer rating = rs.wasNull() ? null : rated;
		return new Application(rs.getLong("id"), rs.getString("number"), rs.getString("item_code"),
				rs.getLong("department_id"), rs.getLong("applicant_user_id"), rs.getBoolean("online"),
				ApplicationStatus.valueOf(rs.getString("status")), rs.getString("claimed_by"),
				instant(rs.getTimestamp("submitted_at")), rs.getObject("accepted_on", LocalDate.class),
				rs.getObject("deadline", LocalDate.class), rs.getObject("paused_on", LocalDate.class),
				rs.getInt("paused_working_days"), instant(rs.getTimestamp("decided_at")),
				rs.getString("decision_reason"), rs.getString("decision_basis"), rs.getString("decision_opinion"), workingDays, rating,
				rs.getString("rating_comment"), rs.getInt("version"));
	}

	private static Instant instant(Timestamp t) {
		return t == null ? null : t.toInstant();
	}

	private static Timestamp ts(Instant i) {
		return i == null ? null : Timestamp.from(i);
	}

}
