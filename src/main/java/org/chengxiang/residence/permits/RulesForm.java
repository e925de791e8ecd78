package org.chengxiang.residence.permits;

import java.util.List;

import org.chengxiang.residence.RegistrationBasis;

/**
 * The permit rules as the police department's page sends them: months as typed, the bases ticked.
 *
 * @param minResidenceMonths months of registered residence, as typed
 * @param acceptedBases the bases ticked
 * @param version the version of the rules shown
 */
record RulesForm(String minResidenceMonths, List<RegistrationBasis> acceptedBases, Integer version) {

	static final RulesForm NONE = new RulesForm(null, null, null);

}
