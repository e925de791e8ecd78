package org.chengxiang.residence.schools;

import jakarta.validation.Valid;

import org.chengxiang.platform.domain.StepRefused;
import org.chengxiang.platform.security.CurrentUser;
import org.chengxiang.platform.web.Flash;
import org.chengxiang.platform.web.FormErrors;

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

/** A guardian's children's applications with their offers, each to accept or decline. */
@Controller
@RequestMapping("/residence/schools/mine")
@PreAuthorize("hasRole('RESIDENT')")
class OfferPages {

	private final RoundQueries queries;

	private final OfferDesk desk;

	OfferPages(RoundQueries queries, OfferDesk desk) {
		this.queries = queries;
		this.desk = desk;
	}

	@GetMapping
	String mine(@AuthenticationPrincipal CurrentUser user, Model model) {
		model.addAttribute("answerForm", new AnswerForm(null));
		return page(user, model);
	}

	@PostMapping("/{id}/acceptance")
	String accept(@PathVariable long id, @Valid @ModelAttribute("answerForm") AnswerForm form, BindingResult result,
			@AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes redirect) {
		if (!result.hasErrors()) {
			try {
				desk.accept(id, form.version(), user.id());
				Flash.success(redirect, "residence.schools.flash.accepted");
				return "redirect:/residence/schools/mine";
			}
			catch (StepRefused ex) {
				FormErrors.apply(ex, result);
			}
		}
		return page(user, model);
	}

	@PostMapping("/{id}/declination")
	String decline(@PathVariable long id, @Valid @ModelAttribute("answerForm") AnswerForm form, BindingResult result,
			@AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes redirect) {
		if (!result.hasErrors()) {
			try {
				desk.decline(id, form.version(), user.id());
				Flash.success(redirect, "residence.schools.flash.declined");
				return "redirect:/residence/schools/mine";
			}
			catch (StepRefused ex) {
				FormErrors.apply(ex, result);
			}
		}
		return page(user, model);
	}

	private String page(CurrentUser user, Model model) {
		model.addAttribute("applications", queries.ofGuardian(user.id()));
		return "residence/schools/mine";
	}

	/** The answer to an offer, with the version the page showed. */
	record AnswerForm(@jakarta.validation.constraints.NotNull(message = "{residence.schools.version.required}") Integer version) {
	}

}
