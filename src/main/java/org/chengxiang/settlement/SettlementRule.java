package org.chengxiang.settlement;

import java.util.List;

/**
 * The rule of one settlement category, as the police department keeps it.
 *
 * @param category the category
 * @param name its name, as the police department writes it
 * @param requiredEvidence what the applicant must show
 * @param minResidenceMonths months of residence required, 0 for none (restrictions are abolished)
 * @param minSocialInsuranceMonths months of social insurance required, 0 for none
 * @param active whether applications in this category are accepted
 * @param version optimistic lock: a change names the version it was made from
 */
record SettlementRule(SettlementCategory category, String name, List<String> requiredEvidence,
		int minResidenceMonths, int minSocialInsuranceMonths, boolean active, int version) {

	SettlementRule {
		requiredEvidence = List.copyOf(requiredEvidence);
	}

}
