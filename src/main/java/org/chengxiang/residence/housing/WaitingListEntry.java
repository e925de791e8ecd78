package org.chengxiang.residence.housing;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.chengxiang.platform.crypto.PersonKey;
import org.chengxiang.platform.domain.StepRefused;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.domain.AbstractAggregateRoot;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A household on the waiting list for public rental housing: listed when its application is approved, ranked by its
 * points, and housed when a unit is let to it.
 */
@Table(schema = "residence", name = "housing_waiting")
final class WaitingListEntry extends AbstractAggregateRoot<WaitingListEntry> {

	@Id
	private Long id;

	private long applicationId;

	private String applicationNumber;

	private long applicantUserId;

	private byte[] personKey;

	private int householdSize;

	private int householdIncome;

	private BigDecimal housingArea;

	private int points;

	private LocalDate listedOn;

	private WaitingStatus status;

	private Long unitId;

	private LocalDate housedOn;

	@Version
	private Integer version;

	private WaitingListEntry() {
	}

	/** The household of an approved application joins the list with its points. */
	static WaitingListEntry list(long applicationId, String applicationNumber, long applicantUserId, PersonKey person,
			Household household, int points, LocalDate listedOn) {
		WaitingListEntry entry = new WaitingListEntry();
		entry.applicationId = applicationId;
		entry.applicationNumber = applicationNumber;
		entry.applicantUserId = applicantUserId;
		entry.personKey = person.bytes();
		entry.householdSize = household.size();
		entry.householdIncome = household.income();
		entry.housingArea = household.area();
		entry.points = points;
		entry.listedOn = listedOn;
		entry.status = WaitingStatus.WAITING;
		return entry;
	}

	/**
	 * Houses the household in the unit, which is let to it in the same step ({@link HousingUnit#letTo}).
	 * @throws StepRefused when the household is no longer waiting
	 */
	void houseIn(HousingUnit unit, LocalDate day) {
		if (status != WaitingStatus.WAITING) {
			throw StepRefused.because("residence.housing.refused.notWaiting");
		}
		unit.letTo(id);
		status = WaitingStatus.HOUSED;
		unitId = unit.id();
		housedOn = day;
		registerEvent(new HousingAllocated(id, applicationNumber, unit.id(), points, day));
	}

	/** New points under changed rules, while waiting; whether they changed. */
	boolean rescore(int newPoints) {
		if (status != WaitingStatus.WAITING || newPoints == points) {
			return false;
		}
		points = newPoints;
		return true;
	}

	Household household() {
		return new Household(householdSize, householdIncome, housingArea);
	}

	Long id() {
		return id;
	}

	long applicationId() {
		return applicationId;
	}

	String applicationNumber() {
		return applicationNumber;
	}

	long applicantUserId() {
		return applicantUserId;
	}

	int points() {
		return points;
	}

	LocalDate listedOn() {
		return listedOn;
	}

	WaitingStatus status() {
		return status;
	}

	Long unitId() {
		return unitId;
	}

	LocalDate housedOn() {
		return housedOn;
	}

}
