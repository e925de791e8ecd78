package org.chengxiang.residence.schools;

import java.util.List;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

/** Every school with its catchment and places. A save checks the version it was read at. */
interface Schools extends ListCrudRepository<School, Long> {

	@Query("select * from residence.school order by name")
	List<School> findAllByName();

	boolean existsByName(String name);

}
