package org.chengxiang.settlement;

import java.util.List;
import java.util.Optional;

import org.chengxiang.settlement.SettlementForm.DecisionView;

/**
 * The outcome of the settlement rules for one application: allowed, or refused with every rule's reason.
 *
 * @param rejections the reasons, in the order of the rules; empty when allowed
 */
record SettlementDecision(List<Rejection> rejections) {

	SettlementDecision {
		rejections = List.copyOf(rejections);
	}

	/** Runs every rule in force. Takes the decision view only: the rural rights never reach a rule. */
	static SettlementDecision decide(DecisionView application, PolicyFacts facts) {
		return decide(SettlementPolicy.allCurrentPolicies(), application, facts);
	}

	static SettlementDecision decide(List<SettlementPolicy> policies, DecisionView application, PolicyFacts facts) {
		return new SettlementDecision(policies.stream()
			.map(policy -> policy.check(application, facts))
			.flatMap(Optional::stream)
			.toList());
	}

	boolean allowed() {
		return rejections.isEmpty();
	}

}
