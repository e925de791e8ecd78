package org.chengxiang.residence.housing;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

import org.chengxiang.platform.domain.RuleBroken.Problem;
import org.chengxiang.platform.domain.Text;

/**
 * One named rule of eligibility for public rental housing. Each answers a refusal that names itself and the field it
 * is about, so that a refused application says which rule refused it; the limits come from the rules in force.
 */
@FunctionalInterface
interface HousingPolicy {

	Optional<Problem> check(Household household, HousingFacts facts);

	/** Local hukou, or a residence permit valid on the day. */
	HousingPolicy localHukouOrPermitPolicy = (household, facts) -> facts.residesLawfully() ? Optional.empty()
			: reject("localHukouOrPermitPolicy", "applicant", "residence.housing.rejection.noResidence");

	/** Income a month per head no higher than the limit. */
	HousingPolicy incomeWithinLimitPolicy = (household, facts) -> {
		BigDecimal limit = BigDecimal.valueOf(facts.rule().maxIncomePerHead());
		return household.incomePerHead().compareTo(limit) > 0
				? reject("incomeWithinLimitPolicy", "householdIncome", "residence.housing.rejection.income",
						household.incomePerHead().stripTrailingZeros().toPlainString(), limit.toPlainString())
				: Optional.empty();
	};

	/** Housing area per head below the limit. */
	HousingPolicy housingAreaBelowLimitPolicy = (household, facts) -> {
		BigDecimal limit = facts.rule().maxAreaPerHead();
		return household.areaPerHead().compareTo(limit) >= 0
				? reject("housingAreaBelowLimitPolicy", "housingArea", "residence.housing.rejection.area",
						household.areaPerHead().stripTrailingZeros().toPlainString(),
						limit.stripTrailingZeros().toPlainString())
				: Optional.empty();
	};

	/** One place on the waiting list per person. */
	HousingPolicy notAlreadyWaitingPolicy = (household, facts) -> facts.alreadyWaiting()
			? reject("notAlreadyWaitingPolicy", "applicant", "residence.housing.rejection.alreadyWaiting")
			: Optional.empty();

	/** Every rule in force, in the order their reasons are reported. */
	static List<HousingPolicy> all() {
		return List.of(localHukouOrPermitPolicy, incomeWithinLimitPolicy, housingAreaBelowLimitPolicy,
				notAlreadyWaitingPolicy);
	}

	/** Every refusal of every rule, at once. */
	static List<Problem> decide(Household household, HousingFacts facts) {
		return all().stream().map(policy -> policy.check(household, facts)).flatMap(Optional::stream).toList();
	}

	private static Optional<Problem> reject(String policy, String field, String reasonKey, Object... arguments) {
		return Optional.of(new Problem(field, Text.of("residence.housing.rejection.explained",
				Text.of(reasonKey, arguments), Text.of("residence.housing.rule." + policy)), policy));
	}

}
