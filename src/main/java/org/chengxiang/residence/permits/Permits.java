package org.chengxiang.residence.permits;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;
import org.springframework.data.repository.query.Param;

/**
 * Stores residence permits; saving one publishes the events it registered, and a stale version refuses the save.
 */
interface Permits extends ListCrudRepository<ResidencePermit, Long> {

	@Query("select * from residence.permit where application_number = :number")
	Optional<ResidencePermit> findByApplication(@Param("number") String applicationNumber);

	@Query("select * from residence.permit where permit_number = :number")
	Optional<ResidencePermit> findByNumber(@Param("number") String permitNumber);

	@Query("select * from residence.permit where id = :id and applicant_user_id = :user")
	Optional<ResidencePermit> findOwn(@Param("id") long id, @Param("user") long applicantUserId);

	@Query("select * from residence.permit where applicant_user_id = :user order by id desc")
	List<ResidencePermit> findAllOwn(@Param("user") long applicantUserId);

	@Query("select * from residence.permit where status = 'VALID' and valid_until < :day order by id")
	List<ResidencePermit> findPastTheirYear(@Param("day") LocalDate day);

	@Query("select * from residence.permit where (cast(:before as bigint) is null or id < :before) order by id desc limit :limit")
	List<ResidencePermit> page(@Param("before") Long beforeId, @Param("limit") int limit);

}
