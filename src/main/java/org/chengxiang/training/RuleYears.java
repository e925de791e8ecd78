package org.chengxiang.training;

import org.springframework.data.repository.ListCrudRepository;

/** The claim rules per year. A save checks the version it was read at. */
interface RuleYears extends ListCrudRepository<RuleYear, Integer> {
}
