package org.chengxiang.settlement;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.chengxiang.platform.crypto.PersonalDataProtector;
import org.chengxiang.platform.crypto.ResidentIdNumbers;
import org.chengxiang.platform.domain.RuleBroken.Problem;
import org.chengxiang.platform.domain.Text;
import org.chengxiang.platform.web.PersonalText;
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
		ResidentIdNumbers.refusal(applicantId).ifPresent(problem -> problems
			.add(Problem.at("applicant.idNumber", "settlement.check.accountIdNumber", problem)));
		if (form.category() == null) {
			problems.add(Problem.at("category", "settlement.check.category"));
		}
		address(problems, "originHukouAddress", form.originHukouAddress(), "settlement.check.origin");
		checkDestination(problems, form.destination());
		checkMembers(problems, form.members(), applicantId);
		text(problems, "evidence", form.evidence(), MAX_EVIDENCE, "settlement.check.evidence");
		months(problems, "residenceMonths", form.residenceMonths());
		months(problems, "socialInsuranceMonths", form.socialInsuranceMonths());
		checkRuralRights(problems, form.ruralRights());
		return problems;
	}

	private static void checkDestination(List<Problem> problems, SettlementForm.Destination destination) {
		if (destination == null) {
			problems.add(Problem.at("destination", "settlement.check.destination"));
			return;
		}
		String code = destination.divisionCode();
		if (code == null || code.isBlank()) {
			problems.add(Problem.at("destination.divisionCode", "settlement.check.division"));
		}
		else if (!code.matches("\\d{12}")) {
			problems.add(Problem.at("destination.divisionCode", "settlement.check.divisionFromList"));
		}
		if (destination.gridCellId() != null && destination.gridCellId() <= 0) {
			problems.add(Problem.at("destination.gridCellId", "settlement.rejection.noSuchGridCell"));
		}
		address(problems, "destination.addressLine", destination.addressLine(), "settlement.check.addressLine");
	}

	private static void checkMembers(List<Problem> problems, List<SettlementForm.Member> members,
			String applicantId) {
		if (members.size() > MAX_MEMBERS) {
			problems.add(Problem.at("members", "settlement.check.tooManyMembers", MAX_MEMBERS));
			return;
		}
		Map<String, Integer> seen = new HashMap<>();
		for (int i = 0; i < members.size(); i++) {
			String field = "members[" + i + "]";
			SettlementForm.Member member = members.get(i);
			if (member == null) {
				problems.add(Problem.at(field, "settlement.check.member"));
				continue;
			}
			name(problems, field + ".name", member.name());
			if (member.relation() == null) {
				problems.add(Problem.at(field + ".relation", "settlement.check.relation"));
			}
			else if (member.relation() == HouseholdRelation.HEAD) {
				problems.add(Problem.at(field + ".relation", "settlement.check.memberAsHead"));
			}
			String id = PersonalDataProtector.normalizeIdNumber(member.idNumber());
			var idProblem = ResidentIdNumbers.refusal(id);
			if (idProblem.isPresent()) {
				problems.add(new Problem(field + ".idNumber", idProblem.get()));
			}
			else if (id.equals(applicantId)) {
				problems.add(Problem.at(field + ".idNumber", "settlement.check.memberIsApplicant"));
			}
			else if (seen.containsKey(id)) {
				int first = seen.get(id) + 1;
				problems.add(Problem.at(field + ".idNumber", "settlement.check.memberTwice", first));
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
			problems.add(Problem.at("ruralRights", "settlement.check.ruralRights"));
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
			problems.add(Problem.at(field, "settlement.check.yesOrNo"));
		}
	}

	private static void months(List<Problem> problems, String field, Integer months) {
		if (months != null && (months < 0 || months > MAX_MONTHS)) {
			problems.add(Problem.at(field, "settlement.check.months", String.valueOf(MAX_MONTHS)));
		}
	}

	private static void text(List<Problem> problems, String field, String value, int max, String missingKey) {
		if (value == null || value.isBlank()) {
			problems.add(Problem.at(field, missingKey));
		}
		else if (value.strip().length() > max) {
			problems.add(tooLong(field, max));
		}
	}

	private static void address(List<Problem> problems, String field, String value, String missingKey) {
		text(problems, field, value, MAX_ADDRESS, missingKey);
		if (PersonalText.addressProblem(value).isPresent()) {
			problems.add(Problem.at(field, "validation.address"));
		}
	}

	private static void name(List<Problem> problems, String field, String value) {
		if (value == null || value.isBlank()) {
			problems.add(Problem.at(field, "validation.name.required"));
		}
		else {
			PersonalText.realNameRefusal(value).ifPresent(problem -> problems.add(new Problem(field, problem)));
		}
	}

	private static Problem tooLong(String field, int max) {
		return Problem.at(field, "settlement.check.tooLong", String.valueOf(max));
	}

}
