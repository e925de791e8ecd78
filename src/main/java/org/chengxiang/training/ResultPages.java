package org.chengxiang.training;

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
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The results and certificates of a class's whole roster on one form. Provider staff only. */
@Controller
@RequestMapping("/training/classes/{id}/results")
@PreAuthorize(ClassPages.WRITERS)
class ResultPages {

	private final ResultDesk desk;

	private final ClassDetails details;

	private final ClassDesk classes;

	ResultPages(ResultDesk desk, ClassDetails details, ClassDesk classes) {
		this.desk = desk;
		this.details = details;
		this.classes = classes;
	}

	@GetMapping
	String initResultsForm(@PathVariable long id, @AuthenticationPrincipal CurrentUser user, Model model) {
		ClassDetails.ClassView view = details.view(classes.mine(id, user));
		model.addAttribute("resultForm", ResultForm.of(view.roster()));
		return page(view, model);
	}

	@PostMapping
	String processResultsForm(@PathVariable long id, @Valid @ModelAttribute("resultForm") ResultForm form,
			BindingResult result, @AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes redirect) {
		if (!result.hasErrors()) {
			try {
				desk.record(id, form.getLines(), user);
				Flash.success(redirect, "training.result.flash.saved");
				return "redirect:/training/classes/" + id;
			}
			catch (RuleBroken ex) {
				FormErrors.apply(ex, result);
			}
			catch (StepRefused ex) {
				FormErrors.apply(ex, result);
			}
		}
		return page(details.view(classes.mine(id, user)), model);
	}

	private String page(ClassDetails.ClassView view, Model model) {
		model.addAttribute("cls", view);
		model.addAttribute("outcomes", ResultOutcome.values());
		return "training/classes-results";
	}

}
