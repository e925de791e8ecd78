package org.chengxiang.training;

/** Where a filed class stands: open for its roster, sessions and results, finished, or called off. */
enum ClassStatus {

	/** 已备案: open for its roster, sessions, attendance and results. */
	FILED,
	/** 已结业: finished, every trainee's result recorded; it may be claimed. */
	CLOSED,
	/** 已撤销: called off before anyone attended. */
	CANCELLED

}
