package org.chengxiang.services;

import java.util.Set;

/**
 * Where an application stands.
 */
public enum ApplicationStatus {

	/** 草稿. */
	DRAFT,
	/** 已提交, waiting for acceptance. */
	SUBMITTED,
	/** 已受理: the clock of the promised time limit runs. */
	ACCEPTED,
	/** 不予受理. */
	NOT_ACCEPTED,
	/** 审查中. */
	UNDER_REVIEW,
	/** 补正中: the applicant supplies what is missing; the clock stops. */
	CORRECTION_REQUESTED,
	/** 已补正, back under review. */
	RESUBMITTED,
	/** 办结（准予）. */
	APPROVED,
	/** 办结（不予许可）. */
	REJECTED,
	/** 已撤回. */
	WITHDRAWN;

	static final Set<ApplicationStatus> OPEN = Set.of(DRAFT, SUBMITTED, ACCEPTED, UNDER_REVIEW, CORRECTION_REQUESTED,
			RESUBMITTED);

	static final Set<ApplicationStatus> RUNNING = Set.of(ACCEPTED, UNDER_REVIEW, RESUBMITTED);

	public boolean isOpen() {
		return OPEN.contains(this);
	}

	public boolean isDecided() {
		return this == APPROVED || this == REJECTED;
	}

}
