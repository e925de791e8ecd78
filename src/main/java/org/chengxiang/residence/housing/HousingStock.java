package org.chengxiang.residence.housing;

import org.springframework.data.repository.ListCrudRepository;

/**
 * The housing stock. A save checks the version it was read at.
 */
interface HousingStock extends ListCrudRepository<HousingUnit, Long> {

	boolean existsByEstateAndUnitNumber(String estate, String unitNumber);

}
