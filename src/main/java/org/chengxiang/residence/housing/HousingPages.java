package org.chengxiang.residence.housing;

import jakarta.validation.Valid;

import org.chengxiang.platform.domain.RuleBroken;
import org.chengxiang.platform.domain.StaleVersion;
import org.chengxiang.platform.domain.StepRefused;
import org.chengxiang.platform.security.CurrentUser;
import org.chengxiang.platform.web.Flash;
import org.chengxiang.platform.web.FormErrors;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Public rental housing pages: the rules, which everyone may read and the housing bureau changes; the waiting list
 * and the stock, which the bureau keeps; and an applicant's own places on the list.
 */
@Controller
@RequestMapping("/residence/housing")
class HousingPages {

	private final HousingRules rules;

	private final HousingQueries queries;

	private final HousingAllocations allocations;

	private final MyHousing mine;

	HousingPages(HousingRules rules, HousingQueries queries, HousingAllocations allocations, MyHousing mine) {
		this.rules = rules;
		this.queries = queries;
		this.allocations = allocations;
		this.mine = mine;
	}

	@GetMapping("/rules")
	String rules(Model model) {
		HousingRule rule = rules.current();
		model.addAttribute("rulesForm", new ChangeHousingRule(rule.maxIncomePerHead(), rule.maxAreaPerHead(),
				rule.pointsPerMember(), rule.maxMembersCounted(), rule.pointsWithoutHousing(),
				rule.pointsPerIncomeStep(), rule.incomeStep(), rule.pointsPerAreaStep(), rule.areaStep(),
				rule.version()));
		return rulesPage(model);
	}

	@PostMapping("/rules")
	@PreAuthorize("hasRole('ADMIN') or @housingBureau.includes(principal)")
	String changeRules(@Valid @ModelAttribute("rulesForm") ChangeHousingRule form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		if (result.hasErrors()) {
			return rulesPage(model);
		}
		try {
			rules.change(form);
		}
		catch (StaleVersion ex) {
			FormErrors.apply(ex, result);
			return rulesPage(model);
		}
		Flash.success(redirect, "residence.housing.flash.rulesChanged");
		return "redirect:/residence/housing/rules";
	}

	@GetMapping
	@PreAuthorize("@housingBureau.includes(principal)")
	String waitingList(Model model) {
		return listPage(model);
	}

	@PostMapping("/units")
	@PreAuthorize("@housingBureau.includes(principal)")
	String addUnit(@Valid @ModelAttribute("unitForm") AddUnit form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		if (!result.hasErrors()) {
			try {
				allocations.addUnit(form);
				Flash.success(redirect, "residence.housing.flash.unitAdded");
				return "redirect:/residence/housing";
			}
			catch (RuleBroken ex) {
				FormErrors.apply(ex, result);
			}
		}
		return listPage(model);
	}

	@PostMapping("/units/{id}/allocation")
	@PreAuthorize("@housingBureau.includes(principal)")
	String allocate(@PathVariable long id, @Valid @ModelAttribute("stepForm") HousingApi.UnitStep form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		if (!result.hasErrors()) {
			try {
				WaitingListEntry housed = allocations.allocate(id, form.version());
				Flash.success(redirect, "residence.housing.flash.allocated", housed.applicationNumber());
				return "redirect:/residence/housing";
			}
			catch (StepRefused ex) {
				FormErrors.apply(ex, result);
			}
			catch (OptimisticLockingFailureException ex) {
				FormErrors.apply(new StaleVersion(), result);
			}
		}
		return listPage(model);
	}

	@PostMapping("/units/{id}/vacancy")
	@PreAuthorize("@housingBureau.includes(principal)")
	String vacate(@PathVariable long id, @Valid @ModelAttribute("stepForm") HousingApi.UnitStep form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		if (!result.hasErrors()) {
			try {
				allocations.vacate(id, form.version());
				Flash.success(redirect, "residence.housing.flash.vacated");
				return "redirect:/residence/housing";
			}
			catch (StepRefused ex) {
				FormErrors.apply(ex, result);
			}
			catch (OptimisticLockingFailureException ex) {
				FormErrors.apply(new StaleVersion(), result);
			}
		}
		return listPage(model);
	}

	@GetMapping("/mine")
	@PreAuthorize("hasRole('RESIDENT')")
	String mine(@AuthenticationPrincipal CurrentUser user, Model model) {
		model.addAttribute("entries", mine.of(user.id()));
		return "residence/housing/mine";
	}

	private String rulesPage(Model model) {
		model.addAttribute("rule", rules.current());
		return "residence/housing/rules";
	}

	private String listPage(Model model) {
		model.addAttribute("waiting", queries.waiting());
		model.addAttribute("units", queries.units());
		if (!model.containsAttribute("unitForm")) {
			model.addAttribute("unitForm", new AddUnit(null, null, null));
		}
		if (!model.containsAttribute("stepForm")) {
			model.addAttribute("stepForm", new HousingApi.UnitStep(null));
		}
		return "residence/housing/list";
	}

}
