package org.chengxiang.residence.schools;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

/** The rounds, one a year. A save checks the version it was read at. */
interface AllocationRounds extends ListCrudRepository<AllocationRound, Long> {

	Optional<AllocationRound> findByYear(int year);

	@Query("select * from residence.school_round order by year desc")
	List<AllocationRound> findAllNewestFirst();

}
