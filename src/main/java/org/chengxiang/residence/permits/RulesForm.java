package org.chengxiang.residence.permits;

import java.util.List;

import org.chengxiang.residence.RegistrationBasis;

/**
 * The permit rules as the police department's page sends them, all as text so that whatever arrives binds and comes
 * back as it was typed: months as typed, the bases ticked.
 *
 * @param minResidenceMonths months of registered residence, as typed
 * @param acceptedBases the names of the bases ticked
 * @param version the version of the rules shown
 */
record RulesForm(String minResidenceMonths, List<String> acceptedBases, String version) {

	static final RulesForm NONE = new RulesForm(null, null, null);

}
