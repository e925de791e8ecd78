package org.chengxiang.training;

/** The kinds of training the plan names (task 四), each with its own subsidy standard. */
enum TrainingType {

	/** 岗前培训: before a new worker starts. */
	PRE_JOB,
	/** 新型学徒制: an enterprise's new apprenticeship with a training institution. */
	APPRENTICESHIP,
	/** 岗位技能提升培训: upgrading workers in their jobs. */
	UPGRADING

}
