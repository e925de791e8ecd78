package org.chengxiang.services;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;

import org.chengxiang.platform.audit.AuditEvent;
import org.chengxiang.platform.audit.AuditTrail;
import org.chengxiang.platform.domain.NoSuchRecord;
import org.chengxiang.platform.security.CurrentUser;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * What every desk does around a step: finds the application in the user's reach, saves it (which checks its
 * version and publishes its events), and records the step on its timeline and in the audit trail.
 */
@Component
class ApplicationSteps {

	private final Applications applications;

	private final AuditTrail audit;

	private final JdbcClient jdbc;

	private final Clock clock;

	ApplicationSteps(Applications applications, AuditTrail audit, JdbcClient jdbc, Clock clock) {
		this.applications = applications;
		this.audit = audit;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	LocalDate today() {
		return LocalDate.now(clock);
	}

	/** The applicant's own application; anyone else's is not found. */
	Application own(long id, CurrentUser applicant) {
		return applications.findByIdAndApplicantUserId(id, applicant.id())
			.orElseThrow(() -> new NoSuchRecord("application " + id));
	}

	/** An application of the clerk's department; any other is not found. */
	Application ofDepartment(long id, CurrentUser clerk) {
		return (clerk.departmentId() == null ? java.util.Optional.<Application>empty()
				: applications.findByIdAndDepartmentId(id, clerk.departmentId()))
			.orElseThrow(() -> new NoSuchRecord("application " + id));
	}

	/** Saves the application after a step and records the step. */
	Application save(Application application, CurrentUser user, String action, ApplicationStatus before, String note) {
		Application saved = applications.save(application);
		record(saved.id(), user, action, before, saved.status(), note);
		audit.record(AuditEvent.of("application." + action, "application", saved.number(),
				before == null ? null : Map.of("status", before.name()),
				Map.of("status", saved.status().name(), "note", note == null ? "" : note)));
		return saved;
	}

	/** Records a step on the application's timeline. */
	void record(long id, CurrentUser user, String action, ApplicationStatus from, ApplicationStatus to, String note) {
		jdbc.sql("""
				insert into services.application_step (application_id, at, actor, action, from_status, to_status, note)
				values (:id, :at, :actor, :action, :from, :to, :note)
				""")
			.param("id", id)
			.param("at", Timestamp.from(clock.instant()))
			.param("actor", user.getUsername())
			.param("action", action)
			.param("from", from == null ? null : from.name())
			.param("to", to.name())
			.param("note", note)
			.update();
	}

}
