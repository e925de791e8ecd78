package org.chengxiang.settlement;

import org.chengxiang.platform.web.Wording;
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
			return reject("categoryMustBeOpenPolicy", "category", Wording.of("请选择落户类别", "Choose a settlement category"));
		}
		if (facts.rule().isEmpty() || !facts.rule().get().active()) {
			String name = facts.rule().map(SettlementRule::name).orElse(application.category().name());
			return reject("categoryMustBeOpenPolicy", "category", Wording.of("落户类别“" + name + "”暂停受理",
					"The category “" + name + "” is not taking applications at present"));
		}
		return Optional.empty();
	};

	/** No minimum residence: the rule's minimum is 0. Should it ever be raised, the stated months must reach it. */
	SettlementPolicy noMinimumResidencePolicy = (application, facts) -> {
		int minimum = facts.rule().map(SettlementRule::minResidenceMonths).orElse(0);
		if (minimum > 0 && months(application.residenceMonths()) < minimum) {
			return reject("noMinimumResidencePolicy", "residenceMonths", Wording.of(
					"该类别须在本市居住满 " + minimum + " 个月",
					"This category requires " + minimum + " months of residence in the city"));
		}
		return Optional.empty();
	};

	/** No minimum social insurance: the rule's minimum is 0; likewise data, not code. */
	SettlementPolicy noMinimumSocialInsurancePolicy = (application, facts) -> {
		int minimum = facts.rule().map(SettlementRule::minSocialInsuranceMonths).orElse(0);
		if (minimum > 0 && months(application.socialInsuranceMonths()) < minimum) {
			return reject("noMinimumSocialInsurancePolicy", "socialInsuranceMonths", Wording.of(
					"该类别须在本市缴纳社会保险满 " + minimum + " 个月",
					"This category requires " + minimum + " months of social insurance paid in the city"));
		}
		return Optional.empty();
	};

	/** One settles in a community or village of this city: the directory holds the city's divisions only. */
	SettlementPolicy destinationMustBeInCityPolicy = (application, facts) -> {
		String code = application.destination() == null ? null : application.destination().divisionCode();
		if (facts.destination().isEmpty()) {
			return reject("destinationMustBeInCityPolicy", "destination.divisionCode", Wording.of(
					"所选迁入地不是本市的社区或村，请重新选择", "The place chosen is not a community or village of the city; choose again"));
		}
		DivisionSummary division = facts.destination().get();
		if (!division.isNeighbourhood()) {
			return reject("destinationMustBeInCityPolicy", "destination.divisionCode", Wording.of(
					"请选择具体的社区或村，而不是“" + division.name() + "”",
					"Choose a community or village, not “" + division.name() + "”"));
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
					Wording.of("网格不存在", "There is no such grid cell"));
		}
		if (!facts.gridCell().get().divisionCode().equals(application.destination().divisionCode())) {
			return reject("gridCellMustLieInDestinationPolicy", "destination.gridCellId", Wording.of(
					"网格“" + facts.gridCell().get().name() + "”不在所选社区（村）内",
					"The grid cell “" + facts.gridCell().get().name() + "” lies outside the chosen community or village"));
		}
		return Optional.empty();
	};

	/** Settlement registers newcomers; someone already registered here moves within the registry instead. */
	SettlementPolicy applicantNotAlreadyRegisteredPolicy = (application, facts) -> facts.applicantRegistered()
			? reject("applicantNotAlreadyRegisteredPolicy", "applicant.idNumber",
					Wording.of("申请人已在本市户籍登记，无需申请落户", "You are already registered in the city and need not apply"))
			: Optional.empty();

	/** The same for each member moving with the applicant. */
	SettlementPolicy membersNotAlreadyRegisteredPolicy = (application, facts) -> facts.registeredMembers()
		.stream()
		.sorted()
		.findFirst()
		.flatMap(first -> reject("membersNotAlreadyRegisteredPolicy", "members[" + first + "].idNumber",
				Wording.of("第 " + (first + 1) + " 位随迁人员已在本市户籍登记，无需随迁落户",
						"Member " + (first + 1) + " is already registered in the city and need not move with you")));

	/** Every rule in force, in the order their reasons are reported. */
	static List<SettlementPolicy> allCurrentPolicies() {
		return List.of(categoryMustBeOpenPolicy, noMinimumResidencePolicy, noMinimumSocialInsurancePolicy,
				destinationMustBeInCityPolicy, gridCellMustLieInDestinationPolicy, applicantNotAlreadyRegisteredPolicy,
				membersNotAlreadyRegisteredPolicy);
	}

	private static Optional<Rejection> reject(String policy, String field, String reason) {
		return Optional.of(new Rejection(policy, field, reason));
	}

	private static int months(Integer stated) {
		return stated == null ? 0 : stated;
	}

}
