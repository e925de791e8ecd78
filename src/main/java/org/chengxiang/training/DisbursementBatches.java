package org.chengxiang.training;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;
import org.springframework.data.repository.query.Param;

/** The disbursement batches with their claims. A save checks the version it was read at and publishes its events. */
interface DisbursementBatches extends ListCrudRepository<DisbursementBatch, Long> {

	/** The highest serial of the year's batch numbers ({@code BF<year>-<serial>}), 0 when none. */
	@Query("""
			select coalesce(max(cast(substring(number from position('-' in number) + 1) as integer)), 0)
			from training.disbursement_batch where number like :prefix""")
	int lastSerial(@Param("prefix") String prefix);

}
