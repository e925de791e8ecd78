package org.chengxiang.residence.housing;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;

import org.chengxiang.platform.audit.AuditEvent;
import org.chengxiang.platform.audit.AuditTrail;
import org.chengxiang.platform.domain.NoSuchRecord;
import org.chengxiang.platform.domain.RuleBroken;
import org.chengxiang.platform.domain.StaleVersion;
import org.chengxiang.platform.domain.StepRefused;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The housing bureau's desk for the stock: units added, let to the top of the waiting list as they become free, and
 * vacated. Each step loads, calls the aggregate, saves and audits.
 */
@Service
@Transactional
class HousingAllocations {

	private final HousingStock stock;

	private final WaitingList waitingList;

	private final AuditTrail audit;

	private final Clock clock;

	HousingAllocations(HousingStock stock, WaitingList waitingList, AuditTrail audit, Clock clock) {
		this.stock = stock;
		this.waitingList = waitingList;
		this.audit = audit;
		this.clock = clock;
	}

	/** A unit added to the stock, free; its id. */
	long addUnit(AddUnit command) {
		if (stock.existsByEstateAndUnitNumber(command.estate().strip(), command.unitNumber().strip())) {
			throw RuleBroken.at("unitNumber", "residence.housing.unit.duplicate");
		}
		HousingUnit unit = stock.save(HousingUnit.add(command.estate().strip(), command.unitNumber().strip(),
				command.area()));
		audit.record(AuditEvent.of("residence.housing.unit.added", "HousingUnit", unit.id(), null,
				Map.of("estate", unit.estate(), "unit", unit.unitNumber(), "area", unit.area())));
		return unit.id();
	}

	/**
	 * Lets a free unit to the household at the top of the waiting list; the entry housed.
	 * @throws StepRefused when the unit is not free or nobody is waiting
	 */
	WaitingListEntry allocate(long unitId, int version) {
		HousingUnit unit = unit(unitId, version);
		WaitingListEntry top = waitingList.findTop()
			.orElseThrow(() -> StepRefused.because("residence.housing.refused.nobodyWaiting"));
		top.houseIn(unit, LocalDate.now(clock));
		stock.save(unit);
		WaitingListEntry housed = waitingList.save(top);
		audit.record(AuditEvent.of("residence.housing.allocated", "HousingUnit", unitId,
				Map.of("status", UnitStatus.FREE), Map.of("status", UnitStatus.LET, "application",
						housed.applicationNumber(), "points", housed.points())));
		return housed;
	}

	/** The tenant of a let unit moved out: the unit is free again. */
	void vacate(long unitId, int version) {
		HousingUnit unit = unit(unitId, version);
		unit.vacate();
		stock.save(unit);
		audit.record(AuditEvent.of("residence.housing.vacated", "HousingUnit", unitId, Map.of("status", UnitStatus.LET),
				Map.of("status", UnitStatus.FREE)));
	}

	private HousingUnit unit(long unitId, int version) {
		HousingUnit unit = stock.findById(unitId).orElseThrow(() -> new NoSuchRecord("housing unit " + unitId));
		if (unit.version() != version) {
			throw new StaleVersion();
		}
		return unit;
	}

}
