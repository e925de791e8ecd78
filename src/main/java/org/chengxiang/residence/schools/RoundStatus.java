package org.chengxiang.residence.schools;

/** Where a year's allocation round stands: open to applications, its lottery seed published, or drawn. */
enum RoundStatus {

	OPEN, SEED_PUBLISHED, DRAWN

}
