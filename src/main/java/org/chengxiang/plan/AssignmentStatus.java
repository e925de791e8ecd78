package org.chengxiang.plan;

/**
 * Progress status of an assignment or task, as the ledger reports it.
 */
enum AssignmentStatus {

	/** 未启动. */
	NOT_STARTED,
	/** 推进中. */
	IN_PROGRESS,
	/** 已完成. */
	COMPLETED,
	/** 滞后: a milestone is overdue. */
	DELAYED

}
