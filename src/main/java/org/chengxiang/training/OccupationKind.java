package org.chengxiang.training;

/** An occupation of the national catalogue, or a special ability the province defines. */
enum OccupationKind {

	/** 职业（工种） of 中华人民共和国职业分类大典, numbered like 4-10-01-05, trained by skill level. */
	OCCUPATION,
	/** 专项职业能力, numbered by the province (here S-LN-001), trained for a special-ability certificate. */
	SPECIAL

}
