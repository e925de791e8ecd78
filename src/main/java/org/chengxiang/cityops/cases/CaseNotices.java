package org.chengxiang.cityops.cases;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.chengxiang.platform.domain.Text;
import org.chengxiang.platform.security.CurrentUser;
import org.chengxiang.platform.security.Role;

import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * In-app notices about cases, addressed to a role, and to a department when it is the department's matter
 * (a dispatch to its clerks, a supervision notice to its lead). Every user of that role (and department)
 * sees them on the case list. A notice is kept as a message key and its arguments and worded in the reader's
 * language. The steps that concern someone else tell them here, heard from the case's events in the step's
 * transaction.
 */
@Component
class CaseNotices {

	private final JdbcClient jdbc;

	private final Classification classification;

	private final DepartmentCodes departments;

	private final Clock clock;

	CaseNotices(JdbcClient jdbc, Classification classification, DepartmentCodes departments, Clock clock) {
		this.jdbc = jdbc;
		this.classification = classification;
		this.departments = departments;
		this.clock = clock;
	}

	@EventListener
	void on(CaseEvent.Dispatched dispatched) {
		String className = classification.find(dispatched.classCode())
			.map(Classification.CaseClass::name)
			.orElse(dispatched.classCode());
		String due = Views.format(dispatched.handlingDue(), clock);
		tell(Role.CLERK, dispatched.departmentId(), dispatched.caseId(), dispatched.instruction() == null
				? Text.of("cityops.case.notice.dispatched", dispatched.number(), className, due)
				: Text.of("cityops.case.notice.dispatchedWithInstruction", dispatched.number(), className, due,
						dispatched.instruction()));
	}

	@EventListener
	void on(CaseEvent.Disputed disputed) {
		tell(Role.OPERATOR, null, disputed.caseId(), Text.of("cityops.case.notice.disputed", disputed.number(),
				departments.name(disputed.departmentId()), disputed.reason()));
	}

	@EventListener
	void on(CaseEvent.ReworkOrdered rework) {
		tell(Role.CLERK, rework.departmentId(), rework.caseId(),
				Text.of("cityops.case.notice.rework", rework.number(), rework.note()));
	}

	@EventListener
	void on(CaseEvent.ExtensionRequested requested) {
		tell(Role.OPERATOR, null, requested.caseId(), Text.of("cityops.case.notice.extensionRequested",
				requested.number(), Views.format(requested.until(), clock)));
	}

	@EventListener
	void on(CaseEvent.ExtensionDecided decided) {
		tell(Role.CLERK, decided.departmentId(), decided.caseId(),
				Text.of("cityops.case.notice.extensionDecided", decided.number(), extensionNote(decided, clock)));
	}

	/** What the timeline and the department read of an extension decision. */
	static Text extensionNote(CaseEvent.ExtensionDecided decided, Clock clock) {
		String until = Views.format(decided.until(), clock);
		if (decided.approved()) {
			return decided.note() == null ? Text.of("cityops.case.note.extensionApproved", until)
					: Text.of("cityops.case.note.extensionApprovedWithNote", until, decided.note());
		}
		return decided.note() == null ? Text.of("cityops.case.note.extensionRefused")
				: Text.of("cityops.case.note.extensionRefusedWithNote", decided.note());
	}

	void tell(Role role, Long departmentId, long caseId, Text text) {
		jdbc.sql("""
				insert into cityops.notification (role, department_id, case_id, message_key, message_args, created_at)
				values (:role, :department, :case, :key, cast(:args as jsonb), :at)
				""")
			.param("role", role.name())
			.param("department", departmentId)
			.param("case", caseId)
			.param("key", text.key())
			.param("args", StoredTexts.args(text))
			.param("at", Timestamp.from(clock.instant()))
			.update();
	}

	/** The latest notices for the user's role, and department where addressed to one, in the reader's language. */
	List<Notice> latest(CurrentUser user, int limit) {
		return jdbc.sql("""
				select n.message, n.message_key, n.message_args, n.created_at, n.case_id from cityops.notification n
				where n.role = :role and (n.department_id is null or n.department_id = :department)
				order by n.id desc limit :limit
				""")
			.param("role", user.role().name())
			.param("department", user.departmentId() == null ? -1L : user.departmentId())
			.param("limit", limit)
			.query((rs, n) -> new Notice(StoredTexts.worded(rs.getString(2), rs.getString(3), rs.getString(1)),
					rs.getTimestamp(4).toInstant(), rs.getLong(5)))
			.list();
	}

	/** A notice as its reader reads it. */
	record Notice(String message, Instant at, long caseId) {
	}

}
