package org.chengxiang.services;

import java.util.Optional;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;
import org.springframework.data.repository.query.Param;

/**
 * All applications. {@code save} checks the version (a stale one fails with an
 * {@link org.springframework.dao.OptimisticLockingFailureException}) and publishes the events the application
 * registered.
 */
interface Applications extends ListCrudRepository<Application, Long> {

	Optional<Application> findByNumber(String number);

	/** The application if its applicant is this user. */
	Optional<Application> findByIdAndApplicantUserId(long id, long applicantUserId);

	/** The application if this department handles it. */
	Optional<Application> findByIdAndDepartmentId(long id, long departmentId);

	/** The resident's application of the item still in progress (a draft included), if any. */
	@Query("""
			select * from services.application where applicant_user_id = :user and item_code = :item
			and status in ('DRAFT','SUBMITTED','ACCEPTED','UNDER_REVIEW','CORRECTION_REQUESTED','RESUBMITTED')
			order by id desc limit 1
			""")
	Optional<Application> findOpen(@Param("user") long applicantUserId, @Param("item") String itemCode);

}
