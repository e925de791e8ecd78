package org.chengxiang.services;

import java.util.Optional;

import org.chengxiang.platform.security.CurrentUser;

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

	/** The application if the user may see it ({@link ApplicationScope}); otherwise nothing. */
	default Optional<Application> findVisible(long id, CurrentUser user) {
		ApplicationScope scope = ApplicationScope.of(user);
		return findInScope(id, scope.applicantUserId(), scope.departmentId());
	}

	/** The application with this number if the user may see it ({@link ApplicationScope}); otherwise nothing. */
	default Optional<Application> findVisibleByNumber(String number, CurrentUser user) {
		ApplicationScope scope = ApplicationScope.of(user);
		return findByNumberInScope(number, scope.applicantUserId(), scope.departmentId());
	}

	@Query("""
			select * from services.application where id = :id
			and (applicant_user_id = :applicant or (department_id = :department and status <> 'DRAFT'))
			""")
	Optional<Application> findInScope(@Param("id") long id, @Param("applicant") Long applicantUserId,
			@Param("department") Long departmentId);

	@Query("""
			select * from services.application where number = :number
			and (applicant_user_id = :applicant or (department_id = :department and status <> 'DRAFT'))
			""")
	Optional<Application> findByNumberInScope(@Param("number") String number, @Param("applicant") Long applicantUserId,
			@Param("department") Long departmentId);

}
