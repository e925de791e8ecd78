package org.chengxiang.training;

import java.util.List;

/** Who was present at a session: the enrolments ticked on the grid (none ticked sends none). */
record AttendanceForm(List<Long> present) {

	List<Long> presentOrNone() {
		return present == null ? List.of() : present;
	}

}
