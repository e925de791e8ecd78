package org.chengxiang.plan;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.chengxiang.platform.audit.AuditEvent;
import org.chengxiang.platform.audit.AuditTrail;
import org.chengxiang.platform.domain.NoSuchRecord;
import org.chengxiang.platform.domain.StepRefused;
import org.chengxiang.platform.security.CurrentUser;
import org.chengxiang.platform.security.Scope;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The workflow of an assignment: the department signs, proposes measures, meets milestones, asks for
 * extensions and completes; the supervision office approves, returns, decides and archives. Who may take a step
 * is checked at the edge; an assignment outside the user's departments is not found. Every step is audited.
 */
@Service
@Transactional
class AssignmentWork {

	private final Assignments assignments;

	private final JdbcClient jdbc;

	private final AuditTrail audit;

	private final Clock clock;

	AssignmentWork(Assignments assignments, JdbcClient jdbc, AuditTrail audit, Clock clock) {
		this.assignments = assignments;
		this.jdbc = jdbc;
		this.audit = audit;
		this.clock = clock;
	}

	/** An assignment the user may see; others answer not found. */
	@Transactional(readOnly = true)
	Assignment visible(long id, Scope scope) {
		return assignments.findVisible(id, scope.departmentFilter())
			.orElseThrow(() -> new NoSuchRecord("assignment " + id));
	}

	Assignment sign(long id, Commands.Sign command, CurrentUser user) {
		return step(id, user, "assignment.signed", a -> a.sign(command.responsibleLeader(), command.contactPerson(),
				command.contactPhone(), user.getUsername(), clock.instant()));
	}

	Assignment proposeMeasures(long id, Commands.ProposeMeasures command, CurrentUser user) {
		List<Milestone> planned = command.milestones()
			.stream()
			.map(m -> Milestone.planned(m.title(), m.dueOn()))
			.toList();
		return step(id, user, "assignment.measures-proposed",
				a -> a.proposeMeasures(command.measures(), planned, today()));
	}

	Assignment approveMeasures(long id, CurrentUser user) {
		return step(id, user, "assignment.measures-approved", Assignment::approveMeasures);
	}

	Assignment returnMeasures(long id, Commands.Comment command, CurrentUser user) {
		return step(id, user, "assignment.measures-returned", a -> a.returnMeasures(command.comment()));
	}

	Assignment markMilestoneDone(long id, long milestoneId, Commands.MilestoneDone command, CurrentUser user) {
		LocalDate today = today();
		LocalDate on = command == null || command.doneOn() == null ? today : command.doneOn();
		return step(id, user, "milestone.done", a -> a.markMilestoneDone(milestoneId, on, today));
	}

	/** A department asks to move a milestone's deadline; the supervision office decides. */
	long requestExtension(long id, long milestoneId, Commands.RequestExtension command, CurrentUser user) {
		Assignment assignment = visible(id, user.scope());
		assignment.checkExtensionRequest(milestoneId, command.requestedDueOn());
		boolean pending = jdbc.sql("select exists(select 1 from plan.extension_request where milestone_id = :m and status = 'PENDING')")
			.param("m", milestoneId)
			.query(Boolean.class)
			.single();
		if (pending) {
			throw StepRefused.because("plan.refused.extensionPending");
		}
		long requestId = jdbc.sql("""
				insert into plan.extension_request (milestone_id, requested_due_on, reason, requested_by, requested_at)
				values (:m, :due, :reason, :by, :at) returning id
				""")
			.param("m", milestoneId)
			.param("due", command.requestedDueOn())
			.param("reason", command.reason().strip())
			.param("by", user.getUsername())
			.param("at", java.sql.Timestamp.from(clock.instant()))
			.query(Long.class)
			.single();
		audit.record(AuditEvent.of("extension.requested", "assignment", id, null,
				Map.of("milestoneId", milestoneId, "requestedDueOn", command.requestedDueOn().toString(), "reason",
						command.reason())));
		return requestId;
	}

	Assignment decideExtension(long requestId, Commands.DecideExtension command, CurrentUser user) {
		ExtensionRow request = jdbc.sql("""
				select e.id, e.milestone_id, e.requested_due_on, e.status, m.assignment_id
				from plan.extension_request e join plan.milestone m on m.id = e.milestone_id where e.id = :id
				""")
			.param("id", requestId)
			.query((rs, n) -> new ExtensionRow(rs.getLong(1), rs.getLong(2), rs.getObject(3, LocalDate.class),
					rs.getString(4), rs.getLong(5)))
			.optional()
			.orElseThrow(() -> new NoSuchRecord("extension " + requestId));
		request.checkPending();
		Assignment assignment = visible(request.assignmentId(), user.scope());
		Map<String, Object> before = snapshot(assignment);
		if (command.approve()) {
			assignment.extendMilestone(request.milestoneId(), request.requestedDueOn());
			assignment = assignments.save(assignment);
		}
		jdbc.sql("""
				update plan.extension_request set status = :status, decided_by = :by, decided_at = :at, comment = :comment
				where id = :id
				""")
			.param("status", command.approve() ? "APPROVED" : "REJECTED")
			.param("by", user.getUsername())
			.param("at", java.sql.Timestamp.from(clock.instant()))
			.param("comment", command.comment())
			.param("id", requestId)
			.update();
		audit.record(AuditEvent.of(command.approve() ? "extension.approved" : "extension.rejected", "assignment",
				assignment.id(), before, snapshot(assignment)));
		return assignment;
	}

	Assignment complete(long id, Commands.Statement command, CurrentUser user) {
		return step(id, user, "assignment.completed", a -> a.complete(command.text(), clock.instant()));
	}

	Assignment archive(long id, Commands.Statement command, CurrentUser user) {
		return step(id, user, "assignment.archived", a -> a.archive(command.text(), clock.instant()));
	}

	/** Puts a task on, or takes it off, the user's watch list (重点关注). */
	void watch(long taskId, boolean watched, CurrentUser user) {
		if (jdbc.sql("select count(*) from plan.task where id = :id").param("id", taskId).query(Integer.class).single() == 0) {
			throw new NoSuchRecord("task " + taskId);
		}
		if (watched) {
			jdbc.sql("insert into plan.watch (user_id, task_id) values (:u, :t) on conflict do nothing")
				.param("u", user.id())
				.param("t", taskId)
				.update();
		}
		else {
			jdbc.sql("delete from plan.watch where user_id = :u and task_id = :t").param("u", user.id()).param("t", taskId).update();
		}
	}

	/** Loads the assignment in the user's scope, takes the step, saves (publishing it) and audits it. */
	private Assignment step(long id, CurrentUser user, String action, Consumer<Assignment> step) {
		Assignment assignment = visible(id, user.scope());
		Map<String, Object> before = snapshot(assignment);
		step.accept(assignment);
		Assignment saved = assignments.save(assignment);
		audit.record(AuditEvent.of(action, "assignment", saved.id(), before, snapshot(saved)));
		return saved;
	}

	private LocalDate today() {
		return LocalDate.now(clock);
	}

	static Map<String, Object> snapshot(Assignment a) {
		Map<String, Object> state = new LinkedHashMap<>();
		state.put("stage", a.stage().name());
		state.put("responsibleLeader", a.responsibleLeader());
		state.put("contactPerson", a.contactPerson());
		state.put("measures", a.measures());
		state.put("milestones", a.milestones().stream().map(m -> {
			Map<String, Object> milestone = new LinkedHashMap<>();
			milestone.put("title", m.title());
			milestone.put("dueOn", String.valueOf(m.dueOn()));
			if (m.extensions() > 0) {
				milestone.put("originalDueOn", String.valueOf(m.originalDueOn()));
			}
			if (m.doneOn() != null) {
				milestone.put("doneOn", String.valueOf(m.doneOn()));
			}
			return milestone;
		}).toList());
		return state;
	}

	private record ExtensionRow(long id, long milestoneId, LocalDate requestedDueOn, String status, long assignmentId) {

		void checkPending() {
			if (!"PENDING".equals(status)) {
				throw StepRefused.because("plan.refused.extensionDecided");
			}
		}

	}

}
