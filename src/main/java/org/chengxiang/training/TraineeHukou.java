package org.chengxiang.training;

/** The kind of hukou a trainee declared on the roster (户籍性质). */
enum TraineeHukou {

	/** 农村户籍: a rural hukou makes the trainee a migrant worker. */
	RURAL,
	/** 城镇户籍. */
	URBAN

}
