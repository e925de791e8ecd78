package org.chengxiang.plan;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;
import org.springframework.data.repository.query.Param;

/**
 * All assignments with their milestones. A save checks the version it was read at.
 */
interface Assignments extends ListCrudRepository<Assignment, Long> {

	/** The assignment if the department filter ({@code null}: every department) lets the user see it. */
	@Query("""
			select * from plan.assignment
			where id = :id and (cast(:department as bigint) is null or department_id = :department)
			""")
	Optional<Assignment> findVisible(@Param("id") long id, @Param("department") Long department);

	/** A plan's assignments in task order. */
	@Query("""
			select a.* from plan.assignment a join plan.task t on t.id = a.task_id
			where t.plan_id = :plan order by t.seq, a.role, a.id
			""")
	List<Assignment> findByPlan(@Param("plan") long planId);

}
