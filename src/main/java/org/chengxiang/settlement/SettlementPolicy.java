package org.chengxiang.settlement;

import java.util.List;
import java.util.Optional;

import org.chengxiang.directory.DivisionSummary;
import org.chengxiang.settlement.SettlementForm.DecisionView;

/**
 * One named rule of settlement. Each sees the form only through {@link DecisionView}, which has no rural rights,
 * and answers a rejection with its reason, so that a refused application can say which rule refused it.
 */
@FunctionalInterface
interface SettlementPolicy {

	Optional<Rejection> check(DecisionView application, PolicyFacts facts);

	/** Applications are taken only in a category the police keep open. */
	SettlementPolicy categoryMustBeOpenPolicy = (application, facts) -> {
		if (application.category() == null) {
			return reject("categoryMustBeOpenPolicy", "category", "settlement.rejection.chooseCategory");
		}
		if (facts.rule().isEmpty()) {
			return reject("categoryMustBeOpenPolicy", "category", "settlement.rejection.categoryUnknown");
		}
		if (!facts.rule().get().active()) {
			return reject("categoryMustBeOpenPolicy", "category", "settlement.rejection.categoryClosed",
					facts.rule().get().name());
		}
		return Optional.empty();
	};

	/** No minimum residence: the rule's minimum is 0. Should it ever be raised, the stated months must reach it. */
	SettlementPolicy noMinimumResidencePolicy = (application, facts) -> {
		int minimum = facts.rule().map(SettlementRule::minResidenceMonths).orElse(0);
		if (minimum > 0 && months(application.residenceMonths()) < minimum) {
			return reject("noMinimumResidencePolicy", "residenceMonths", "settlement.rejection.minResidence",
					String.valueOf(minimum));
		}
		return Optional.empty();
	};

	/** No minimum social insurance: the rule's minimum is 0; likewise data, not code. */
	SettlementPolicy noMinimumSocialInsurancePolicy = (application, facts) -> {
		int minimum = facts.rule().map(SettlementRule::minSocialInsuranceMonths).orElse(0);
		if (minimum > 0 && months(application.socialInsuranceMonths()) < minimum) {
			return reject("noMinimumSocialInsurancePolicy", "socialInsuranceMonths",
					"settlement.rejection.minSocialInsurance", String.valueOf(minimum));
		}
		return Optional.empty();
	};

	/** One settles in a community or village of this city: the directory holds the city's divisions only. */
	SettlementPolicy destinationMustBeInCityPolicy = (application, facts) -> {
		String code = application.destination() == null ? null : application.destination().divisionCode();
		if (facts.destination().isEmpty()) {
			return reject("destinationMustBeInCityPolicy", "destination.divisionCode",
					"settlement.rejection.destinationOutsideCity", String.valueOf(code));
		}
		DivisionSummary division = facts.destination().get();
		if (!division.isNeighbourhood()) {
			return reject("destinationMustBeInCityPolicy", "destination.divisionCode",
					"settlement.rejection.destinationNotNeighbourhood", division.name());
		}
		return Optional.empty();
	};

	/** A grid cell named on the form lies in the destination. */
	SettlementPolicy gridCellMustLieInDestinationPolicy = (application, facts) -> {
		Long gridCellId = application.destination() == null ? null : application.destination().gridCellId();
		if (gridCellId == null) {
			return Optional.empty();
		}
		if (facts.gridCell().isEmpty()) {
			return reject("gridCellMustLieInDestinationPolicy", "destination.gridCellId",
					"settlement.rejection.noSuchGridCell");
		}
		if (!facts.gridCell().get().divisionCode().equals(application.destination().divisionCode())) {
			return reject("gridCellMustLieInDestinationPolicy", "destination.gridCellId",
					"settlement.rejection.gridCellOutside", facts.gridCell().get().name());
		}
		return Optional.empty();
	};

	/** Settlement registers newcomers; someone already registered here moves within the registry instead. */
	SettlementPolicy applicantNotAlreadyRegisteredPolicy = (application, facts) -> facts.applicantRegistered()
			? reject("applicantNotAlreadyRegisteredPolicy", "applicant.idNumber",
					"settlement.rejection.applicantRegistered")
			: Optional.empty();

	/** The same for each member moving with the applicant. */
	SettlementPolicy membersNotAlreadyRegisteredPolicy = (application, facts) -> facts.registeredMembers()
		.stream()
		.sorted()
		.findFirst()
		.flatMap(first -> reject("membersNotAlreadyRegisteredPolicy", "members[" + first + "].idNumber",
				"settlement.rejection.memberRegistered", String.valueOf(first + 1)));

	/** Every rule in force, in the order their reasons are reported. */
	static List<SettlementPolicy> allCurrentPolicies() {
		return List.of(categoryMustBeOpenPolicy, noMinimumResidencePolicy, noMinimumSocialInsurancePolicy,
				destinationMustBeInCityPolicy, gridCellMustLieInDestinationPolicy, applicantNotAlreadyRegisteredPolicy,
				membersNotAlreadyRegisteredPolicy);
	}

	private static Optional<Rejection> reject(String policy, String field, String reasonKey, String... arguments) {
		return Optional.of(new Rejection(policy, field, reasonKey, List.of(arguments)));
	}

	private static int months(Integer stated) {
		return stated == null ? 0 : stated;
	}

}
