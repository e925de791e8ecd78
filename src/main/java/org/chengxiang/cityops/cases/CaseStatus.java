package org.chengxiang.cityops.cases;

import java.util.EnumSet;
import java.util.Set;

import org.chengxiang.platform.domain.Text;

/**
 * Where a case stands on the GB/T 30428 workflow: 信息收集 → 立案 → 派遣 → 处置 → 反馈 → 核查 → 结案.
 */
public enum CaseStatus {

	/** 信息收集: reported, waiting for the operator to file or reject it (待立案). */
	REPORTED,
	/** 立案: filed, waiting to be dispatched (待派遣); also where a disputed dispatch returns. */
	FILED,
	/** 不予立案. */
	REJECTED,
	/** 派遣: dispatched to a department, not started yet (待处置). */
	DISPATCHED,
	/** 处置: the department is acting. */
	HANDLING,
	/** 反馈: the department reported it done; the grid officer verifies on site (待核查). */
	FEEDBACK,
	/** 核查通过: verified on site, waiting for the operator to close it (待结案). */
	VERIFIED,
	/** 返工: verification failed, back with the department. */
	REWORK,
	/** 结案. */
	CLOSED;

	static final Set<CaseStatus> OPEN = EnumSet.of(REPORTED, FILED, DISPATCHED, HANDLING, FEEDBACK, VERIFIED, REWORK);

	/** The department's part: from dispatch until it reports done. */
	static final Set<CaseStatus> WITH_DEPARTMENT = EnumSet.of(DISPATCHED, HANDLING, REWORK);

	/** How a reader calls the status: the message {@code cityops.case.status.<status>}. */
	public Text text() {
		return Text.of("cityops.case.status." + name());
	}

	public boolean isOpen() {
		return OPEN.contains(this);
	}

}
