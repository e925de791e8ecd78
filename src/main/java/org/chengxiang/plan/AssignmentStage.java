package org.chengxiang.plan;

/**
 * Where a department's assignment stands in its workflow.
 */
enum AssignmentStage {

	/** 已下发: issued, not yet signed for. */
	ISSUED,
	/** 已签收: signed for; measures being drafted (or returned for revision). */
	SIGNED,
	/** 措施待审: measures and milestones proposed, waiting for the supervision office. */
	MEASURES_SUBMITTED,
	/** 推进中: measures approved; milestones and monthly reports run. */
	IN_PROGRESS,
	/** 已完成: completion report submitted. */
	COMPLETED,
	/** 已归档: closed with a statement by the supervision office; never deleted. */
	ARCHIVED

}
