package org.chengxiang.training;

import java.util.Optional;

import org.springframework.data.repository.ListCrudRepository;

/** The approved providers. A save checks the version it was read at. */
interface Providers extends ListCrudRepository<Provider, Long> {

	boolean existsByName(String name);

	boolean existsByCreditCode(String creditCode);

	boolean existsByDepartmentId(long departmentId);

	Optional<Provider> findByDepartmentId(long departmentId);

}
