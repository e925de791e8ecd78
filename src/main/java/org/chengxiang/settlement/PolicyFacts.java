package org.chengxiang.settlement;

import java.util.Optional;
import java.util.Set;

import org.chengxiang.directory.DivisionSummary;
import org.chengxiang.directory.GridCellSummary;

/**
 * What the settlement rules need to know besides the form: the category's rule as the police set it, the
 * destination as the directory knows it, and who is already in the local registry.
 *
 * @param rule the rule of the form's category, empty when the category has none
 * @param destination the destination division, empty when the directory does not know the code
 * @param gridCell the grid cell named on the form, empty when none was named or it does not exist
 * @param applicantRegistered whether the applicant is already in the local household registry
 * @param registeredMembers positions (from 0) of the members already in the registry
 */
record PolicyFacts(Optional<SettlementRule> rule, Optional<DivisionSummary> destination,
		Optional<GridCellSummary> gridCell, boolean applicantRegistered, Set<Integer> registeredMembers) {

	PolicyFacts {
		registeredMembers = Set.copyOf(registeredMembers);
	}

}
