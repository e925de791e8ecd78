package org.chengxiang.settlement;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.chengxiang.platform.crypto.PersonalDataProtector;
import org.chengxiang.platform.crypto.ResidentIdNumbers;
import org.chengxiang.platform.web.PersonalText;
import org.chengxiang.platform.web.Wording;
import org.chengxiang.platform.domain.RuleBroken.Problem;
import org.chengxiang.services.ServiceItemHandler.Applicant;

/**
 * Whether a form is complete and well formed: what the applicant must fill in before any rule is asked.
 */
final class SettlementFormChecks {

	static final int MAX_MEMBERS = 20;

	static final int MAX_ADDRESS = 200;

	static final int MAX_NAME = 50;

	static final int MAX_EVIDENCE = 2000;

	static final int MAX_STATEMENT = 1000;

	static final int MAX_MONTHS = 1200;

	private SettlementFormChecks() {
	}

	static List<Problem> check(SettlementForm form, Applicant applicant) {
		List<Problem> problems = new ArrayList<>();
		String applicantId = PersonalDataProtector.normalizeIdNumber(applicant.idNumber());
		ResidentIdNumbers.problem(applicantId).ifPresent(problem -> problems.add(new Problem("applicant.idNumber",
				Wording.of("您账户中的身份证号码有误（", "The ID number in your account is wrong (") + problem
						+ Wording.of("），请先在“我的账户”中更正", "); correct it under My account first"))));
		if (form.category() == null) {
			problems.add(new Problem("category", Wording.of("请选择落户类别", "Choose a settlement category")));
		}
		address(problems, "originHukouAddress", form.originHukouAddress(),
				Wording.of("请填写现户籍地址（户口簿上的住址）", "Enter the address where your hukou is registered now"));
		checkDestination(problems, form.destination());
		checkMembers(problems, form.members(), applicantId);
		text(problems, "evidence", form.evidence(), MAX_EVIDENCE,
				Wording.of("请说明所附证明材料", "Describe the evidence you attach"));
		months(problems, "residenceMonths", form.residenceMonths());
		months(problems, "socialInsuranceMonths", form.socialInsuranceMonths());
		checkRuralRights(problems, form.ruralRights());
		return problems;
	}

	private static void checkDestination(List<Problem> problems, SettlementForm.Destination destination) {
		if (destination == null) {
			problems.add(new Problem("destination", Wording.of("请填写迁入地", "Enter where in the city you settle")));
			return;
		}
		String code = destination.divisionCode();
		if (code == null || code.isBlank()) {
			problems.add(new Problem("destination.divisionCode",
					Wording.of("请选择迁入的社区或村", "Choose the community or village you settle in")));
		}
		else if (!code.matches("\\d{12}")) {
			problems.add(new Problem("destination.divisionCode",
					Wording.of("请从列表中选择社区或村", "Choose the community or village from the list")));
		}
		if (destination.gridCellId() != null && destination.gridCellId() <= 0) {
			problems.add(new Problem("destination.gridCellId", Wording.of("所选网格不存在", "There is no such grid cell")));
		}
		address(problems, "destination.addressLine", destination.addressLine(),
				Wording.of("请填写详细地址（街路、楼栋、门牌）", "Enter the street, building and room"));
	}

	private static void checkMembers(List<Problem> problems, List<SettlementForm.Member> members,
			String applicantId) {
		if (members.size() > MAX_MEMBERS) {
			problems.add(new Problem("members", Wording.of("随迁人员不能超过 " + MAX_MEMBERS + " 人",
					"At most " + MAX_MEMBERS + " members can move with you")));
			return;
		}
		Map<String, Integer> seen = new HashMap<>();
		for (int i = 0; i < members.size(); i++) {
			String field = "members[" + i + "]";
			SettlementForm.Member member = members.get(i);
			if (member == null) {
				problems.add(new Problem(field, Wording.of("请填写这位随迁人员的信息", "Fill in this member")));
				continue;
			}
			name(problems, field + ".name", member.name());
			if (member.relation() == null) {
				problems.add(new Problem(field + ".relation",
						Wording.of("请选择与户主（申请人）的关系", "Choose how this member relates to you, the head")));
			}
			else if (member.relation() == HouseholdRelation.HEAD) {
				problems.add(new Problem(field + ".relation",
						Wording.of("申请人为户主，随迁人员不能是户主", "You are the head; a member cannot be the head")));
			}
			String id = PersonalDataProtector.normalizeIdNumber(member.idNumber());
			var idProblem = ResidentIdNumbers.problem(id);
			if (idProblem.isPresent()) {
				problems.add(new Problem(field + ".idNumber", idProblem.get()));
			}
			else if (id.equals(applicantId)) {
				problems.add(new Problem(field + ".idNumber",
						Wording.of("随迁人员不能是申请人本人", "A member moving with you cannot be you")));
			}
			else if (seen.containsKey(id)) {
				int first = seen.get(id) + 1;
				problems.add(new Problem(field + ".idNumber", Wording.of("与第 " + first + " 位随迁人员的身份证号码重复",
						"The same ID number as member " + first)));
			}
			else {
				seen.put(id, i);
			}
		}
	}

	private static void checkRuralRights(List<Problem> problems, SettlementForm.RuralRights rights) {
		// The statement is asked of everyone and its answers are never weighed (see SettlementForm.DecisionView):
		// only that it was made is checked here.
		if (rights == null) {
			problems.add(new Problem("ruralRights", Wording.of("请说明是否享有农村土地承包经营权、宅基地使用权、集体收益分配权",
					"State whether you hold land contract, homestead and collective income rights")));
			return;
		}
		answered(problems, "ruralRights.hasLandContract", rights.hasLandContract());
		answered(problems, "ruralRights.hasHomestead", rights.hasHomestead());
		answered(problems, "ruralRights.hasCollectiveIncome", rights.hasCollectiveIncome());
		if (rights.statement() != null && rights.statement().length() > MAX_STATEMENT) {
			problems.add(tooLong("ruralRights.statement", MAX_STATEMENT));
		}
	}

	private static void answered(List<Problem> problems, String field, Boolean answer) {
		if (answer == null) {
			problems.add(new Problem(field, Wording.of("请选择“有”或“无”", "Answer yes or no")));
		}
	}

	private static void months(List<Problem> problems, String field, Integer months) {
		if (months != null && (months < 0 || months > MAX_MONTHS)) {
			problems.add(new Problem(field, Wording.of("请填写 0 到 " + MAX_MONTHS + " 之间的月数",
					"Enter a number of months from 0 to " + MAX_MONTHS)));
		}
	}

	private static void text(List<Problem> problems, String field, String value, int max, String missing) {
		if (value == null || value.isBlank()) {
			problems.add(new Problem(field, missing));
		}
		else if (value.strip().length() > max) {
			problems.add(tooLong(field, max));
		}
	}

	private static void address(List<Problem> problems, String field, String value, String missing) {
		text(problems, field, value, MAX_ADDRESS, missing);
		PersonalText.addressProblem(value).ifPresent(problem -> problems.add(new Problem(field, problem)));
	}

	private static void name(List<Problem> problems, String field, String value) {
		if (value == null || value.isBlank()) {
			problems.add(new Problem(field, Wording.of("请填写姓名", "Enter the name")));
		}
		else {
			PersonalText.realNameProblem(value).ifPresent(problem -> problems.add(new Problem(field, problem)));
		}
	}

	private static Problem tooLong(String field, int max) {
		return new Problem(field, Wording.of("不能超过 " + max + " 个字", "At most " + max + " characters"));
	}

}
