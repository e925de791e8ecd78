package org.chengxiang.residence.pension;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;
import org.springframework.data.repository.query.Param;

/**
 * The enrolments.
 */
interface PensionEnrolments extends ListCrudRepository<PensionEnrolment, Long> {

	@Query("select exists (select 1 from residence.pension_enrolment where application_id = :application)")
	boolean isEnrolled(@Param("application") long applicationId);

	@Query("select exists (select 1 from residence.pension_enrolment where person_key = :key and year = :year)")
	boolean isEnrolled(@Param("key") byte[] personKey, @Param("year") int year);

	@Query("select count(*) from residence.pension_enrolment where applicant_user_id = :user")
	long countOf(@Param("user") long userId);

}
