package org.chengxiang.cityops.cases;

import java.util.Optional;

import org.springframework.data.repository.ListCrudRepository;

/**
 * Stores cases; saving a case publishes the events it registered, and a stale version refuses the save
 * ({@link org.springframework.dao.OptimisticLockingFailureException}).
 */
interface Cases extends ListCrudRepository<Case, Long> {

	Optional<Case> findByNumber(String number);

}
