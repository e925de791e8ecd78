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

	@Query("select * from directory.department order by case kind when 'GOVERNMENT_OFFICE' then 0 when 'BUREAU' then 1 when 'BRANCH_OFFICE' then 2 when 'BANK_BRANCH' then 3 when 'ASSOCIATION' then 4 when 'CENTER' then 5 when 'DEVELOPMENT_ZONE' then 6 when 'SUBDISTRICT' then 7 when 'TOWN' then 8 else 9 end, id")
	List<Department> findAllOrdered();

}
