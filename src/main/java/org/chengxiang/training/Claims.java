package org.chengxiang.training;

import org.springframework.data.repository.ListCrudRepository;

/** Stores subsidy claims with their lines; saving one publishes its events, and a stale version refuses the save. */
interface Claims extends ListCrudRepository<Claim, Long> {
}
