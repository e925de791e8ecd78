package org.chengxiang.residence.permits;

import java.util.List;

import org.chengxiang.residence.RegistrationBasis;

/**
 * The eligibility rules of a residence permit in force, as the police department keeps them.
 *
 * @param minResidenceMonths months of registered residence needed (Art. 2: six)
 * @param acceptedBases the bases of residence on which a permit is issued
 * @param maxChildAge a guardian applies for a child younger than this
 * @param version for the change that edits it
 */
record PermitRule(int minResidenceMonths, List<RegistrationBasis> acceptedBases, int maxChildAge, int version) {

	PermitRule {
		acceptedBases = List.copyOf(acceptedBases);
	}

}
