package org.chengxiang.training;

import java.time.Clock;
import java.time.LocalDate;

import jakarta.validation.Valid;

import org.chengxiang.platform.domain.RuleBroken;
import org.chengxiang.platform.domain.StepRefused;
import org.chengxiang.platform.security.CurrentUser;
import org.chengxiang.platform.web.Flash;
import org.chengxiang.platform.web.FormErrors;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The human resources bureau's catalogue: the occupations classes may be filed for, and per year the subsidy
 * standards (training type × level) and the claim rules, each kept as data and changed on one form.
 */
@Controller("trainingCataloguePages")
@RequestMapping("/training/catalogue")
@PreAuthorize("@trainingBureau.includes(principal)")
class CataloguePages {

	private final CatalogueQueries queries;

	private final OccupationDesk occupations;

	private final StandardDesk standards;

	private final RuleYearDesk rules;

	private final Clock clock;

	CataloguePages(CatalogueQueries queries, OccupationDesk occupations, StandardDesk standards, RuleYearDesk rules,
			Clock clock) {
		this.queries = queries;
		this.occupations = occupations;
		this.standards = standards;
		this.rules = rules;
		this.clock = clock;
	}

	@GetMapping
	String show(@RequestParam(required = false) Integer year, @RequestParam(defaultValue = "false") boolean copy,
			Model model) {
		int shown = year(year);
		if (copy) {
			model.addAttribute("standardsForm", StandardsForm.of(queries.standards(shown - 1)));
			model.addAttribute("copiedFrom", shown - 1);
		}
		return page(shown, model);
	}

	@PostMapping("/occupations")
	String addOccupation(@Valid @ModelAttribute("occupationForm") OccupationForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		if (!result.hasErrors()) {
			try {
				String code = occupations.add(form);
				Flash.success(redirect, "training.occupation.flash.added", code);
				return "redirect:/training/catalogue";
			}
			catch (RuleBroken ex) {
				FormErrors.apply(ex, result);
			}
		}
		return page(year(null), model);
	}

	@PostMapping("/occupations/{code}/deactivation")
	String deactivate(@PathVariable String code, Model model, RedirectAttributes redirect) {
		try {
			occupations.deactivate(code);
			Flash.success(redirect, "training.occupation.flash.deactivated", code);
			return "redirect:/training/catalogue";
		}
		catch (StepRefused ex) {
			return refusedStep(ex, model);
		}
	}

	@PostMapping("/occupations/{code}/reactivation")
	String reactivate(@PathVariable String code, Model model, RedirectAttributes redirect) {
		try {
			occupations.reactivate(code);
			Flash.success(redirect, "training.occupation.flash.reactivated", code);
			return "redirect:/training/catalogue";
		}
		catch (StepRefused ex) {
			return refusedStep(ex, model);
		}
	}

	@PostMapping("/standards/{year}")
	String changeStandards(@PathVariable int year, @Valid @ModelAttribute("standardsForm") StandardsForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		if (!result.hasErrors()) {
			try {
				standards.change(year, form.getStandards());
				Flash.success(redirect, "training.standards.flash.changed", String.valueOf(year));
				return "redirect:/training/catalogue?year=" + year;
			}
			catch (RuleBroken ex) {
				FormErrors.apply(ex, result);
			}
		}
		form.padded();
		return page(year(year), model);
	}

	@PostMapping("/rules/{year}")
	String changeRules(@PathVariable int year, @Valid @ModelAttribute("rulesForm") RulesForm form,
			BindingResult result, @AuthenticationPrincipal CurrentUser user, Model model,
			RedirectAttributes redirect) {
		if (!result.hasErrors()) {
			try {
				rules.change(year, form, user.getUsername());
				Flash.success(redirect, "training.rules.flash.changed", String.valueOf(year));
				return "redirect:/training/catalogue?year=" + year;
			}
			catch (RuleBroken ex) {
				FormErrors.apply(ex, result);
			}
			catch (StepRefused ex) {
				FormErrors.apply(ex, result);
			}
		}
		return page(year(year), model);
	}

	/** The page again with the refusal above the occupations. */
	private String refusedStep(StepRefused ex, Model model) {
		BindingResult result = new BeanPropertyBindingResult(OccupationForm.EMPTY, "occupationForm");
		FormErrors.apply(ex, result);
		model.addAttribute("occupationForm", OccupationForm.EMPTY);
		model.addAttribute(BindingResult.MODEL_KEY_PREFIX + "occupationForm", result);
		return page(year(null), model);
	}

	/** The page of a year; forms the handler has not put in the model show what is stored. */
	private String page(int year, Model model) {
		CatalogueQueries.RulesView rulesView = queries.rules(year);
		model.addAttribute("year", year);
		model.addAttribute("years", queries.years(LocalDate.now(clock).getYear()));
		model.addAttribute("occupations", queries.occupations());
		model.addAttribute("kinds", OccupationKind.values());
		model.addAttribute("types", TrainingType.values());
		model.addAttribute("levels", SkillLevel.values());
		model.addAttribute("rules", rulesView);
		if (!model.containsAttribute("occupationForm")) {
			model.addAttribute("occupationForm", OccupationForm.EMPTY);
		}
		if (!model.containsAttribute("standardsForm")) {
			model.addAttribute("standardsForm", StandardsForm.of(queries.standards(year)));
		}
		if (!model.containsAttribute("rulesForm")) {
			model.addAttribute("rulesForm",
					new RulesForm(rulesView.yearlyCap(), rulesView.attendancePercent(), rulesView.version()));
		}
		return "training/catalogue";
	}

	private int year(Integer year) {
		return year != null && year >= StandardDesk.FIRST_YEAR && year <= StandardDesk.LAST_YEAR ? year
				: LocalDate.now(clock).getYear();
	}

}
