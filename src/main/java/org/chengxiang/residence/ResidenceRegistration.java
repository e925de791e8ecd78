package org.chengxiang.residence;

import java.time.LocalDate;

import org.chengxiang.platform.crypto.PersonKey;
import org.chengxiang.platform.domain.RuleBroken;
import org.chengxiang.platform.domain.StepRefused;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.domain.AbstractAggregateRoot;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A residence registration (居住登记), stored by {@link ResidenceRegistrations}: a person lives at an address of the
 * city from a start date on a basis. It runs the residence clock until the person moves away or settles; its steps
 * check the status and register the events others act on.
 */
@Table(schema = "residence", name = "registration")
final class ResidenceRegistration extends AbstractAggregateRoot<ResidenceRegistration> {

	@Id
	private Long id;

	private String applicationNumber;

	private long applicantUserId;

	private byte[] personKey;

	private String holderName;

	private byte[] idNumberEnc;

	private String divisionCode;

	private long gridCellId;

	private String addressLine;

	private RegistrationBasis basis;

	private LocalDate startDate;

	private LocalDate countedFrom;

	private RegistrationStatus status;

	private LocalDate endDate;

	private EndReason endReason;

	@Version
	private Integer version;

	ResidenceRegistration() {
		// for Spring Data
	}

	/**
	 * An approved registration, active from its start date.
	 *
	 * @param applicationNumber the approved application
	 * @param applicantUserId who applied
	 * @param person the person key
	 * @param holderName the person's name
	 * @param idNumberEnc the encrypted ID number
	 * @param address where they live
	 * @param basis on what basis
	 * @param startDate since when
	 */
	static ResidenceRegistration register(String applicationNumber, long applicantUserId, PersonKey person,
			String holderName, byte[] idNumberEnc, Address address, RegistrationBasis basis, LocalDate startDate) {
		ResidenceRegistration r = new ResidenceRegistration();
		r.applicationNumber = applicationNumber;
		r.applicantUserId = applicantUserId;
		r.personKey = person.bytes();
		r.holderName = holderName;
		r.idNumberEnc = idNumberEnc;
		r.divisionCode = address.divisionCode();
		r.gridCellId = address.gridCellId();
		r.addressLine = address.addressLine();
		r.basis = basis;
		r.startDate = startDate;
		r.countedFrom = startDate;
		r.status = RegistrationStatus.ACTIVE;
		r.registerEvent(new RegistrationStarted(applicationNumber, person, address.divisionCode(), startDate));
		return r;
	}

	/** 注销: the person moved away or settled; the registration ends on the day. */
	void end(LocalDate on, EndReason reason) {
		if (status != RegistrationStatus.ACTIVE) {
			throw StepRefused.because("residence.registration.refused.end");
		}
		if (on == null) {
			throw RuleBroken.at("endDate", "residence.registration.rule.endDateRequired");
		}
		if (on.isBefore(startDate)) {
			throw RuleBroken.at("endDate", "residence.registration.rule.endBeforeStart");
		}
		status = RegistrationStatus.ENDED;
		endDate = on;
		endReason = reason;
		registerEvent(new RegistrationEnded(id, person(), on, reason));
	}

	/**
	 * Art. 10: after a late endorsement the years of residence count again from its day. Only an active registration
	 * runs a clock; an ended one is left as it was.
	 */
	void restartClock(LocalDate on) {
		if (status == RegistrationStatus.ACTIVE && on.isAfter(countedFrom)) {
			countedFrom = on;
		}
	}

	/** Whole months of registered residence on the day, counted from the clock. */
	int monthsOn(LocalDate day) {
		if (day.isBefore(countedFrom)) {
			return 0;
		}
		return (int) java.time.temporal.ChronoUnit.MONTHS.between(countedFrom, day);
	}

	Long id() {
		return id;
	}

	String applicationNumber() {
		return applicationNumber;
	}

	long applicantUserId() {
		return applicantUserId;
	}

	PersonKey person() {
		return PersonKey.of(personKey);
	}

	String holderName() {
		return holderName;
	}

	byte[] idNumberEnc() {
		return idNumberEnc;
	}

	String divisionCode() {
		return divisionCode;
	}

	long gridCellId() {
		return gridCellId;
	}

	String addressLine() {
		return addressLine;
	}

	RegistrationBasis basis() {
		return basis;
	}

	LocalDate startDate() {
		return startDate;
	}

	LocalDate countedFrom() {
		return countedFrom;
	}

	RegistrationStatus status() {
		return status;
	}

	LocalDate endDate() {
		return endDate;
	}

	EndReason endReason() {
		return endReason;
	}

	Integer version() {
		return version;
	}

	/**
	 * An address in the city.
	 *
	 * @param divisionCode the community or village (12 digits)
	 * @param gridCellId the grid cell within it
	 * @param addressLine street, building and room
	 */
	record Address(String divisionCode, long gridCellId, String addressLine) {
	}

}
