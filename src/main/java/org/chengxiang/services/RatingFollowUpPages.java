package org.chengxiang.services;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.chengxiang.directory.Directory;
import org.chengxiang.platform.security.CurrentUser;
import org.chengxiang.platform.domain.RuleBroken;
import org.chengxiang.platform.domain.StepRefused;
import org.chengxiang.platform.web.FailedForm;
import org.chengxiang.platform.web.Flash;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
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
		return page(user, FailedForm.NONE, model);
	}

	@PostMapping(PAGE + "/{id}")
	@PreAuthorize("hasAnyRole('CLERK','DEPARTMENT_LEAD')")
	String close(@PathVariable long id, @RequestParam(required = false) String contactNote,
			@RequestParam(required = false) String measures, @AuthenticationPrincipal CurrentUser user, Model model,
			RedirectAttributes redirect) {
		Map<String, String> sent = new HashMap<>();
		sent.put("contactNote", contactNote == null ? "" : contactNote);
		sent.put("measures", measures == null ? "" : measures);
		try {
			desk.followUp(id, contactNote, measures, user);
		}
		catch (RuleBroken ex) {
			return page(user, FailedForm.of(form(id), sent, ex, Set.of("contactNote", "measures")), model);
		}
		catch (StepRefused ex) {
			Flash.error(redirect, "services.followUp.flash.refused", ex.getMessage());
			return "redirect:" + PAGE;
		}
		Flash.success(redirect, "services.followUp.flash.closed");
		return "redirect:" + PAGE;
	}

	private String page(CurrentUser user, FailedForm failed, Model model) {
		List<RatingFollowUps.FollowUp> list = followUps.list(user);
		model.addAttribute("followUps", list);
		// who followed up, by name and unit
		model.addAttribute("people", directory.names(
				list.stream().map(RatingFollowUps.FollowUp::handledBy).filter(java.util.Objects::nonNull).toList()));
		model.addAttribute("mayClose", RatingFollowUps.isStaff(user.role()));
		model.addAttribute("followUpDays", followUps.workingDays());
		model.addAttribute(FailedForm.ATTRIBUTE, failed);
		return "services/follow-ups";
	}

	static String form(long applicationId) {
		return "follow-up-" + applicationId;
	}

}
