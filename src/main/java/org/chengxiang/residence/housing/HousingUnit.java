package org.chengxiang.residence.housing;

import java.math.BigDecimal;

import org.chengxiang.platform.domain.StepRefused;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.domain.AbstractAggregateRoot;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A unit of the public rental housing stock: free, or let to a household from the waiting list. Never deleted.
 */
@Table(schema = "residence", name = "housing_unit")
final class HousingUnit extends AbstractAggregateRoot<HousingUnit> {

	@Id
	private Long id;

	private String estate;

	private String unitNumber;

	private BigDecimal area;

	private UnitStatus status;

	private Long tenantId;

	@Version
	private Integer version;

	private HousingUnit() {
	}

	/** A unit added to the stock, free. */
	static HousingUnit add(String estate, String unitNumber, BigDecimal area) {
		HousingUnit unit = new HousingUnit();
		unit.estate = estate;
		unit.unitNumber = unitNumber;
		unit.area = area;
		unit.status = UnitStatus.FREE;
		return unit;
	}

	/**
	 * Lets the unit to a waiting household; called by {@link WaitingListEntry#houseIn}.
	 * @throws StepRefused when the unit is not free
	 */
	void letTo(long entryId) {
		if (status != UnitStatus.FREE) {
			throw StepRefused.because("residence.housing.refused.unitNotFree");
		}
		status = UnitStatus.LET;
		tenantId = entryId;
	}

	/**
	 * The tenant moved out: the unit is free again, for the top of the list.
	 * @throws StepRefused when the unit is not let
	 */
	void vacate() {
		if (status != UnitStatus.LET) {
			throw StepRefused.because("residence.housing.refused.unitNotLet");
		}
		status = UnitStatus.FREE;
		tenantId = null;
	}

	Long id() {
		return id;
	}

	String estate() {
		return estate;
	}

	String unitNumber() {
		return unitNumber;
	}

	BigDecimal area() {
		return area;
	}

	UnitStatus status() {
		return status;
	}

	Long tenantId() {
		return tenantId;
	}

	Integer version() {
		return version;
	}

}
