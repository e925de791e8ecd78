package org.chengxiang.settlement;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import org.chengxiang.settlement.SettlementForm.RuralRights;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Keeping land contract, homestead and collective income rights is no condition of settlement (plan task (五)):
 * the decision never reads them.
 */
class SettlementDecisionTests {

	@Test
	void decisionsDifferingOnlyInRuralRightsAreIdenticalForEveryCategoryAndEveryCase() {
		int compared = 0;
		for (SettlementCategory category : SettlementCategory.values()) {
			for (PolicyFacts facts : cases(category)) {
				SettlementDecision reference = SettlementDecision
					.decide(Forms.form(category, Forms.NO_RURAL_RIGHTS).decisionView(), facts);
				for (RuralRights rights : everyStatement()) {
					SettlementForm form = Forms.form(category, rights);
					assertThat(SettlementDecision.decide(form.decisionView(), facts))
						.as("%s with %s", category, rights)
						.isEqualTo(reference);
					compared++;
				}
			}
		}
		assertThat(compared).isEqualTo(SettlementCategory.values().length * 6 * everyStatement().size());
	}

	@Test
	void theDecisionViewIsTheSameWhateverTheRuralRights() {
		for (RuralRights rights : everyStatement()) {
			assertThat(Forms.form(SettlementCategory.FAMILY_PARENT, rights).decisionView())
				.isEqualTo(Forms.form(SettlementCategory.FAMILY_PARENT, Forms.NO_RURAL_RIGHTS).decisionView());
		}
	}

	@Test
	void noRuleCanReachTheRuralRights() {
		JavaClasses classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
			.importPackages("org.chengxiang.settlement");
		noClasses().that()
			.belongToAnyOf(SettlementPolicy.class, SettlementDecision.class, PolicyFacts.class, PolicyFactFinder.class,
					Rejection.class, SettlementRule.class)
			.should()
			.dependOnClassesThat()
			.belongToAnyOf(RuralRights.class)
			.orShould()
			.dependOnClassesThat()
			.haveFullyQualifiedName(SettlementForm.class.getName())
			.because("the rules see an application only through SettlementForm.DecisionView")
			.check(classes);
	}

	/** Every answer an applicant can give: each right held or not, with or without remarks. */
	static List<RuralRights> everyStatement() {
		List<RuralRights> statements = new ArrayList<>();
		for (int held = 0; held < 8; held++) {
			for (String remark : new String[] { null, "承包地 5 亩，宅基地一处，村集体分红每年 2000 元" }) {
				statements.add(new RuralRights((held & 1) != 0, (held & 2) != 0, (held & 4) != 0, remark));
			}
		}
		return statements;
	}

	/** Facts that allow the form, and facts under which each rule refuses it. */
	private static List<PolicyFacts> cases(SettlementCategory category) {
		SettlementRule open = Forms.rule(category);
		SettlementRule closed = new SettlementRule(category, open.name(), open.requiredEvidence(), 0, 0, false, 1);
		SettlementRule minimums = new SettlementRule(category, open.name(), open.requiredEvidence(), 12, 6, true, 1);
		return List.of(Forms.allowing(category),
				new PolicyFacts(Optional.of(closed), Optional.of(Forms.TIEXI), Optional.of(Forms.TIEXI_GRID), false,
						Set.of()),
				new PolicyFacts(Optional.of(minimums), Optional.of(Forms.TIEXI), Optional.of(Forms.TIEXI_GRID), false,
						Set.of()),
				new PolicyFacts(Optional.of(open), Optional.empty(), Optional.empty(), false, Set.of()),
				new PolicyFacts(Optional.of(open), Optional.of(Forms.JINQIAO), Optional.of(Forms.TIEXI_GRID), false,
						Set.of()),
				new PolicyFacts(Optional.of(open), Optional.of(Forms.TIEXI), Optional.of(Forms.TIEXI_GRID), true,
						Set.of(0)));
	}

}
