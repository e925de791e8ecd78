package org.chengxiang.residence.permits;

import java.util.List;

import jakarta.validation.Validator;

import org.chengxiang.platform.domain.RuleBroken;
import org.chengxiang.platform.domain.StepRefused;
import org.chengxiang.platform.security.CurrentUser;
import org.chengxiang.platform.web.CommandChecks;
import org.chengxiang.platform.web.Flash;
import org.chengxiang.platform.web.FormErrors;
import org.chengxiang.residence.RegistrationBasis;
import org.chengxiang.residence.ResidenceItems;
import org.chengxiang.services.ApplicationNumbers;

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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Residence permit pages: the police department's list, a permit's page with its card data and entitlements (the
 * police department replaces or cancels it there), and the permit rules, which everyone reads and the police
 * department changes.
 */
@Controller
@RequestMapping("/residence")
class PermitPages {

	private final PermitQueries queries;

	private final PermitDesk desk;

	private final PermitRules rules;

	private final Entitlements entitlements;

	private final Validator validator;

	private final ApplicationNumbers core;

	PermitPages(PermitQueries queries, PermitDesk desk, PermitRules rules, Entitlements entitlements,
			Validator validator, ApplicationNumbers core) {
		this.core = core;
		this.queries = queries;
		this.desk = desk;
		this.rules = rules;
		this.entitlements = entitlements;
		this.validator = validator;
	}

	@GetMapping("/permits")
	@PreAuthorize("@residencePolice.includes(principal)")
	String list(@RequestParam(required = false) Long beforeId, Model model) {
		List<PermitView> rows = queries.page(beforeId);
		model.addAttribute("permits", rows);
		model.addAttribute("nextBeforeId", rows.size() == PermitQueries.PAGE_SIZE ? rows.get(rows.size() - 1).id() : null);
		return "residence/permits";
	}

	@GetMapping("/permits/{id}")
	@PreAuthorize("@residencePolice.includes(principal) or hasRole('RESIDENT')")
	String show(@PathVariable long id, @AuthenticationPrincipal CurrentUser user, Model model) {
		if (!model.containsAttribute("stepForm")) {
			model.addAttribute("stepForm", StepForm.NONE);
		}
		PermitView permit = queries.one(id, user);
		model.addAttribute("permit", permit);
		model.addAttribute("applicationHeld", permit.applicationNumber() != null
				&& core.holds(permit.applicationNumber(), ResidenceItems.PERMIT));
		model.addAttribute("entitlements", entitlements.all());
		model.addAttribute("kinds", ReplacementKind.values());
		return "residence/permit";
	}

	/** 换领/补领: refused, the same page again with the reason. */
	@PostMapping("/permits/{id}/replacement")
	@PreAuthorize("@residencePolice.includes(principal)")
	String replace(@PathVariable long id, @ModelAttribute("stepForm") StepForm form, BindingResult result,
			@AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes redirect) {
		try {
			long next = desk.replace(id, form.kind(), form.version());
			Flash.success(redirect, "residence.permit.flash.replaced");
			return "redirect:/residence/permits/" + next;
		}
		catch (RuleBroken ex) {
			FormErrors.apply(ex, result);
		}
		catch (StepRefused ex) {
			FormErrors.apply(ex, result);
		}
		return show(id, user, model);
	}

	@PostMapping("/permits/{id}/cancellation")
	@PreAuthorize("@residencePolice.includes(principal)")
	String cancel(@PathVariable long id, @ModelAttribute("stepForm") StepForm form, BindingResult result,
			@AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes redirect) {
		try {
			desk.cancel(id, form.version());
			Flash.success(redirect, "residence.permit.flash.cancelled");
			return "redirect:/residence/permits/" + id;
		}
		catch (StepRefused ex) {
			FormErrors.apply(ex, result);
		}
		return show(id, user, model);
	}

	@GetMapping("/rules")
	String rules(Model model) {
		model.addAttribute("rulesForm", RulesForm.NONE);
		return rulesPage(model);
	}

	/** The rules changed: refused, the same page again with what was typed. */
	@PostMapping("/rules")
	@PreAuthorize("hasRole('ADMIN') or @residencePolice.includes(principal)")
	String changeRules(@ModelAttribute("rulesForm") RulesForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		Integer months = null;
		String typed = form.minResidenceMonths() == null ? "" : form.minResidenceMonths().strip();
		if (!typed.isEmpty()) {
			try {
				months = Integer.valueOf(typed);
			}
			catch (NumberFormatException ex) {
				FormErrors.apply(RuleBroken.at("minResidenceMonths", "residence.rules.months.range"), result);
			}
		}
		List<String> ticked = form.acceptedBases() == null ? List.of() : form.acceptedBases();
		List<RegistrationBasis> bases = java.util.Arrays.stream(RegistrationBasis.values())
			.filter(basis -> ticked.contains(basis.name()))
			.toList();
		if (bases.size() < ticked.stream().distinct().count()) {
			FormErrors.apply(RuleBroken.at("acceptedBases", "residence.rules.bases.unknown"), result);
		}
		Integer version = form.version() == null || !form.version().strip().matches("\\d{1,9}") ? null
				: Integer.valueOf(form.version().strip());
		if (!result.hasErrors()) {
			try {
				rules.change(CommandChecks.valid(validator, new ChangePermitRule(months, bases, version)));
				Flash.success(redirect, "residence.rules.flash.changed");
				return "redirect:/residence/rules";
			}
			catch (RuleBroken ex) {
				FormErrors.apply(ex, result);
			}
			catch (StepRefused ex) {
				FormErrors.apply(ex, result);
			}
		}
		model.addAttribute("sent", true);
		return rulesPage(model);
	}

	private String rulesPage(Model model) {
		model.addAttribute("rule", rules.current());
		model.addAttribute("bases", RegistrationBasis.values());
		return "residence/rules";
	}

}
