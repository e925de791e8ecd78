package org.chengxiang.settlement;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.chengxiang.directory.DivisionSummary;
import org.chengxiang.directory.GridCellSummary;
import org.chengxiang.services.ServiceItemHandler.Applicant;
import org.chengxiang.settlement.SettlementForm.Destination;
import org.chengxiang.settlement.SettlementForm.Member;
import org.chengxiang.settlement.SettlementForm.RuralRights;

/**
 * Forms, facts and rules for unit tests: a complete form every rule allows, to be varied one thing at a time.
 */
final class Forms {

	static final String COMMUNITY = "210882003001";

	static final DivisionSummary TIEXI = new DivisionSummary(COMMUNITY, "铁西社区", "community", "210882003000", null,
			false);

	static final DivisionSummary JINQIAO = new DivisionSummary("210882003000", "金桥街道", "subdistrict", "210882000000",
			null, false);

	static final GridCellSummary TIEXI_GRID = new GridCellSummary(7, COMMUNITY + "-01", "铁西社区第一网格", COMMUNITY,
			"{}", true);

	static final Applicant APPLICANT = new Applicant(1, "王小明", "210882199003071516");

	static final RuralRights NO_RURAL_RIGHTS = new RuralRights(false, false, false, null);

	private Forms() {
	}

	static SettlementForm form() {
		return form(SettlementCategory.LEGAL_EMPLOYMENT, NO_RURAL_RIGHTS);
	}

	static SettlementForm form(SettlementCategory category, RuralRights rights) {
		return new SettlementForm(category, "辽宁省盖州市西城街道某村 12 号", new Destination(COMMUNITY, 7L, "铁西社区 5 号楼 301"),
				List.of(new Member("李小红", "210881199205061221", HouseholdRelation.SPOUSE)), "劳动合同（2020 年起）", null,
				null, rights);
	}

	static SettlementForm withMembers(SettlementForm form, List<Member> members) {
		return new SettlementForm(form.category(), form.originHukouAddress(), form.destination(), members,
				form.evidence(), form.residenceMonths(), form.socialInsuranceMonths(), form.ruralRights());
	}

	static SettlementForm withDestination(SettlementForm form, Destination destination) {
		return new SettlementForm(form.category(), form.originHukouAddress(), destination, form.members(),
				form.evidence(), form.residenceMonths(), form.socialInsuranceMonths(), form.ruralRights());
	}

	static SettlementRule rule(SettlementCategory category) {
		return new SettlementRule(category, "合法稳定就业", List.of("劳动合同"), 0, 0, true, 0);
	}

	/** Facts under which the form of {@link #form()} is allowed. */
	static PolicyFacts allowing(SettlementCategory category) {
		return new PolicyFacts(Optional.of(rule(category)), Optional.of(TIEXI), Optional.of(TIEXI_GRID), false,
				Set.of());
	}

	static PolicyFacts allowing() {
		return allowing(SettlementCategory.LEGAL_EMPLOYMENT);
	}

}
