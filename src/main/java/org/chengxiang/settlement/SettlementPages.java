package org.chengxiang.settlement;

import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import jakarta.validation.Validator;

import org.chengxiang.directory.Directory;
import org.chengxiang.directory.DivisionSummary;
import org.chengxiang.directory.PlaceChoices;
import org.chengxiang.platform.crypto.ResidentIdNumbers;
import org.chengxiang.platform.domain.RuleBroken;
import org.chengxiang.platform.domain.StaleVersion;
import org.chengxiang.platform.web.CommandChecks;
import org.chengxiang.platform.web.Flash;
import org.chengxiang.platform.web.FormErrors;
import org.chengxiang.platform.web.ReaderTexts;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
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

	private final SettlementRules rules;

	private final HouseholdRegistry registry;

	private final Directory directory;

	private final Validator validator;

	SettlementPages(SettlementRules rules, HouseholdRegistry registry, Directory directory, Validator validator) {
		this.rules = rules;
		this.registry = registry;
		this.directory = directory;
		this.validator = validator;
	}

	@GetMapping("/policies")
	String policies(Model model) {
		model.addAttribute("ruleForm", RuleForm.NONE);
		return policiesPage(model);
	}

	/** A category's rule changed from its row: refused, the same page again with the row open as typed. */
	@PostMapping("/policies/{category}")
	@PreAuthorize("hasRole('ADMIN') or @settlementPolice.includes(principal)")
	String change(@PathVariable SettlementCategory category, @ModelAttribute("ruleForm") RuleForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		model.addAttribute("sentCategory", category);
		try {
			ChangeRule change = checked(form, result);
			if (change == null) {
				return policiesPage(model);
			}
			rules.change(category, change);
		}
		catch (StaleVersion ex) {
			result.reject("stale", ReaderTexts.of(ex.reason()));
			return policiesPage(model);
		}
		Flash.success(redirect, "settlement.policy.flash.changed", form.name().strip());
		return "redirect:/settlement/policies";
	}

	@GetMapping("/registry")
	@PreAuthorize("@settlementPolice.includes(principal)")
	String registry(@RequestParam(required = false) Long beforeId, Model model) {
		model.addAttribute("lookUp", LookUpForm.NONE);
		return registryPage(beforeId, model);
	}

	/** A look-up goes by POST, so that the ID number stays out of addresses, history and access logs. */
	@PostMapping("/registry")
	@PreAuthorize("@settlementPolice.includes(principal)")
	String lookUp(@ModelAttribute("lookUp") LookUpForm form, BindingResult result, Model model) {
		String idNumber = form.idNumber() == null ? "" : form.idNumber().strip();
		if (idNumber.isEmpty()) {
			FormErrors.apply(RuleBroken.at("idNumber", "validation.idNumber.required"), result);
		}
		else {
			Optional<org.chengxiang.platform.domain.Text> problem = ResidentIdNumbers.refusal(idNumber);
			if (problem.isPresent()) {
				FormErrors.apply(new RuleBroken("idNumber", problem.get()), result);
			}
			else {
				Optional<HouseholdRegistry.HouseholdView> household = registry.householdOf(idNumber);
				model.addAttribute("household", household.orElse(null));
				model.addAttribute("householdDivision", household.map(h -> divisionName(h.divisionCode())).orElse(null));
				model.addAttribute("notFound", household.isEmpty());
			}
		}
		return registryPage(null, model);
	}

	/** The registry's list, a page at a time. */
	private String registryPage(Long beforeId, Model model) {
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
		return "settlement/registry";
	}

	private String policiesPage(Model model) {
		List<SettlementRule> all = rules.all();
		model.addAttribute("rules", all);
		Map<String, String> evidenceText = new HashMap<>();
		all.forEach(rule -> evidenceText.put(rule.category().name(), String.join("\n", rule.requiredEvidence())));
		model.addAttribute("evidenceText", evidenceText);
		return "settlement/policies";
	}

	// a community's name with its town when another town has one of the same name
	private String divisionName(String code) {
		return directory.placeChoices().place(code).map(PlaceChoices.Place::label)
			.orElseGet(() -> directory.division(code).map(DivisionSummary::name).orElse(code));
	}

	/**
	 * The change as the form sent it, checked as the API checks its JSON body, or {@code null} with every problem on
	 * the form: a month count that is not a whole number is reported beside the other problems, not instead of them,
	 * and a problem of one line of the evidence belongs to the evidence field.
	 */
	private ChangeRule checked(RuleForm form, BindingResult result) {
		Integer residenceMonths = months(form.minResidenceMonths(), "minResidenceMonths", result);
		Integer insuranceMonths = months(form.minSocialInsuranceMonths(), "minSocialInsuranceMonths", result);
		ChangeRule change = new ChangeRule(form.name(), form.evidenceLines(), residenceMonths, insuranceMonths,
				form.isActive(), form.version());
		try {
			CommandChecks.valid(validator, change);
		}
		catch (RuleBroken ex) {
			Set<String> typedWrong = new HashSet<>();
			result.getFieldErrors().forEach(error -> typedWrong.add(error.getField()));
			Set<RuleBroken.Problem> onFields = new LinkedHashSet<>();
			for (RuleBroken.Problem problem : ex.problems()) {
				String field = problem.field().split("[\\[.]", 2)[0];
				if (!typedWrong.contains(field)) {
					onFields.add(new RuleBroken.Problem(field, problem.text(), problem.rule()));
				}
			}
			FormErrors.apply(new RuleBroken(List.copyOf(onFields)), result);
		}
		return result.hasErrors() ? null : change;
	}

	/** A month count as typed: empty is missing (the check says so); text that is no whole number is a problem. */
	private static Integer months(String text, String field, BindingResult result) {
		if (text == null || text.isBlank()) {
			return null;
		}
		try {
			return Integer.valueOf(text.strip());
		}
		catch (NumberFormatException ex) {
			FormErrors.apply(RuleBroken.at(field, "settlement.read.months"), result);
			return 0; // reported already; no second problem for the same field
		}
	}

}
