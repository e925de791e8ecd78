package org.chengxiang.settlement;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;

import org.chengxiang.directory.GridCellSummary;
import org.chengxiang.settlement.SettlementForm.DecisionView;
import org.chengxiang.settlement.SettlementForm.Destination;

import static org.assertj.core.api.Assertions.assertThat;
import static org.chengxiang.settlement.SettlementPolicy.applicantNotAlreadyRegisteredPolicy;
import static org.chengxiang.settlement.SettlementPolicy.categoryMustBeOpenPolicy;
import static org.chengxiang.settlement.SettlementPolicy.destinationMustBeInCityPolicy;
import static org.chengxiang.settlement.SettlementPolicy.gridCellMustLieInDestinationPolicy;
import static org.chengxiang.settlement.SettlementPolicy.membersNotAlreadyRegisteredPolicy;
import static org.chengxiang.settlement.SettlementPolicy.noMinimumResidencePolicy;
import static org.chengxiang.settlement.SettlementPolicy.noMinimumSocialInsurancePolicy;

class SettlementPolicyTests {

	private final DecisionView application = Forms.form().decisionView();

	@Test
	void everyRuleAllowsTheBaselineOfAbolishedRestrictions() {
		for (SettlementPolicy policy : SettlementPolicy.allCurrentPolicies()) {
			assertThat(policy.check(application, Forms.allowing())).isEmpty();
		}
	}

	@Test
	void categoryMustBeOpenRefusesAClosedOrUnknownCategory() {
		SettlementRule closed = new SettlementRule(SettlementCategory.LEGAL_EMPLOYMENT, "合法稳定就业", List.of("劳动合同"),
				0, 0, false, 3);
		assertThat(categoryMustBeOpenPolicy.check(application, facts(closed))).hasValueSatisfying(rejection -> {
			assertThat(rejection.policy()).isEqualTo("categoryMustBeOpenPolicy");
			assertThat(rejection.field()).isEqualTo("category");
			assertThat(TestMessages.chinese(rejection.reason())).contains("合法稳定就业").contains("暂停受理");
		});
		PolicyFacts noRule = new PolicyFacts(Optional.empty(), Optional.of(Forms.TIEXI), Optional.empty(), false,
				Set.of());
		assertThat(categoryMustBeOpenPolicy.check(application, noRule)).isPresent();
	}

	@Test
	void noMinimumResidenceReadsTheMinimumFromTheRule() {
		SettlementRule twelveMonths = withMinimums(12, 0);
		assertThat(noMinimumResidencePolicy.check(application, facts(twelveMonths))).hasValueSatisfying(rejection -> {
			assertThat(rejection.field()).isEqualTo("residenceMonths");
			assertThat(TestMessages.chinese(rejection.reason())).contains("12 个月");
		});
		assertThat(noMinimumResidencePolicy.check(months(11, null), facts(twelveMonths))).isPresent();
		assertThat(noMinimumResidencePolicy.check(months(12, null), facts(twelveMonths))).isEmpty();
		assertThat(noMinimumResidencePolicy.check(months(null, null), facts(withMinimums(0, 0)))).isEmpty();
	}

	@Test
	void noMinimumSocialInsuranceReadsTheMinimumFromTheRule() {
		SettlementRule sixMonths = withMinimums(0, 6);
		assertThat(noMinimumSocialInsurancePolicy.check(application, facts(sixMonths)))
			.hasValueSatisfying(rejection -> assertThat(rejection.field()).isEqualTo("socialInsuranceMonths"));
		assertThat(noMinimumSocialInsurancePolicy.check(months(0, 6), facts(sixMonths))).isEmpty();
		assertThat(noMinimumSocialInsurancePolicy.check(application, facts(withMinimums(0, 0)))).isEmpty();
	}

	@Test
	void destinationMustBeInCityRefusesUnknownDivisionsAndTownships() {
		PolicyFacts unknown = new PolicyFacts(Optional.of(Forms.rule(SettlementCategory.LEGAL_EMPLOYMENT)),
				Optional.empty(), Optional.empty(), false, Set.of());
		assertThat(destinationMustBeInCityPolicy.check(application, unknown))
			.hasValueSatisfying(rejection -> assertThat(rejection.field()).isEqualTo("destination.divisionCode"));
		PolicyFacts township = new PolicyFacts(Optional.of(Forms.rule(SettlementCategory.LEGAL_EMPLOYMENT)),
				Optional.of(Forms.JINQIAO), Optional.empty(), false, Set.of());
		assertThat(destinationMustBeInCityPolicy.check(application, township))
			.hasValueSatisfying(rejection -> assertThat(TestMessages.chinese(rejection.reason())).contains("金桥街道"));
	}

	@Test
	void gridCellMustLieInTheDestination() {
		GridCellSummary elsewhere = new GridCellSummary(7, "210882004001-01", "永宁社区第一网格", "210882004001", "{}", true);
		PolicyFacts facts = new PolicyFacts(Optional.of(Forms.rule(SettlementCategory.LEGAL_EMPLOYMENT)),
				Optional.of(Forms.TIEXI), Optional.of(elsewhere), false, Set.of());
		assertThat(gridCellMustLieInDestinationPolicy.check(application, facts))
			.hasValueSatisfying(rejection -> assertThat(TestMessages.chinese(rejection.reason())).contains("永宁社区第一网格"));
		PolicyFacts missing = new PolicyFacts(Optional.of(Forms.rule(SettlementCategory.LEGAL_EMPLOYMENT)),
				Optional.of(Forms.TIEXI), Optional.empty(), false, Set.of());
		assertThat(gridCellMustLieInDestinationPolicy.check(application, missing)).isPresent();
		DecisionView noGridCell = Forms.withDestination(Forms.form(), new Destination(Forms.COMMUNITY, null, "某处"))
			.decisionView();
		assertThat(gridCellMustLieInDestinationPolicy.check(noGridCell, missing)).isEmpty();
	}

	@Test
	void applicantAndMembersMustNotBeRegisteredAlready() {
		PolicyFacts applicantRegistered = new PolicyFacts(Optional.of(Forms.rule(SettlementCategory.LEGAL_EMPLOYMENT)),
				Optional.of(Forms.TIEXI), Optional.of(Forms.TIEXI_GRID), true, Set.of());
		assertThat(applicantNotAlreadyRegisteredPolicy.check(application, applicantRegistered)).isPresent();
		assertThat(membersNotAlreadyRegisteredPolicy.check(application, applicantRegistered)).isEmpty();
		PolicyFacts membersRegistered = new PolicyFacts(Optional.of(Forms.rule(SettlementCategory.LEGAL_EMPLOYMENT)),
				Optional.of(Forms.TIEXI), Optional.of(Forms.TIEXI_GRID), false, Set.of(4, 2));
		assertThat(membersNotAlreadyRegisteredPolicy.check(application, membersRegistered))
			.hasValueSatisfying(rejection -> assertThat(rejection.field()).isEqualTo("members[2].idNumber"));
	}

	@Test
	void aRefusalSaysWhichRuleRefused() {
		SettlementDecision decision = SettlementDecision.decide(application, facts(withMinimums(24, 12)));
		assertThat(decision.allowed()).isFalse();
		assertThat(decision.rejections()).extracting(Rejection::policy)
			.containsExactly("noMinimumResidencePolicy", "noMinimumSocialInsurancePolicy");
		assertThat(TestMessages.chinese(decision.rejections().get(0).explained()))
			.isEqualTo("该类别须在本市居住满 24 个月（依据规则：居住年限要求）");
		assertThat(TestMessages.english(decision.rejections().get(0).explained()))
			.isEqualTo("This category requires 24 months of residence in the city (rule: Minimum residence in the city)");
		assertThat(decision.rejections().get(0).problem().rule())
			.isEqualTo("noMinimumResidencePolicy");
	}

	private static SettlementRule withMinimums(int residence, int insurance) {
		return new SettlementRule(SettlementCategory.LEGAL_EMPLOYMENT, "合法稳定就业", List.of("劳动合同"), residence,
				insurance, true, 1);
	}

	private static PolicyFacts facts(SettlementRule rule) {
		return new PolicyFacts(Optional.of(rule), Optional.of(Forms.TIEXI), Optional.of(Forms.TIEXI_GRID), false,
				Set.of());
	}

	private static DecisionView months(Integer residence, Integer insurance) {
		SettlementForm form = Forms.form();
		return new SettlementForm(form.category(), form.originHukouAddress(), form.destination(), form.members(),
				form.evidence(), residence, insurance, form.ruralRights()).decisionView();
	}

}
