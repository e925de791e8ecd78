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

/** A class's sessions added on its page, and the attendance grid of one session. Provider staff only. */
@Controller
@RequestMapping("/training/classes/{id}/sessions")
@PreAuthorize(ClassPages.WRITERS)
class SessionPages {

	private final SessionDesk desk;

	private final ClassDetails details;

	private final ClassDesk classes;

	private final ClassPageModel pageModel;

	SessionPages(SessionDesk desk, ClassDetails details, ClassDesk classes, ClassPageModel pageModel) {
		this.desk = desk;
		this.details = details;
		this.classes = classes;
		this.pageModel = pageModel;
	}

	@PostMapping
	String add(@PathVariable long id, @Valid @ModelAttribute("sessionForm") SessionForm form, BindingResult result,
			@AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes redirect) {
		if (!result.hasErrors()) {
			try {
				desk.add(id, form, user);
				Flash.success(redirect, "training.session.flash.added");
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

	@GetMapping("/{sessionId}/attendance")
	String initAttendanceForm(@PathVariable long id, @PathVariable long sessionId,
			@AuthenticationPrincipal CurrentUser user, Model model) {
		TrainingClass c = classes.mine(id, user);
		ClassDetails.ClassView view = details.view(c);
		boolean recorded = view.sessions().stream().anyMatch(s -> s.id() == sessionId && s.recorded());
		model.addAttribute("attendanceForm", new AttendanceForm(recorded ? details.presentAt(sessionId)
				: view.roster().stream().map(ClassDetails.RosterRow::enrolmentId).toList()));
		return attendancePage(view, sessionId, model);
	}

	@PostMapping("/{sessionId}/attendance")
	String processAttendanceForm(@PathVariable long id, @PathVariable long sessionId,
			@ModelAttribute("attendanceForm") AttendanceForm form, BindingResult result,
			@AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes redirect) {
		try {
			desk.record(id, sessionId, form.presentOrNone(), user);
			Flash.success(redirect, "training.attendance.flash.saved");
			return "redirect:/training/classes/" + id;
		}
		catch (RuleBroken ex) {
			FormErrors.apply(ex, result);
		}
		catch (StepRefused ex) {
			FormErrors.apply(ex, result);
		}
		return attendancePage(details.view(classes.mine(id, user)), sessionId, model);
	}

	private String attendancePage(ClassDetails.ClassView view, long sessionId, Model model) {
		model.addAttribute("cls", view);
		model.addAttribute("classSession", desk.session(view.id(), sessionId));
		return "training/classes-attendance";
	}

}
