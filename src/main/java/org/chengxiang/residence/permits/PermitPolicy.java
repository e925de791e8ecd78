package org.chengxiang.residence.permits;

import java.util.List;
import java.util.Optional;

import org.chengxiang.platform.domain.RuleBroken.Problem;
import org.chengxiang.platform.domain.Text;

/**
 * One named rule of the residence permit (居住证暂行条例 Art. 2, kept as data in {@link PermitRules}). Each answers a
 * problem naming itself, so that a refusal says which rules refused it, all at once.
 */
@FunctionalInterface
interface PermitPolicy {

	Optional<Problem> check(PermitFacts facts);

	/** The permit rests on a residence registration that still runs. */
	PermitPolicy registrationRequiredPolicy = facts -> facts.residence().isPresent() ? Optional.empty()
			: refuse("registrationRequiredPolicy", "registration", "residence.permit.rule.registrationRequired");

	/** Months of registered residence reach the rule's minimum (Art. 2: six). */
	PermitPolicy minimumResidencePolicy = facts -> facts.residence()
		.filter(residence -> residence.monthsOn(facts.today()) < facts.rule().minResidenceMonths())
		.flatMap(residence -> refuse("minimumResidencePolicy", "residenceMonths",
				"residence.permit.rule.minimumResidence", String.valueOf(facts.rule().minResidenceMonths()),
				String.valueOf(residence.monthsOn(facts.today())), residence.countedFrom().toString()));

	/** The registration's basis is one the rule accepts (employment, housing, study). */
	PermitPolicy acceptedBasisPolicy = facts -> facts.residence()
		.filter(residence -> !facts.rule().acceptedBases().contains(residence.basis()))
		.flatMap(residence -> refuse("acceptedBasisPolicy", "basis", "residence.permit.rule.basisNotAccepted",
				Text.of(residence.basis().messageKey())));

	/** A holder of local hukou needs no permit. */
	PermitPolicy notLocalHukouPolicy = facts -> facts.holderLocal()
			? refuse("notLocalHukouPolicy", "holder", "residence.permit.rule.localHukou") : Optional.empty();

	/** One valid permit at a time: a second card is a replacement, not an application. */
	PermitPolicy oneValidPermitPolicy = facts -> facts.holderHasValidPermit()
			? refuse("oneValidPermitPolicy", "holder", "residence.permit.rule.alreadyHolds") : Optional.empty();

	/** A guardian applies for a child under the rule's age (16). */
	PermitPolicy childUnderAgePolicy = facts -> facts.childAge() != null
			&& facts.childAge() >= facts.rule().maxChildAge()
					? refuse("childUnderAgePolicy", "childIdNumber", "residence.permit.rule.childTooOld",
							String.valueOf(facts.rule().maxChildAge()))
					: Optional.empty();

	/** Every rule in force, in the order their reasons are reported. */
	static List<PermitPolicy> all() {
		return List.of(registrationRequiredPolicy, minimumResidencePolicy, acceptedBasisPolicy, notLocalHukouPolicy,
				oneValidPermitPolicy, childUnderAgePolicy);
	}

	/** Every rule that fails, at once. */
	static List<Problem> decide(PermitFacts facts) {
		return all().stream().map(policy -> policy.check(facts)).flatMap(Optional::stream).toList();
	}

	private static Optional<Problem> refuse(String policy, String field, String key, Object... args) {
		return Optional.of(new Problem(field, Text.of(key, args), policy));
	}

}
