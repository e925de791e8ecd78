package org.chengxiang.settlement;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;

import org.chengxiang.platform.domain.RuleBroken.Problem;
import org.chengxiang.services.ServiceItemHandler.Applicant;
import org.chengxiang.settlement.SettlementForm.Destination;
import org.chengxiang.settlement.SettlementForm.Member;
import org.chengxiang.settlement.SettlementForm.RuralRights;

import static org.assertj.core.api.Assertions.assertThat;
import static org.chengxiang.settlement.Forms.APPLICANT;

class SettlementHandlerTests {

	@Test
	void acceptsACompleteFormThatEveryRuleAllows() {
		assertThat(problems(Forms.form(), Forms.allowing())).isEmpty();
	}

	@Test
	void refusesABadIdNumberNamingTheMember() {
		SettlementForm form = Forms.withMembers(Forms.form(),
				List.of(new Member("李小红", "210881199205061221", HouseholdRelation.SPOUSE),
						new Member("王小宝", "210882201801010014", HouseholdRelation.CHILD)));
		assertThat(problems(form, Forms.allowing())).singleElement().satisfies(problem -> {
			assertThat(problem.field()).isEqualTo("members[1].idNumber");
			assertThat(TestMessages.chinese(problem)).contains("校验码").doesNotContain(" / ", "check");
		});
	}

	@Test
	void refusesAMemberListedTwice() {
		SettlementForm form = Forms.withMembers(Forms.form(),
				List.of(new Member("李小红", "210881199205061221", HouseholdRelation.SPOUSE),
						new Member("王小宝", "210882201801010013", HouseholdRelation.CHILD),
						new Member("李小红", "210881199205061221 ", HouseholdRelation.OTHER)));
		assertThat(problems(form, Forms.allowing())).singleElement().satisfies(problem -> {
			assertThat(problem.field()).isEqualTo("members[2].idNumber");
			assertThat(TestMessages.chinese(problem)).contains("第 1 位").doesNotContain("member");
		});
	}

	@Test
	void refusesTheApplicantListedAsTheirOwnMember() {
		SettlementForm form = Forms.withMembers(Forms.form(),
				List.of(new Member("王小明", "210882199003071516", HouseholdRelation.OTHER)));
		assertThat(problems(form, Forms.allowing())).extracting(Problem::field)
			.containsExactly("members[0].idNumber");
	}

	@Test
	void refusesAMemberAsHeadBecauseTheApplicantIsTheHead() {
		SettlementForm form = Forms.withMembers(Forms.form(),
				List.of(new Member("李小红", "210881199205061221", HouseholdRelation.HEAD)));
		assertThat(problems(form, Forms.allowing())).extracting(Problem::field)
			.containsExactly("members[0].relation");
	}

	@Test
	void refusesADivisionOutsideTheCityByNamingItsRule() {
		SettlementForm form = Forms.withDestination(Forms.form(), new Destination("110101001001", null, "某街 1 号"));
		PolicyFacts facts = new PolicyFacts(Optional.of(Forms.rule(SettlementCategory.LEGAL_EMPLOYMENT)),
				Optional.empty(), Optional.empty(), false, Set.of());
		assertThat(problems(form, facts)).singleElement().satisfies(problem -> {
			assertThat(problem.field()).isEqualTo("destination.divisionCode");
			assertThat(TestMessages.chinese(problem)).contains("不是本市的社区或村")
				.contains("依据规则：迁入地须为本市的社区或村")
				.doesNotContain("Policy", " / ");
			assertThat(problem.rule()).isEqualTo("destinationMustBeInCityPolicy");
		});
	}

	@Test
	void refusesATownshipAsDestination() {
		SettlementForm form = Forms.withDestination(Forms.form(), new Destination("210882003000", null, "某街 1 号"));
		PolicyFacts facts = new PolicyFacts(Optional.of(Forms.rule(SettlementCategory.LEGAL_EMPLOYMENT)),
				Optional.of(Forms.JINQIAO), Optional.empty(), false, Set.of());
		assertThat(problems(form, facts)).extracting(Problem::field).containsExactly("destination.divisionCode");
	}

	@Test
	void reportsEveryMissingFieldAtOnceAndEachOnlyOnce() {
		SettlementForm empty = new SettlementForm(null, null, null, null, null, null, null, null);
		PolicyFacts nothingKnown = new PolicyFacts(Optional.empty(), Optional.empty(), Optional.empty(), false,
				Set.of());
		List<Problem> problems = problems(empty, nothingKnown);
		assertThat(problems).extracting(Problem::field)
			.containsExactly("category", "originHukouAddress", "destination", "evidence", "ruralRights");
		// in the reader's language only, worded for a resident, never naming a field
		assertThat(problems).allSatisfy(problem -> assertThat(TestMessages.chinese(problem)).doesNotContain(" / ")
			.doesNotContainPattern("[A-Za-z]"));
	}

	@Test
	void reportsMissingPartsOfTheDestinationAndOfEachMember() {
		SettlementForm form = Forms.withDestination(Forms.form(), new Destination("2108820030", -1L, " "));
		List<Member> members = new ArrayList<>();
		members.add(null);
		members.add(new Member(" ", null, null));
		form = Forms.withMembers(form, members);
		assertThat(problems(form, Forms.allowing())).extracting(Problem::field)
			.containsExactly("destination.divisionCode", "destination.gridCellId", "destination.addressLine",
					"members[0]", "members[1].name", "members[1].relation", "members[1].idNumber");
	}

	@Test
	void refusesTheApplicantWhenTheirAccountHasABadIdNumber() {
		Applicant applicant = new Applicant(1, "王小明", "210882199003071517");
		assertThat(SettlementHandler.problems(Forms.form(), applicant,
				SettlementDecision.decide(Forms.form().decisionView(), Forms.allowing())))
			.extracting(Problem::field)
			.containsExactly("applicant.idNumber");
	}

	@Test
	void refusesAnApplicantAlreadyRegisteredNamingTheRule() {
		PolicyFacts registered = new PolicyFacts(Optional.of(Forms.rule(SettlementCategory.LEGAL_EMPLOYMENT)),
				Optional.of(Forms.TIEXI), Optional.of(Forms.TIEXI_GRID), true, Set.of(0));
		assertThat(problems(Forms.form(), registered)).map(problem -> problem.field() + " " + TestMessages.chinese(problem))
			.satisfiesExactly(
					text -> assertThat(text).startsWith("applicant.idNumber")
						.contains("依据规则：申请人不能已有本市户籍"),
					text -> assertThat(text).startsWith("members[0].idNumber")
						.contains("依据规则：随迁人员不能已有本市户籍"));
		assertThat(problems(Forms.form(), registered)).map(problem -> problem.field() + " " + problem.rule())
			.containsExactly("applicant.idNumber applicantNotAlreadyRegisteredPolicy",
					"members[0].idNumber membersNotAlreadyRegisteredPolicy");
	}

	@Test
	void ruralRightsMustBeStatedButNoAnswerChangesTheProblems() {
		RuralRights unanswered = new RuralRights(null, true, null, null);
		assertThat(problems(Forms.form(SettlementCategory.OTHER, unanswered), Forms.allowing(SettlementCategory.OTHER)))
			.extracting(Problem::field)
			.containsExactly("ruralRights.hasLandContract", "ruralRights.hasCollectiveIncome");
		for (RuralRights rights : SettlementDecisionTests.everyStatement()) {
			for (SettlementCategory category : SettlementCategory.values()) {
				assertThat(problems(Forms.form(category, rights), Forms.allowing(category))).isEmpty();
			}
		}
	}

	private static List<Problem> problems(SettlementForm form, PolicyFacts facts) {
		return SettlementHandler.problems(form, APPLICANT, SettlementDecision.decide(form.decisionView(), facts));
	}

}
