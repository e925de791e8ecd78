package org.chengxiang.plan;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.chengxiang.platform.audit.AuditEvent;
import org.chengxiang.platform.audit.AuditTrail;
import org.chengxiang.platform.security.CurrentUser;
import org.chengxiang.platform.security.Role;
import org.chengxiang.platform.security.Scope;
import org.chengxiang.platform.domain.RuleBroken;
import org.chengxiang.platform.domain.StepRefused;
import org.chengxiang.platform.domain.NoSuchRecord;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The workflow of an assignment: the department signs, proposes measures, meets milestones, asks for
 * extensions and completes; the supervision office approves, returns, decides and archives. A department
 * acts only on its own assignments; every step is audited.
 */
@Service
@Transactional
class AssignmentWork {

	private final Assignments assignments;

	private final JdbcClient jdbc;

	private final AuditTrail audit;

	private final Clock clock;

	private final AssignmentStatusRecorder recorder;

	AssignmentWork(Assignments assignments, JdbcClient jdbc, AuditTrail audit, Clock clock,
			AssignmentStatusRecorder recorder) {
		this.recorder = recorder;
		this.assignments = assignments;
		this.jdbc = jdbc;
		this.audit = audit;
		this.clock = clock;
	}

	/** An assignment the user may see; others answer not found. */
	@Transactional(readOnly = true)
	Assignment visible(long id, Scope scope) {
		Assignment assignment = assignments.find(id).orElseThrow(() -> new NoSuchRecord("assignment " + id));
		if (!scope.covers(assignment.departmentId())) {
			throw new NoSuchRecord("assignment " + id);
		}
		return assignment;
	}

	Assignment sign(long id, Commands.Sign command, CurrentUser user) {
		return departmentLead(id, user, "assignment.signed", a -> a.sign(command.responsibleLeader(),
				command.contactPerson(), command.contactPhone(), user.getUsername(), clock.instant()));
	}

	Assignment proposeMeasures(long id, Commands.ProposeMeasures command, CurrentUser user) {
		LocalDate today = LocalDate.now(clock);
		for (int i = 0; i < command.milestones().size(); i++) {
			if (command.milestones().get(i).dueOn().isBefore(today)) {
				throw new RuleBroken("milestones[" + i + "].dueOn", "完成时限不能早于今天 / due date must not be in the past");
			}
		}
		List<Milestone> planned = command.milestones()
			.stream()
			.map(m -> Milestone.planned(m.title(), m.dueOn()))
			.toList();
		return departmentLead(id, user, "assignment.measures-proposed", a -> a.proposeMeasures(command.measures(), planned));
	}

	Assignment approveMeasures(long id, CurrentUser user) {
		return supervisor(id, user, "assignment.measures-approved", Assignment::approveMeasures);
	}

	Assignment returnMeasures(long id, Commands.Comment command, CurrentUser user) {
		return supervisor(id, user, "assignment.measures-returned", a -> a.returnMeasures(command.comment()));
	}

	Assignment markMilestoneDone(long id, long milestoneId, Commands.MilestoneDone command, CurrentUser user) {
		LocalDate today = LocalDate.now(clock);
		LocalDate on = command == null || command.doneOn() == null ? today : command.doneOn();
		if (on.isAfter(today)) {
			throw new RuleBroken("doneOn", "完成日期不能晚于今天 / cannot be in the future");
		}
		return departmentStaff(id, user, "milestone.done", a -> a.markMilestoneDone(milestoneId, on));
	}

	/** A department asks to move a milestone's deadline; the supervision office decides. */
	long requestExtension(long id, long milestoneId, Commands.RequestExtension command, CurrentUser user) {
		Assignment assignment = visible(id, user.scope());
		requireDepartmentLead(assignment, user);
		assignment.checkExtensionRequest(milestoneId, command.requestedDueOn());
		boolean pending = jdbc.sql("select exists(select 1 from plan.extension_request where milestone_id = :m and status = 'PENDING')")
			.param("m", milestoneId)
			.query(Boolean.class)
			.single();
		if (pending) {
			throw new StepRefused("该节点已有待审批的延期申请 / an extension request is already pending");
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
		requireSupervisor(user);
		ExtensionRow request = jdbc.sql("""
				select e.id, e.milestone_id, e.requested_due_on, e.status, m.assignment_id
				from plan.extension_request e join plan.milestone m on m.id = e.milestone_id where e.id = :id
				""")
			.param("id", requestId)
			.query((rs, n) -> new ExtensionRow(rs.getLong(1), rs.getLong(2), rs.getObject(3, LocalDate.class),
					rs.getString(4), rs.getLong(5)))
			.optional()
			.orElseThrow(() -> new NoSuchRecord("extension " + requestId));
		if (!"PENDING".equals(request.status())) {
			throw new StepRefused("该申请已处理 / the request was already decided");
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
		Assignment assignment = assignments.find(request.assignmentId()).orElseThrow();
		Map<String, Object> before = snapshot(assignment);
		if (command.approve()) {
			assignment.extendMilestone(request.milestoneId(), request.requestedDueOn());
			assignment = assignments.save(assignment);
			recorder.recordNow(assignment);
		}
		audit.record(AuditEvent.of(command.approve() ? "extension.approved" : "extension.rejected", "assignment",
				assignment.id(), before, snapshot(assignment)));
		return assignment;
	}

	Assignment complete(long id, Commands.Statement command, CurrentUser user) {
		return departmentLead(id, user, "assignment.completed", a -> a.complete(command.text(), clock.instant()));
	}

	Assignment archive(long id, Commands.Statement command, CurrentUser user) {
		return supervisor(id, user, "assignment.archived", a -> a.archive(command.text(), clock.instant()));
	}

	/** Puts a task on, or takes it off, the user's watch list (重点关注). */
	void watch(long taskId, boolean watched, CurrentUser user) {
		if (user.role() != Role.DEPARTMENT_LEAD && user.role() != Role.SUPERVISOR && user.role() != Role.ADMIN) {
			throw new AccessDeniedException("leaders only");
		}
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

	private Assignment departmentLead(long id, CurrentUser user, String action, Consumer<Assignment> step) {
		Assignment assignment = visible(id, user.scope());
		requireDepartmentLead(assignment, user);
		return apply(assignment, action, step);
	}

	private Assignment departmentStaff(long id, CurrentUser user, String action, Consumer<Assignment> step) {
		Assignment assignment = visible(id, user.scope());
		requireOwnDepartment(assignment, user);
		return apply(assignment, action, step);
	}

	private Assignment supervisor(long id, CurrentUser user, String action, Consumer<Assignment> step) {
		requireSupervisor(user);
		return apply(visible(id, user.scope()), action, step);
	}

	private Assignment apply(Assignment assignment, String action, Consumer<Assignment> step) {
		Map<String, Object> before = snapshot(assignment);
		step.accept(assignment);
		Assignment saved = assignments.save(assignment);
		audit.record(AuditEvent.of(action, "assignment", saved.id(), before, snapshot(saved)));
		recorder.recordNow(saved);
		return saved;
	}

	static void requireOwnDepartment(Assignment assignment, CurrentUser user) {
		boolean staff = user.role() == Role.CLERK || user.role() == Role.DEPARTMENT_LEAD;
		if (!staff || assignment.departmentId() == null || !assignment.departmentId().equals(user.departmentId())) {
			throw new AccessDeniedException("only the assigned department acts on its assignment");
		}
	}

	static void requireDepartmentLead(Assignment assignment, CurrentUser user) {
		requireOwnDepartment(assignment, user);
		if (user.role() != Role.DEPARTMENT_LEAD) {
			throw new AccessDeniedException("the department lead signs, proposes and completes");
		}
	}

	static void requireSupervisor(CurrentUser user) {
		if (user.role() != Role.SUPERVISOR) {
			throw new AccessDeniedException("supervision office only");
		}
	}

	static Map<String, Object> snapshot(Assignment a) {
		Map<String, Object> state = new LinkedHashMap<>();
		state.put("stage", a.stage().name());
		state.put("responsibleLeader", a.responsibleLeader());
		state.put("contactPerson", a.contactPerson());
		state.put("measures", a.measures());
		state.put("milestones", a.milestones()
			.stream()
			.map(m -> m.title() + " " + m.dueOn() + (m.extensions() > 0 ? " (原定 " + m.originalDueOn() + ")" : "")
					+ (m.doneOn() != null ? " 已完成 " + m.doneOn() : ""))
			.toList());
		return state;
	}

	private record ExtensionRow(long id, long milestoneId, LocalDate requestedDueOn, String status, long assignmentId) {
	}

}
