package org.chengxiang.services;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.chengxiang.platform.security.CurrentUser;
import org.chengxiang.platform.security.Role;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Rating statistics per department and item (好差评): the whole city for administrators and supervisors, the
 * lead's own department for a department lead (the edge lets no one else in).
 */
@Service
@Transactional(readOnly = true)
class RatingsReport {

	private final JdbcClient jdbc;

	private final Clock clock;

	RatingsReport(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	List<RatingRow> ratings(CurrentUser viewer) {
		boolean citywide = viewer.role() == Role.ADMIN || viewer.role() == Role.SUPERVISOR;
		// anyone else sees their own department; a user without one sees nothing
		Long department = citywide ? null : (viewer.departmentId() == null ? -1L : viewer.departmentId());
		return jdbc.sql("""
				select a.department_id, a.item_code, count(*) as rated, avg(a.rating) as average,
				    count(*) filter (where a.rating <= 2) as unsatisfied,
				    count(f.handled_at) as followed_up,
				    count(*) filter (where f.application_id is not null and f.handled_at is null and f.due_on < :today) as overdue
				from services.application a
				    left join services.rating_follow_up f on f.application_id = a.id
				where a.rating is not null and (cast(:department as bigint) is null or a.department_id = :department)
				group by a.department_id, a.item_code order by 1, 2
				""")
			.param("department", department)
			.param("today", LocalDate.now(clock))
			.query((rs, n) -> new RatingRow(rs.getLong(1), rs.getString(2), rs.getInt(3),
					Math.round(rs.getDouble(4) * 100) / 100.0, rs.getInt(5), rs.getInt(6), rs.getInt(7)))
			.list();
	}

	/**
	 * Ratings of one item of one department.
	 *
	 * @param unsatisfied rated 1 or 2 of 5 (差评)
	 * @param followedUp of those, followed up by the department (已整改)
	 * @param overdue of those, still open past their due date
	 */
	record RatingRow(long departmentId, String itemCode, int rated, double average, int unsatisfied, int followedUp,
			int overdue) {

		/** The level of the scale nearest the average, to say it in words (4.4 is 满意). */
		public int nearestLevel() {
			return (int) Math.max(1, Math.min(5, Math.round(average)));
		}

	}

}
