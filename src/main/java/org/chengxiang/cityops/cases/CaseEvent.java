package org.chengxiang.cityops.cases;

import java.time.Instant;

/**
 * What a case registers when a step concerns someone else, published when the case is saved: the notices
 * ({@link CaseNotices}) tell the people who act next.
 */
sealed interface CaseEvent {

	/** The case, by id. */
	long caseId();

	/** 派遣: to the department, to be handled by {@code handlingDue}. */
	record Dispatched(long caseId, String number, String classCode, long departmentId, Instant handlingDue,
			String instruction) implements CaseEvent {
	}

	/** The department returned the case: the operator dispatches it again. */
	record Disputed(long caseId, String number, long departmentId, String reason) implements CaseEvent {
	}

	/** 返工: the verification failed; the department works on it again. */
	record ReworkOrdered(long caseId, String number, long departmentId, String note) implements CaseEvent {
	}

	/** The department asked for a later handling deadline: the operator decides. */
	record ExtensionRequested(long caseId, String number, Instant until) implements CaseEvent {
	}

	/** The operator granted or refused the extension the department asked for. */
	record ExtensionDecided(long caseId, String number, long departmentId, boolean approved, Instant until,
			String note) implements CaseEvent {
	}

}
