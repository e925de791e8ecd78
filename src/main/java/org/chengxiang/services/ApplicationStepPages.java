package org.chengxiang.services;

import org.chengxiang.platform.domain.RuleBroken;
import org.chengxiang.platform.domain.StaleVersion;
import org.chengxiang.platform.domain.StepRefused;
import org.chengxiang.platform.domain.Text;
import org.chengxiang.platform.security.CurrentUser;
import org.chengxiang.platform.web.Flash;
import org.chengxiang.platform.web.FormErrors;
import org.chengxiang.platform.web.ReaderTexts;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The workflow steps taken from an application's page, one handler each. A step taken goes back to the page with
 * what was done (Post/Redirect/Get); a step refused shows the page again, with what was typed and why.
 */
@Controller
@RequestMapping("/services/applications/{id}")
class ApplicationStepPages {

	private final ApplicationIntake intake;

	private final ApplicationReview review;

	private final ApplicationRatings ratings;

	private final ApplicationMaterials materials;

	private final ApplicationView view;

	ApplicationStepPages(ApplicationIntake intake, ApplicationReview review, ApplicationRatings ratings,
			ApplicationMaterials materials, ApplicationView view) {
		this.intake = intake;
		this.review = review;
		this.ratings = ratings;
		this.materials = materials;
		this.view = view;
	}

	@PostMapping("/materials")
	@PreAuthorize("hasRole('RESIDENT')")
	String attach(@PathVariable long id, @RequestParam int position, @RequestParam(required = false) MultipartFile file,
			@ModelAttribute("stepForm") StepForms.Step form, BindingResult result,
			@AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes redirect) {
		return take(id, user, result, model, redirect, "services.flash.uploaded",
				() -> materials.attach(id, position, file, user));
	}

	@PostMapping("/submission")
	@PreAuthorize("hasRole('RESIDENT')")
	String submit(@PathVariable long id, @ModelAttribute("stepForm") StepForms.Step form, BindingResult result,
			@AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes redirect) {
		return take(id, user, result, model, redirect, "services.flash.submission", () -> intake.submit(id, user));
	}

	@PostMapping("/resubmission")
	@PreAuthorize("hasRole('RESIDENT')")
	String resubmit(@PathVariable long id, @ModelAttribute("stepForm") StepForms.Step form, BindingResult result,
			@AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes redirect) {
		return take(id, user, result, model, redirect, "services.flash.resubmission",
				() -> intake.resubmit(id, user));
	}

	@PostMapping("/withdrawal")
	@PreAuthorize("hasRole('RESIDENT')")
	String withdraw(@PathVariable long id, @ModelAttribute("stepForm") StepForms.Step form, BindingResult result,
			@AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes redirect) {
		return take(id, user, result, model, redirect, "services.flash.withdrawal", () -> intake.withdraw(id, user));
	}

	@PostMapping("/rating")
	@PreAuthorize("hasRole('RESIDENT')")
	String rate(@PathVariable long id, @ModelAttribute("ratingForm") StepForms.Rating form, BindingResult result,
			@AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes redirect) {
		return take(id, user, result, model, redirect, "services.flash.rating",
				() -> ratings.rate(id, result.hasFieldErrors("rating") ? null : form.getRating(), form.getComment(),
						user));
	}

	@PostMapping("/acceptance")
	@PreAuthorize("hasAnyRole('CLERK','DEPARTMENT_LEAD')")
	String accept(@PathVariable long id, @ModelAttribute("stepForm") StepForms.Step form, BindingResult result,
			@AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes redirect) {
		return take(id, user, result, model, redirect, "services.flash.acceptance", () -> review.accept(id, user));
	}

	@PostMapping("/refusal")
	@PreAuthorize("hasAnyRole('CLERK','DEPARTMENT_LEAD')")
	String refuse(@PathVariable long id, @ModelAttribute("refusalForm") StepForms.Refusal form, BindingResult result,
			@AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes redirect) {
		return take(id, user, result, model, redirect, "services.flash.refusal",
				() -> review.refuseAcceptance(id, form.getReason(), user));
	}

	@PostMapping("/review")
	@PreAuthorize("hasAnyRole('CLERK','DEPARTMENT_LEAD')")
	String startReview(@PathVariable long id, @ModelAttribute("stepForm") StepForms.Step form, BindingResult result,
			@AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes redirect) {
		return take(id, user, result, model, redirect, "services.flash.review", () -> review.startReview(id, user));
	}

	@PostMapping("/correction")
	@PreAuthorize("hasAnyRole('CLERK','DEPARTMENT_LEAD')")
	String requestCorrection(@PathVariable long id, @ModelAttribute("correctionForm") StepForms.Correction form,
			BindingResult result, @AuthenticationPrincipal CurrentUser user, Model model,
			RedirectAttributes redirect) {
		return take(id, user, result, model, redirect, "services.flash.correction",
				() -> review.requestCorrection(id, form.missingItems(), form.getNote(), user));
	}

	@PostMapping("/approval")
	@PreAuthorize("hasAnyRole('CLERK','DEPARTMENT_LEAD')")
	String approve(@PathVariable long id, @ModelAttribute("approvalForm") StepForms.Approval form,
			BindingResult result, @AuthenticationPrincipal CurrentUser user, Model model,
			RedirectAttributes redirect) {
		return take(id, user, result, model, redirect, "services.flash.approval",
				() -> review.approve(id, form.getOpinion(), user));
	}

	@PostMapping("/rejection")
	@PreAuthorize("hasAnyRole('CLERK','DEPARTMENT_LEAD')")
	String reject(@PathVariable long id, @ModelAttribute("rejectionForm") StepForms.Rejection form,
			BindingResult result, @AuthenticationPrincipal CurrentUser user, Model model,
			RedirectAttributes redirect) {
		return take(id, user, result, model, redirect, "services.flash.rejection",
				() -> review.reject(id, form.getReason(), form.getBasis(), user));
	}

	@PostMapping("/hand-over")
	@PreAuthorize("hasAnyRole('CLERK','DEPARTMENT_LEAD')")
	String handOver(@PathVariable long id, @ModelAttribute("handOverForm") StepForms.HandOver form,
			BindingResult result, @AuthenticationPrincipal CurrentUser user, Model model,
			RedirectAttributes redirect) {
		return take(id, user, result, model, redirect, "services.flash.hand-over",
				() -> review.handOver(id, form.getColleague(), user));
	}

	/**
	 * Takes the step: done, back to the page saying so; refused, the page again with the form as typed and the
	 * problems on it.
	 */
	private String take(long id, CurrentUser user, BindingResult result, Model model, RedirectAttributes redirect,
			String success, Runnable step) {
		try {
			step.run();
		}
		catch (RuleBroken ex) {
			FormErrors.apply(ex, result);
			return view.show(id, user, model);
		}
		catch (StepRefused ex) {
			FormErrors.apply(ex, result);
			return view.show(id, user, model);
		}
		catch (OptimisticLockingFailureException ex) {
			result.reject("stale", ReaderTexts.of(Text.of(StaleVersion.KEY)));
			return view.show(id, user, model);
		}
		Flash.success(redirect, success);
		return "redirect:/services/applications/" + id;
	}

}
