package org.chengxiang.settlement;

import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.chengxiang.platform.domain.RuleBroken;
import org.chengxiang.platform.domain.RuleBroken.Problem;

import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

class SettlementFormTests {

	private final JsonMapper json = JsonMapper.builder().build();

	static final String FORM = """
			{
			  "category": "LEGAL_EMPLOYMENT",
			  "originHukouAddress": "辽宁省盖州市西城街道某村 12 号",
			  "destination": { "divisionCode": "210882003001", "gridCellId": 7, "addressLine": "铁西社区 5 号楼 301" },
			  "members": [
			    { "name": "李小红", "idNumber": "210881199205061221", "relation": "SPOUSE" },
			    { "name": "王小宝", "idNumber": "210882201801010013", "relation": "CHILD" }
			  ],
			  "evidence": "劳动合同（2020 年起）",
			  "ruralRights": { "hasLandContract": true, "hasHomestead": true, "hasCollectiveIncome": false,
			    "statement": "承包地 5 亩" },
			  "somethingTheFormPageAdds": 1
			}
			""";

	@Test
	void readsACompleteForm() {
		SettlementForm form = SettlementForm.read(json, FORM);
		assertThat(form.category()).isEqualTo(SettlementCategory.LEGAL_EMPLOYMENT);
		assertThat(form.destination().gridCellId()).isEqualTo(7L);
		assertThat(form.members()).extracting(SettlementForm.Member::relation)
			.containsExactly(HouseholdRelation.SPOUSE, HouseholdRelation.CHILD);
		assertThat(form.ruralRights().hasLandContract()).isTrue();
		assertThat(form.residenceMonths()).isNull();
	}

	@Test
	void namesTheFieldOfAnUnknownCategory() {
		assertThat(problems(FORM.replace("LEGAL_EMPLOYMENT", "BOUGHT_A_FLAT"))).singleElement()
			.satisfies(problem -> {
				assertThat(problem.field()).isEqualTo("category");
				assertThat(TestMessages.chinese(problem)).contains("落户类别").doesNotContain(" / ", "BOUGHT");
			});
	}

	@Test
	void namesTheMemberWhoseRelationIsUnknown() {
		assertThat(problems(FORM.replace("\"CHILD\"", "\"NEPHEW\""))).extracting(Problem::field)
			.containsExactly("members[1].relation");
	}

	@Test
	void namesTheFieldOfAWrongType() {
		assertThat(problems(FORM.replace("\"gridCellId\": 7", "\"gridCellId\": \"seven\"")))
			.extracting(Problem::field)
			.containsExactly("destination.gridCellId");
	}

	@Test
	void refusesTextThatIsNoFormObject() {
		assertThat(problems("[1, 2]")).extracting(Problem::field).containsExactly("form");
		assertThat(problems("{ not json")).extracting(Problem::field).containsExactly("form");
		assertThat(problems("  ")).extracting(Problem::field).containsExactly("form");
		assertThat(problems("null")).extracting(Problem::field).containsExactly("form");
	}

	@Test
	void keepsAnEmptyMemberEntryForTheChecksToName() {
		SettlementForm form = SettlementForm.read(json, """
				{ "members": [ null ] }""");
		assertThat(form.members()).hasSize(1).containsNull();
	}

	@Test
	void decisionViewCarriesNoRuralRights() {
		RecordComponent[] components = SettlementForm.DecisionView.class.getRecordComponents();
		assertThat(Arrays.stream(components).map(RecordComponent::getType))
			.doesNotContain(SettlementForm.RuralRights.class);
		assertThat(Arrays.stream(components).map(RecordComponent::getName)).doesNotContain("ruralRights");
		SettlementForm form = SettlementForm.read(json, FORM);
		assertThat(form.decisionView().toString()).doesNotContain("承包地", "hasLandContract");
	}

	private List<Problem> problems(String text) {
		try {
			SettlementForm.read(json, text);
		}
		catch (RuleBroken ex) {
			return ex.problems();
		}
		throw new AssertionError("read " + text + " without a problem");
	}

}
