package org.chengxiang.settlement;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.chengxiang.directory.Directory;
import org.chengxiang.directory.DivisionSummary;
import org.chengxiang.directory.GridCellSummary;
import org.chengxiang.platform.crypto.ResidentIdNumbers;
import org.chengxiang.services.ServiceItemHandler.Applicant;
import org.chengxiang.settlement.SettlementForm.DecisionView;

import org.springframework.stereotype.Component;

/**
 * Looks up what the settlement rules need to know about an application: its category's rule, its destination in
 * the directory, and who of its people is already in the registry.
 */
@Component
class PolicyFactFinder {

	private final SettlementRules rules;

	private final Directory directory;

	private final HouseholdRegistry registry;

	PolicyFactFinder(SettlementRules rules, Directory directory, HouseholdRegistry registry) {
		this.rules = rules;
		this.directory = directory;
		this.registry = registry;
	}

	PolicyFacts facts(DecisionView application, Applicant applicant) {
		Optional<SettlementRule> rule = Optional.ofNullable(application.category()).flatMap(rules::find);
		SettlementForm.Destination destination = application.destination();
		Optional<DivisionSummary> division = destination == null || destination.divisionCode() == null
				? Optional.empty() : directory.division(destination.divisionCode());
		Optional<GridCellSummary> gridCell = destination == null || destination.gridCellId() == null
				? Optional.empty() : directory.gridCell(destination.gridCellId());
		return new PolicyFacts(rule, division, gridCell, registered(applicant.idNumber()),
				registeredMembers(application.members()));
	}

	private Set<Integer> registeredMembers(List<SettlementForm.Member> members) {
		Set<Integer> registered = new HashSet<>();
		for (int i = 0; i < members.size(); i++) {
			if (members.get(i) != null && registered(members.get(i).idNumber())) {
				registered.add(i);
			}
		}
		return registered;
	}

	// Only valid numbers are looked up; the form checks report the others.
	private boolean registered(String idNumber) {
		return ResidentIdNumbers.problem(idNumber).isEmpty() && registry.isRegistered(idNumber);
	}

}
