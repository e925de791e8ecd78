package org.chengxiang.residence;

import java.util.Optional;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;
import org.springframework.data.repository.query.Param;

/**
 * Stores residence registrations; saving one publishes the events it registered, and a stale version refuses the
 * save.
 */
interface ResidenceRegistrations extends ListCrudRepository<ResidenceRegistration, Long> {

	@Query("select * from residence.registration where person_key = :key and status = 'ACTIVE'")
	Optional<ResidenceRegistration> findActive(@Param("key") byte[] personKey);

	@Query("select * from residence.registration where application_number = :number")
	Optional<ResidenceRegistration> findByApplication(@Param("number") String applicationNumber);

	@Query("select * from residence.registration where id = :id and applicant_user_id = :user")
	Optional<ResidenceRegistration> findOwn(@Param("id") long id, @Param("user") long applicantUserId);

}
