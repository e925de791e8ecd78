package org.chengxiang.cityops.cases;

/**
 * Where a report came from (信息来源).
 */
public enum CaseSource {

	/** 网格巡查. */
	GRID_PATROL,
	/** 12345 热线. */
	HOTLINE_12345,
	/** 市民上报. */
	RESIDENT,
	/** 传感器告警. */
	SENSOR

}
