package org.chengxiang.residence.housing;

/** Where a household stands on the waiting list. */
enum WaitingStatus {

	/** Waiting for a unit, ranked by points. */
	WAITING,
	/** Housed in a unit; off the list. */
	HOUSED

}
