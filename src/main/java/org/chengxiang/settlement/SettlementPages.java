package org.chengxiang.settlement;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import jakarta.validation.Validator;

import org.chengxiang.directory.Directory;
import org.chengxiang.directory.DivisionSummary;
import org.chengxiang.directory.PlaceChoices;
import org.chengxiang.platform.crypto.ResidentIdNumbers;
import org.chengxiang.platform.security.CurrentUser;
import org.chengxiang.platform.security.Role;
import org.chengxiang.platform.web.Wording;
import org.chengxiang.platform.domain.RuleBroken;
import org.chengxiang.platform.web.CommandChecks;
import org.chengxiang.platform.web.FailedForm;
import org.chengxiang.platform.web.Flash;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Settlement pages: the rules of each category, which everyone may read and the police department changes, and
 * the household registry the approvals write, which only the police department consults.
 */
@Controller
@RequestMapping("/settlement")
class SettlementPages {

	static final Set<String> RULE_FIELDS = Set.of("name", "requiredEvidence", "minResidenceMonths",
			"minSocialInsuranceMonths", "active");

	private final SettlementRules rules;

	private final HouseholdRegistry registry;

	private final Directory directory;

	private final PoliceDepartment police;

	private final Validator validator;

	SettlementPages(SettlementRules rules, HouseholdRegistry registry, Directory directory, PoliceDepartment police,
			Validator validator) {
		this.rules = rules;
		this.registry = registry;
		this.directory = directory;
		this.police = police;
		this.validator = validator;
	}

	@GetMapping("/policies")
	String policies(@AuthenticationPrincipal CurrentUser user, Model model) {
		return policiesPage(model, user, FailedForm.NONE);
	}

	@PostMapping("/policies/{category}")
	@PreAuthorize("hasRole('ADMIN') or @settlementPolice.includes(principal)")
	String change(@PathVariable SettlementCategory category, @RequestParam(required = false) String name,
			@RequestParam(required = false) String requiredEvidence,
			@RequestParam(required = false) String minResidenceMonths,
			@RequestParam(required = false) String minSocialInsuranceMonths,
			@RequestParam(defaultValue = "false") boolean active, @RequestParam(required = false) Integer version,
			@AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes redirect) {
		String form = form(category);
		Map<String, String> sent = new HashMap<>();
		sent.put("name", name == null ? "" : name);
		sent.put("requiredEvidence", requiredEvidence == null ? "" : requiredEvidence);
		sent.put("minResidenceMonths", minResidenceMonths == null ? "" : minResidenceMonths);
		sent.put("minSocialInsuranceMonths", minSocialInsuranceMonths == null ? "" : minSocialInsuranceMonths);
		sent.put("active", String.valueOf(active));
		try {
			rules.change(category, checked(name, requiredEvidence, minResidenceMonths, minSocialInsuranceMonths, active,
					version));
		}
		catch (RuleBroken ex) {
			return policiesPage(model, user, FailedForm.of(form, sent, ex, RULE_FIELDS));
		}
		catch (OptimisticLockingFailureException ex) {
			return policiesPage(model, user, FailedForm.of(form, sent,
					Wording.of("该规则已被他人修改，请刷新后重新填写", "the rule was changed by someone else; reload and edit again")));
		}
		Flash.success(redirect, "settlement.policy.flash.changed", name.strip());
		return "redirect:/settlement/policies";
	}

	@GetMapping("/registry")
	@PreAuthorize("@settlementPolice.includes(principal)")
	String registry(@RequestParam(required = false) Long beforeId, Model model) {
		return registryPage(beforeId, FailedForm.NONE, null, model);
	}

	/** A look-up goes by POST, so that the ID number stays out of addresses, history and access logs. */
	@PostMapping("/registry")
	@PreAuthorize("@settlementPolice.includes(principal)")
	String lookUp(@RequestParam(required = false) String idNumber, Model model) {
		if (idNumber == null || idNumber.isBlank()) {
			return registryPage(null, FailedForm.of("lookup", Map.of("idNumber", ""),
					new RuleBroken("idNumber", Wording.of("请输入身份证号", "enter an ID number")), Set.of("idNumber")), null,
					model);
		}
		return registryPage(null, FailedForm.NONE, idNumber.strip(), model);
	}

	/** The registry's list, with the household of {@code idNumber} when one is looked up. */
	private String registryPage(Long beforeId, FailedForm lookupFailed, String idNumber, Model model) {
		FailedForm failed = lookupFailed;
		if (idNumber != null) {
			Optional<String> problem = ResidentIdNumbers.problem(idNumber.strip());
			if (problem.isPresent()) {
				failed = FailedForm.of("lookup", Map.of("idNumber", idNumber),
						new RuleBroken("idNumber", problem.get()), Set.of("idNumber"));
			}
			else {
				Optional<HouseholdRegistry.HouseholdView> household = registry.householdOf(idNumber.strip());
				model.addAttribute("household", household.orElse(null));
				model.addAttribute("householdDivision", household.map(h -> divisionName(h.divisionCode())).orElse(null));
				model.addAttribute("notFound", household.isEmpty());
			}
		}
		List<HouseholdRegistry.HouseholdSummary> households = registry.recent(beforeId);
		PlaceChoices places = directory.placeChoices();
		Map<String, String> divisions = new HashMap<>();
		households.forEach(h -> divisions.computeIfAbsent(h.divisionCode(),
				code -> places.place(code).map(PlaceChoices.Place::label).orElseGet(() -> divisionName(code))));
		long[] totals = registry.totals();
		model.addAttribute("households", households);
		model.addAttribute("divisions", divisions);
		model.addAttribute("totalHouseholds", totals[0]);
		model.addAttribute("totalPersons", totals[1]);
		model.addAttribute("nextBeforeId", households.size() == HouseholdRegistry.PAGE_SIZE
				? households.get(households.size() - 1).id() : null);
		model.addAttribute(FailedForm.ATTRIBUTE, failed);
		return "settlement/registry";
	}

	private String policiesPage(Model model, CurrentUser user, FailedForm failed) {
		List<SettlementRule> all = rules.all();
		model.addAttribute("rules", all);
		Map<String, String> evidenceText = new HashMap<>();
		all.forEach(rule -> evidenceText.put(rule.category().name(), String.join("\n", rule.requiredEvidence())));
		model.addAttribute("evidenceText", evidenceText);
		// the same as the change's own check
		model.addAttribute("mayChange", user.hasRole(Role.ADMIN) || police.includes(user));
		model.addAttribute(FailedForm.ATTRIBUTE, failed);
		return "settlement/policies";
	}

	// a community's name with its town when another town has one of the same name
	private String divisionName(String code) {
		return directory.placeChoices().place(code).map(PlaceChoices.Place::label)
			.orElseGet(() -> directory.division(code).map(DivisionSummary::name).orElse(code));
	}

	static String form(SettlementCategory category) {
		return "policy-" + category.name();
	}

	/** One piece of evidence a line, blank lines dropped. */
	private static List<String> lines(String text) {
		if (text == null) {
			return List.of();
		}
		return Arrays.stream(text.split("\\R")).map(String::strip).filter(line -> !line.isEmpty()).toList();
	}

	/**
	 * The change as the form sent it, checked as the API checks its JSON body; a month count that is not a whole
	 * number is reported beside the other problems, not instead of them.
	 */
	private ChangeRule checked(String name, String evidence, String residence, String insurance, boolean active,
			Integer version) {
		List<RuleBroken.Problem> problems = new ArrayList<>();
		Integer residenceMonths = months(residence, "minResidenceMonths", problems);
		Integer insuranceMonths = months(insurance, "minSocialInsuranceMonths", problems);
		ChangeRule change = new ChangeRule(name, lines(evidence), residenceMonths, insuranceMonths, active, version);
		try {
			CommandChecks.valid(validator, change);
		}
		catch (RuleBroken ex) {
			problems.addAll(ex.problems());
		}
		if (!problems.isEmpty()) {
			throw new RuleBroken(problems);
		}
		return change;
	}

	/** A month count as typed: empty is missing (the check says so); text that is no whole number is a problem. */
	private static Integer months(String text, String field, List<RuleBroken.Problem> problems) {
		if (text == null || text.isBlank()) {
			return null;
		}
		try {
			return Integer.valueOf(text.strip());
		}
		catch (NumberFormatException ex) {
			problems.add(new RuleBroken.Problem(field, Wording.of("请填写整数月数", "enter a whole number of months")));
			return 0; // reported already; no second problem for the same field
		}
	}

}
