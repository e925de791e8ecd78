package org.chengxiang.training;

import java.util.Optional;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.relational.core.sql.LockMode;
import org.springframework.data.relational.repository.Lock;
import org.springframework.data.repository.ListCrudRepository;
import org.springframework.data.repository.query.Param;

/** The filed classes. */
interface TrainingClasses extends ListCrudRepository<TrainingClass, Long> {

	/** The class, locked for the rest of the transaction: roster seats are given one writer at a time. */
	@Lock(LockMode.PESSIMISTIC_WRITE)
	Optional<TrainingClass> findForUpdateById(long id);

	/** The class if the provider filter covers it: {@code null} covers every provider (ProviderScope#filter). */
	@Query("select * from training.training_class where id = :id and (cast(:provider as bigint) is null or provider_id = :provider)")
	Optional<TrainingClass> findInScope(@Param("id") long id, @Param("provider") Long provider);

}
