package org.chengxiang.residence.permits;

import java.time.Clock;
import java.time.LocalDate;
import java.time.Period;

import org.chengxiang.platform.crypto.PersonKey;
import org.chengxiang.platform.crypto.PersonalDataProtector;
import org.chengxiang.platform.crypto.ResidentIdNumbers;
import org.chengxiang.residence.ResidenceClock;
import org.chengxiang.residence.ResidencePermits;
import org.chengxiang.services.ServiceItemHandler.Applicant;
import org.chengxiang.settlement.LocalHukou;

import org.springframework.stereotype.Component;

/** Finds what the permit rules decide on: the rules, the registration, the holder's hukou and permits, today. */
@Component
class PermitFactFinder {

	private final PermitRules rules;

	private final ResidenceClock residence;

	private final LocalHukou localHukou;

	private final ResidencePermits permits;

	private final PersonalDataProtector protector;

	private final Clock clock;

	PermitFactFinder(PermitRules rules, ResidenceClock residence, LocalHukou localHukou, ResidencePermits permits,
			PersonalDataProtector protector, Clock clock) {
		this.rules = rules;
		this.residence = residence;
		this.localHukou = localHukou;
		this.permits = permits;
		this.protector = protector;
		this.clock = clock;
	}

	PermitFacts facts(PermitForm form, Applicant applicant) {
		LocalDate today = LocalDate.now(clock);
		PersonKey applicantKey = protector.personKey(applicant.idNumber());
		PersonKey holder = holder(form, applicant);
		Integer childAge = form.forChild() && form.childIdNumber() != null
				? Period.between(ResidentIdNumbers.birthDate(form.childIdNumber()), today).getYears() : null;
		return new PermitFacts(rules.current(), residence.current(applicantKey), localHukou.holds(holder),
				permits.validOn(holder, today), childAge, today);
	}

	/** The person the permit is for: the applicant, or the child a guardian applies for. */
	PersonKey holder(PermitForm form, Applicant applicant) {
		return form.forChild() && form.childIdNumber() != null ? protector.personKey(form.childIdNumber())
				: protector.personKey(applicant.idNumber());
	}

}
