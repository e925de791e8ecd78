package org.chengxiang.training;

import jakarta.validation.Valid;

import org.chengxiang.platform.domain.NoSuchRecord;
import org.chengxiang.platform.domain.RuleBroken;
import org.chengxiang.platform.domain.StepRefused;
import org.chengxiang.platform.security.CurrentUser;
import org.chengxiang.platform.web.Flash;
import org.chengxiang.platform.web.FormErrors;
import org.chengxiang.platform.web.Spreadsheets;

import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.MapBindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A class's roster on its page: the template, a sheet uploaded for a preview and confirmed or discarded, one trainee
 * added by hand, a trainee removed. Provider staff only, for their own provider's classes.
 */
@Controller
@RequestMapping("/training/classes/{id}")
@PreAuthorize(ClassPages.WRITERS)
class RosterPages {

	private final RosterDesk desk;

	private final RosterImports imports;

	private final ClassDesk classes;

	private final ClassPageModel pageModel;

	private final ClassDetails details;

	RosterPages(RosterDesk desk, RosterImports imports, ClassDesk classes, ClassPageModel pageModel,
			ClassDetails details) {
		this.desk = desk;
		this.imports = imports;
		this.classes = classes;
		this.pageModel = pageModel;
		this.details = details;
	}

	@GetMapping("/roster-template.xlsx")
	ResponseEntity<byte[]> template(@PathVariable long id, @AuthenticationPrincipal CurrentUser user) {
		pageModel.visible(id, user);
		return Spreadsheets.download("roster-template.xlsx", RosterTemplate.workbook());
	}

	@PostMapping("/roster-imports")
	String upload(@PathVariable long id, @ModelAttribute("rosterUpload") RosterUploadForm form, BindingResult result,
			@AuthenticationPrincipal CurrentUser user, Model model) {
		try {
			long importId = desk.upload(id, form.file(), user);
			return "redirect:/training/classes/" + id + "/roster-imports/" + importId;
		}
		catch (RuleBroken ex) {
			FormErrors.apply(ex, result);
		}
		catch (StepRefused ex) {
			FormErrors.apply(ex, result);
		}
		return pageModel.page(pageModel.visible(id, user), model);
	}

	@GetMapping("/roster-imports/{importId}")
	String preview(@PathVariable long id, @PathVariable long importId, @AuthenticationPrincipal CurrentUser user,
			Model model) {
		model.addAttribute("confirmation", new MapBindingResult(new java.util.HashMap<>(), "confirmation"));
		return previewPage(id, importId, user, model);
	}

	@PostMapping("/roster-imports/{importId}/confirmation")
	String confirm(@PathVariable long id, @PathVariable long importId, @AuthenticationPrincipal CurrentUser user,
			Model model, RedirectAttributes redirect) {
		try {
			int count = desk.confirm(id, importId, user);
			Flash.success(redirect, "training.roster.import.flash.confirmed", count);
			return "redirect:/training/classes/" + id;
		}
		catch (StepRefused ex) {
			MapBindingResult result = new MapBindingResult(new java.util.HashMap<>(), "confirmation");
			FormErrors.apply(ex, result);
			model.addAttribute("confirmation", result);
		}
		return previewPage(id, importId, user, model);
	}

	@PostMapping("/roster-imports/{importId}/discard")
	String discard(@PathVariable long id, @PathVariable long importId, @AuthenticationPrincipal CurrentUser user,
			RedirectAttributes redirect) {
		try {
			desk.discard(id, importId, user);
			Flash.success(redirect, "training.roster.import.flash.discarded");
		}
		catch (StepRefused ex) {
			Flash.error(redirect, ex.reason().key());
		}
		return "redirect:/training/classes/" + id;
	}

	@PostMapping("/trainees")
	String enrol(@PathVariable long id, @Valid @ModelAttribute("traineeForm") TraineeForm form, BindingResult result,
			@AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes redirect) {
		if (!result.hasErrors()) {
			try {
				desk.enrol(id, form, user);
				Flash.success(redirect, "training.roster.flash.added");
				return "redirect:/training/classes/" + id;
			}
			catch (RuleBroken ex) {
				FormErrors.apply(ex, result);
			}
			catch (StepRefused ex) {
				FormErrors.apply(ex, result);
			}
		}
		return pageModel.page(pageModel.visible(id, user), model);
	}

	@PostMapping("/trainees/{enrolmentId}/removal")
	String remove(@PathVariable long id, @PathVariable long enrolmentId, @AuthenticationPrincipal CurrentUser user,
			RedirectAttributes redirect) {
		try {
			desk.remove(id, enrolmentId, user);
			Flash.success(redirect, "training.roster.flash.removed");
		}
		catch (StepRefused ex) {
			Flash.error(redirect, ex.reason().key(), ex.reason().args());
		}
		return "redirect:/training/classes/" + id;
	}

	private String previewPage(long id, long importId, CurrentUser user, Model model) {
		TrainingClass c = classes.mine(id, user);
		RosterImports.Staged staged = imports.find(importId, id)
			.orElseThrow(() -> new NoSuchRecord("roster import " + importId));
		model.addAttribute("cls", details.view(c));
		model.addAttribute("preview", imports.preview(staged, c.capacity()));
		return "training/classes-import";
	}

}
