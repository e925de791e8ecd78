package org.chengxiang.directory;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;
import org.springframework.data.repository.query.Param;

/**
 * All departments.
 */
interface Departments extends ListCrudRepository<Department, Long> {

	Optional<Department> findByCode(String code);

	@Query("select d.* from directory.department d join directory.department_alias a on a.department_id = d.id where a.alias = :alias")
	Optional<Department> findByAlias(@Param("alias") String alias);

	/** Every department in the government's usual order, as the departments' sort order holds it. */
	@Query("select * from directory.department order by sort_order, id")
	List<Department> findAllOrdered();

	@Query("select coalesce(max(sort_order), 0) from directory.department")
	int lastSortOrder();

}
