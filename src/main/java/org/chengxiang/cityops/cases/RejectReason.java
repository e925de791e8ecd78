package org.chengxiang.cityops.cases;

/**
 * Why the operator did not file a report (不予立案).
 */
enum RejectReason {

	/** 重复上报: linked to the original case. */
	DUPLICATE,
	/** 不属于城管受理范围. */
	NOT_IN_SCOPE,
	/** 其他（须说明）. */
	OTHER

}
