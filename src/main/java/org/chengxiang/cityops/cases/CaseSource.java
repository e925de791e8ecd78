package org.chengxiang.cityops.cases;

import org.chengxiang.platform.domain.Text;

/**
 * Where a report came from (信息来源).
 */
enum CaseSource {

	GRID_PATROL, HOTLINE_12345, RESIDENT, SENSOR;

	/** How a reader calls the source: the message {@code cityops.case.source.<source>}. */
	Text text() {
		return Text.of("cityops.case.source." + name());
	}

}
