package org.chengxiang.residence.housing;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;
import org.springframework.data.repository.query.Param;

/**
 * The waiting list for public rental housing. A save checks the version it was read at.
 */
interface WaitingList extends ListCrudRepository<WaitingListEntry, Long> {

	/** The household at the top of the list: most points, then listed first, then listed earliest. */
	@Query("""
			select * from residence.housing_waiting where status = 'WAITING'
			order by points desc, listed_on, id limit 1
			""")
	Optional<WaitingListEntry> findTop();

	@Query("select * from residence.housing_waiting where status = 'WAITING' order by id")
	List<WaitingListEntry> findWaiting();

	@Query("select exists (select 1 from residence.housing_waiting where application_id = :application)")
	boolean isListed(@Param("application") long applicationId);

	@Query("select exists (select 1 from residence.housing_waiting where person_key = :key and status = 'WAITING')")
	boolean isWaiting(@Param("key") byte[] personKey);

}
