package org.chengxiang.residence.housing;

/** Whether a unit of the housing stock is free to let. */
enum UnitStatus {

	/** Free, to be let to the top of the waiting list. */
	FREE,
	/** Let to a household from the waiting list. */
	LET

}
