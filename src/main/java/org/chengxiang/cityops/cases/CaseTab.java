package org.chengxiang.cityops.cases;

import org.chengxiang.platform.security.Role;

/**
 * The parts of the case list, what each role works on; the home page counts them.
 */
public enum CaseTab {

	/** 待立案. */
	TO_FILE("c.status = 'REPORTED'"),
	/** 待派遣. */
	TO_DISPATCH("c.status = 'FILED'"),
	/** 处置中. */
	HANDLING("c.status in ('DISPATCHED', 'HANDLING', 'REWORK')"),
	/** 待核查. */
	TO_VERIFY("c.status = 'FEEDBACK'"),
	/** 待结案. */
	TO_CLOSE("c.status = 'VERIFIED'"),
	/** 已结案 (and not filed). */
	CLOSED("c.status in ('CLOSED', 'REJECTED')"),
	/** 超时: the current step is past its time limit. */
	OVERDUE("c.status not in ('CLOSED', 'REJECTED') and c.due_at < :now"),
	/** 挂账: past the handling deadline and no step for a long time. */
	HANGING("c.status in ('DISPATCHED', 'HANDLING', 'REWORK') and c.handling_due_at < :now and c.last_action_at < :stale"),
	/** 全部. */
	ALL("true");

	private final String condition;

	CaseTab(String condition) {
		this.condition = condition;
	}

	/** The tab's restriction in SQL, on {@code city_case c}, with the parameters {@code :now} and {@code :stale}. */
	String condition() {
		return condition;
	}

	/** The tab a role starts on. */
	static CaseTab startingTab(Role role) {
		return switch (role) {
			case OPERATOR -> TO_FILE;
			case CLERK, DEPARTMENT_LEAD -> HANDLING;
			case GRID_OFFICER -> TO_VERIFY;
			default -> ALL;
		};
	}

}
