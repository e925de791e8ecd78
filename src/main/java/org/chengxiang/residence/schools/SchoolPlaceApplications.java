package org.chengxiang.residence.schools;

import java.util.Optional;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;
import org.springframework.data.repository.query.Param;

/** Children's applications. A save checks the version it was read at. */
interface SchoolPlaceApplications extends ListCrudRepository<SchoolPlaceApplication, Long> {

	Optional<SchoolPlaceApplication> findByApplicationId(long applicationId);

	/** Whether the child has an application standing in the year (any but a withdrawn one). */
	@Query("""
			select exists (select 1 from residence.school_application
			where year = :year and child_key = :child and status <> 'WITHDRAWN')
			""")
	boolean childApplied(@Param("year") int year, @Param("child") byte[] childKey);

	/** The application if the guardian made it: another guardian's child is simply not found. */
	@Query("select * from residence.school_application where id = :id and guardian_user_id = :guardian")
	Optional<SchoolPlaceApplication> findOfGuardian(@Param("id") long id, @Param("guardian") long guardianUserId);

	/** The first on the waiting list of a school's grade in a year, locked for the move up. */
	@Query("""
			select * from residence.school_application
			where year = :year and school = :school and grade = :grade and status = 'WAITING'
			order by priority_rank limit 1 for update
			""")
	Optional<SchoolPlaceApplication> findNextWaiting(@Param("year") int year, @Param("school") long school,
			@Param("grade") String grade);

}
