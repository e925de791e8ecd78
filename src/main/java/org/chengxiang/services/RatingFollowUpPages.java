package org.chengxiang.services;

import java.util.List;

import org.chengxiang.directory.Directory;
import org.chengxiang.platform.domain.RuleBroken;
import org.chengxiang.platform.domain.StepRefused;
import org.chengxiang.platform.security.CurrentUser;
import org.chengxiang.platform.web.Flash;
import org.chengxiang.platform.web.FormErrors;
import org.chengxiang.platform.web.ReaderTexts;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * 差评整改 pages: the department's unsatisfied ratings with their time limits, each open one with its form for the
 * call back and the measures; supervisors read the whole city's.
 */
@Controller
class RatingFollowUpPages {

	static final String PAGE = "/services/ratings/follow-ups";

	private final RatingFollowUps followUps;

	private final ApplicationRatings desk;

	private final Directory directory;

	RatingFollowUpPages(RatingFollowUps followUps, ApplicationRatings desk, Directory directory) {
		this.directory = directory;
		this.followUps = followUps;
		this.desk = desk;
	}

	@GetMapping(PAGE)
	@PreAuthorize("hasAnyRole('CLERK','DEPARTMENT_LEAD','SUPERVISOR','ADMIN')")
	String list(@AuthenticationPrincipal CurrentUser user, Model model) {
		model.addAttribute("followUpForm", FollowUpForm.NONE);
		return page(user, model);
	}

	/** The call back and the measures of one follow-up; refused, the same page again with the row as typed. */
	@PostMapping(PAGE + "/{id}")
	@PreAuthorize("hasAnyRole('CLERK','DEPARTMENT_LEAD')")
	String close(@PathVariable long id, @ModelAttribute("followUpForm") FollowUpForm form, BindingResult result,
			@AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes redirect) {
		model.addAttribute("sentFor", id);
		try {
			desk.followUp(id, form.contactNote(), form.measures(), user);
		}
		catch (RuleBroken ex) {
			FormErrors.apply(ex, result);
			return page(user, model);
		}
		catch (StepRefused ex) {
			FormErrors.apply(ex, result);
			return page(user, model);
		}
		Flash.success(redirect, "services.followUp.flash.closed");
		return "redirect:" + PAGE;
	}

	private String page(CurrentUser user, Model model) {
		List<RatingFollowUps.FollowUp> list = followUps.list(user);
		model.addAttribute("followUps", list);
		// who followed up, by name and unit
		model.addAttribute("people", directory.names(
				list.stream().map(RatingFollowUps.FollowUp::handledBy).filter(java.util.Objects::nonNull).toList()));
		model.addAttribute("followUpDays", followUps.workingDays());
		// the department's staff open an application from its row; the supervision office reads the list only
		model.addAttribute("opensApplications", ApplicationScope.of(user).departmentId() != null);
		return "services/follow-ups";
	}

}
