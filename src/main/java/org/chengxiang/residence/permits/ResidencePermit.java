package org.chengxiang.residence.permits;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;

import org.chengxiang.platform.crypto.PersonKey;
import org.chengxiang.platform.domain.RuleBroken;
import org.chengxiang.platform.domain.StepRefused;
import org.chengxiang.residence.PermitEndorsed;
import org.chengxiang.residence.PermitIssued;
import org.chengxiang.residence.PermitLapsed;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.domain.AbstractAggregateRoot;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A residence permit (居住证), stored by {@link Permits}. Valid for a year at a time: endorsed (签注) in the month
 * before each full year it covers another; a missed endorsement lapses it, and a late one restores it with the
 * residence clock restarted from its day (Art. 10). Replacement and cancellation end it; nothing deletes it. Every
 * step checks the status here and registers the event others act on.
 */
@Table(schema = "residence", name = "permit")
final class ResidencePermit extends AbstractAggregateRoot<ResidencePermit> {

	@Id
	private Long id;

	private String permitNumber;

	private byte[] personKey;

	private PermitStatus status;

	private LocalDate issuedOn;

	private LocalDate validFrom;

	private LocalDate validUntil;

	private LocalDate endedOn;

	private String holderName;

	private String sex;

	private byte[] idNumberEnc;

	private String address;

	private String issuingAuthority;

	private String applicationNumber;

	private int photoPosition;

	private long applicantUserId;

	private boolean byGuardian;

	private Long replacesId;

	private ReplacementKind replacementKind;

	private LocalDate lastEndorsedOn;

	@Version
	private Integer version;

	ResidencePermit() {
		// for Spring Data
	}

	/**
	 * A permit issued on an approved application, valid for a year from the day.
	 *
	 * @param permitNumber its number
	 * @param person the holder's person key
	 * @param card what the card shows
	 * @param applicationNumber the application, whose photo material it carries
	 * @param applicantUserId who applied
	 * @param byGuardian whether a guardian applied for a child
	 * @param on the day of issue
	 */
	static ResidencePermit issue(String permitNumber, PersonKey person, CardData card, String applicationNumber,
			long applicantUserId, boolean byGuardian, LocalDate on) {
		ResidencePermit p = new ResidencePermit();
		p.permitNumber = permitNumber;
		p.personKey = person.bytes();
		p.status = PermitStatus.VALID;
		p.issuedOn = on;
		p.validFrom = on;
		p.validUntil = on.plusYears(1).minusDays(1);
		p.card(card);
		p.applicationNumber = applicationNumber;
		p.photoPosition = 2;
		p.applicantUserId = applicantUserId;
		p.byGuardian = byGuardian;
		p.registerEvent(new PermitIssued(permitNumber, person, p.validFrom, p.validUntil));
		return p;
	}

	/** The first day of the endorsement window: a month before the day the covered year is full. */
	LocalDate endorsementOpens() {
		return validUntil.plusDays(1).minusMonths(1);
	}

	/**
	 * 签注. On time (from a month before the year is full through the deadline, the last covered day or, when that
	 * is no working day, the next working day) it covers another year; late, on a lapsed permit, it restores the
	 * permit for a year from the day, and the residence clock restarts from the day.
	 *
	 * @param on the day of the endorsement
	 * @param deadline the last day an endorsement is on time
	 */
	void endorse(LocalDate on, LocalDate deadline) {
		require(EnumSet.of(PermitStatus.VALID, PermitStatus.LAPSED), "endorse");
		if (status == PermitStatus.VALID) {
			if (on.isBefore(endorsementOpens())) {
				throw RuleBroken.at("permitNumber", "residence.permit.rule.endorsementNotDue", endorsementOpens());
			}
			if (on.isAfter(deadline)) {
				throw RuleBroken.at("permitNumber", "residence.permit.rule.endorsementMissed");
			}
			validUntil = validUntil.plusYears(1);
			lastEndorsedOn = on;
			registerEvent(new PermitEndorsed(permitNumber, person(), on, validUntil, false));
			return;
		}
		status = PermitStatus.VALID;
		validFrom = on;
		validUntil = on.plusYears(1).minusDays(1);
		endedOn = null;
		lastEndorsedOn = on;
		registerEvent(new PermitEndorsed(permitNumber, person(), on, validUntil, true));
	}

	/**
	 * The endorsement was missed: the day after its deadline the permit lapses, and counts no longer from the day
	 * after the last day it covered.
	 *
	 * @param today the day of the check
	 * @param deadline the last day an endorsement was on time
	 */
	void lapse(LocalDate today, LocalDate deadline) {
		require(EnumSet.of(PermitStatus.VALID), "lapse");
		if (!today.isAfter(deadline)) {
			throw StepRefused.because("residence.permit.refused.notDue");
		}
		status = PermitStatus.LAPSED;
		endedOn = validUntil.plusDays(1);
		registerEvent(new PermitLapsed(permitNumber, person(), endedOn));
	}

	/**
	 * 换领/补领: this card ends on the day and a new one with a new number takes over, covering the same year.
	 *
	 * @return the new permit, to be stored
	 */
	ResidencePermit replace(ReplacementKind kind, String newNumber, LocalDate on) {
		require(EnumSet.of(PermitStatus.VALID), "replace");
		if (kind == null) {
			throw RuleBroken.at("kind", "residence.permit.rule.replacementKind");
		}
		LocalDate from = on.isBefore(validFrom) ? validFrom : on;
		status = PermitStatus.REPLACED;
		endedOn = from;
		ResidencePermit next = new ResidencePermit();
		next.permitNumber = newNumber;
		next.personKey = personKey;
		next.status = PermitStatus.VALID;
		next.issuedOn = on;
		next.validFrom = from;
		next.validUntil = validUntil.isBefore(from) ? from : validUntil;
		next.card(new CardData(holderName, sex, idNumberEnc, address, issuingAuthority));
		next.applicationNumber = null;
		next.photoPosition = photoPosition;
		next.applicantUserId = applicantUserId;
		next.byGuardian = byGuardian;
		next.replacesId = id;
		next.replacementKind = kind;
		next.lastEndorsedOn = lastEndorsedOn;
		next.registerEvent(new PermitIssued(newNumber, person(), next.validFrom, next.validUntil));
		return next;
	}

	/** 注销: the holder left, settled or the permit was obtained wrongly; it counts no longer from the day. */
	void cancel(LocalDate on) {
		require(EnumSet.of(PermitStatus.VALID, PermitStatus.LAPSED), "cancel");
		status = PermitStatus.CANCELLED;
		LocalDate from = on.isBefore(validFrom) ? validFrom : on;
		if (endedOn == null || from.isBefore(endedOn)) {
			endedOn = from;
		}
	}

	private void card(CardData card) {
		holderName = card.holderName();
		sex = card.sex();
		idNumberEnc = card.idNumberEnc();
		address = card.address();
		issuingAuthority = card.issuingAuthority();
	}

	private void require(Set<PermitStatus> allowed, String step) {
		if (!allowed.contains(status)) {
			throw StepRefused.because("residence.permit.refused." + step);
		}
	}

	Long id() {
		return id;
	}

	String permitNumber() {
		return permitNumber;
	}

	PersonKey person() {
		return PersonKey.of(personKey);
	}

	PermitStatus status() {
		return status;
	}

	LocalDate issuedOn() {
		return issuedOn;
	}

	LocalDate validFrom() {
		return validFrom;
	}

	LocalDate validUntil() {
		return validUntil;
	}

	LocalDate endedOn() {
		return endedOn;
	}

	String holderName() {
		return holderName;
	}

	String sex() {
		return sex;
	}

	byte[] idNumberEnc() {
		return idNumberEnc;
	}

	String address() {
		return address;
	}

	String issuingAuthority() {
		return issuingAuthority;
	}

	String applicationNumber() {
		return applicationNumber;
	}

	int photoPosition() {
		return photoPosition;
	}

	long applicantUserId() {
		return applicantUserId;
	}

	boolean byGuardian() {
		return byGuardian;
	}

	Long replacesId() {
		return replacesId;
	}

	ReplacementKind replacementKind() {
		return replacementKind;
	}

	LocalDate lastEndorsedOn() {
		return lastEndorsedOn;
	}

	Integer version() {
		return version;
	}

}
