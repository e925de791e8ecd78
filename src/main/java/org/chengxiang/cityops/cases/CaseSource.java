package org.chengxiang.cityops.cases;

/**
 * Where a report came from (信息来源).
 */
enum CaseSource {

	GRID_PATROL("网格巡查"), HOTLINE_12345("12345 热线"), RESIDENT("市民上报"), SENSOR("传感器告警");

	private final String label;

	CaseSource(String label) {
		this.label = label;
	}

	/** How the timeline names it. */
	public String label() {
		return label;
	}

}
