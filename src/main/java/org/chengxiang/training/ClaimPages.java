package org.chengxiang.training;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;

import org.chengxiang.platform.domain.RuleBroken;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Subsidy claim pages: the list with a tab per status (provider staff see their own provider's), a claim's page with
 * its frozen rules, its lines and the step each bureau may take, and the provider's claim for a closed class. A
 * refused step comes back on the same page with its reason.
 */
@Controller
@RequestMapping("/training")
class ClaimPages {

	private static final String READERS = "@trainingProviders.isProvider(principal) or @trainingBureau.includes(principal)"
			+ " or @trainingFinance.includes(principal) or hasAnyRole('ADMIN', 'SUPERVISOR')";

	private static final List<String> FORMS = List.of("claimForm", "cutForm", "reviewForm", "approvalForm",
			"returnForm");

	private final ClaimQueries queries;

	private final ClaimDesk desk;

	private final ClaimDecisions decisions;

	private final org.chengxiang.directory.Directory directory;

	ClaimPages(ClaimQueries queries, ClaimDesk desk, ClaimDecisions decisions,
			org.chengxiang.directory.Directory directory) {
		this.directory = directory;
		this.queries = queries;
		this.desk = desk;
		this.decisions = decisions;
	}

	@GetMapping("/claims")
	@PreAuthorize(READERS)
	String list(@RequestParam(required = false) ClaimStatus status, @RequestParam(required = false) Long beforeId,
			@AuthenticationPrincipal CurrentUser user, Model model) {
		List<ClaimRow> rows = queries.page(user, status, beforeId);
		model.addAttribute("claims", rows);
		model.addAttribute("status", status);
		model.addAttribute("statuses", ClaimStatus.values());
		model.addAttribute("nextBeforeId", rows.size() == ClaimQueries.PAGE_SIZE ? rows.get(rows.size() - 1).id() : null);
		if (!model.containsAttribute("claimForm")) {
			model.addAttribute("claimForm", ClaimStepForm.NONE);
		}
		return "training/claims";
	}

	@GetMapping("/claims/{id}")
	@PreAuthorize(READERS)
	String show(@PathVariable long id, @AuthenticationPrincipal CurrentUser user, Model model) {
		FORMS.forEach(form -> {
			if (!model.containsAttribute(form)) {
				model.addAttribute(form, ClaimStepForm.NONE);
			}
		});
		ClaimView claim = queries.one(id, user);
		model.addAttribute("claim", claim);
		// who took each step, by the name people know them by
		Map<String, String> names = new HashMap<>();
		Stream.of(claim.submittedBy(), claim.reviewedBy(), claim.decidedBy())
			.filter(Objects::nonNull)
			.forEach(username -> names.put(username,
					directory.user(username).map(CurrentUser::displayName).orElse(username)));
		model.addAttribute("names", names);
		return "training/claims-one";
	}

	/** The provider claims for its closed class; refused, the reason above its list of claims. */
	@PostMapping("/classes/{id}/claim")
	@PreAuthorize("@trainingProviders.isProvider(principal)")
	String submit(@PathVariable long id, @ModelAttribute("claimForm") ClaimStepForm form, BindingResult result,
			@AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes redirect) {
		try {
			long claim = desk.submit(id, user);
			Flash.success(redirect, "training.claim.flash.submitted");
			return "redirect:/training/claims/" + claim;
		}
		catch (StepRefused ex) {
			FormErrors.apply(ex, result);
		}
		return list(null, null, user, model);
	}

	@PostMapping("/claims/{id}/lines/{lineId}/cut")
	@PreAuthorize("@trainingBureau.includes(principal)")
	String cut(@PathVariable long id, @PathVariable long lineId, @ModelAttribute("cutForm") ClaimStepForm form,
			BindingResult result, @AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes redirect) {
		model.addAttribute("cutLine", lineId);
		return step(id, result, user, model, redirect, "training.claim.flash.cut",
				() -> decisions.cut(id, lineId, form.reason(), form.version(), user));
	}

	@PostMapping("/claims/{id}/review")
	@PreAuthorize("@trainingBureau.includes(principal)")
	String review(@PathVariable long id, @ModelAttribute("reviewForm") ClaimStepForm form, BindingResult result,
			@AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes redirect) {
		return step(id, result, user, model, redirect, "training.claim.flash.reviewed",
				() -> decisions.review(id, form.version(), user));
	}

	@PostMapping("/claims/{id}/approval")
	@PreAuthorize("@trainingFinance.includes(principal)")
	String approve(@PathVariable long id, @ModelAttribute("approvalForm") ClaimStepForm form, BindingResult result,
			@AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes redirect) {
		return step(id, result, user, model, redirect, "training.claim.flash.approved",
				() -> decisions.approve(id, form.version(), user));
	}

	@PostMapping("/claims/{id}/return")
	@PreAuthorize("@trainingBureau.includes(principal) or @trainingFinance.includes(principal)")
	String returnToProvider(@PathVariable long id, @ModelAttribute("returnForm") ClaimStepForm form,
			BindingResult result, @AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes redirect) {
		return step(id, result, user, model, redirect, "training.claim.flash.returned",
				() -> decisions.returnToProvider(id, form.reason(), form.version(), user));
	}

	/** One step: done, back to the claim with its message; refused, the same page with the reason by its form. */
	private String step(long id, BindingResult result, CurrentUser user, Model model, RedirectAttributes redirect,
			String done, Runnable action) {
		if (!result.hasErrors()) {
			try {
				action.run();
				Flash.success(redirect, done);
				return "redirect:/training/claims/" + id;
			}
			catch (RuleBroken ex) {
				FormErrors.apply(ex, result);
			}
			catch (StepRefused ex) {
				FormErrors.apply(ex, result);
			}
		}
		return show(id, user, model);
	}

}
