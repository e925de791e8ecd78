package org.chengxiang.plan;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.Validator;

import org.chengxiang.platform.domain.RuleBroken;
import org.chengxiang.platform.domain.StepRefused;
import org.chengxiang.platform.security.CurrentUser;
import org.chengxiang.platform.web.CommandChecks;
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
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The page of one assignment, with the forms the department and the supervision office act through. Each form
 * posts to its own handler, which binds it as {@code step}: a step taken comes back with a message
 * (Post/Redirect/Get); a refused one renders the page again with the reasons.
 */
@Controller
@RequestMapping("/plans/assignments/{id}")
@PreAuthorize("hasAnyRole('ADMIN','SUPERVISOR','DEPARTMENT_LEAD','CLERK')")
class AssignmentPages {

	static final int MILESTONE_ROWS = 6;

	private final AssignmentQueries assignmentQueries;

	private final PlanQueries queries;

	private final AssignmentWork work;

	private final ProgressReports reports;

	private final SupervisionNotices notices;

	private final Validator validator;

	AssignmentPages(AssignmentQueries assignmentQueries, PlanQueries queries, AssignmentWork work,
			ProgressReports reports, SupervisionNotices notices, Validator validator) {
		this.validator = validator;
		this.assignmentQueries = assignmentQueries;
		this.queries = queries;
		this.work = work;
		this.reports = reports;
		this.notices = notices;
	}

	@GetMapping
	String show(@PathVariable long id, @AuthenticationPrincipal CurrentUser user, Model model) {
		Views.AssignmentDetail detail = assignmentQueries.assignment(id, user.scope());
		model.addAttribute("a", detail);
		model.addAttribute("people", assignmentQueries.people(detail));
		model.addAttribute("mine", detail.row().departmentId() != null
				&& detail.row().departmentId().equals(user.departmentId()));
		model.addAttribute("milestoneRows", MILESTONE_ROWS);
		model.addAttribute("levels", NoticeLevel.values());
		model.addAttribute("today", queries.today());
		return "plan/assignment";
	}

	@PostMapping("/signature")
	@PreAuthorize("hasRole('DEPARTMENT_LEAD')")
	String sign(@PathVariable long id, @Valid @ModelAttribute("step") Commands.Sign form, BindingResult result,
			@AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes redirect) {
		return take(new Step(id, user, model, redirect, result), "plan.flash.signed", () -> work.sign(id, form, user));
	}

	@PostMapping("/measures")
	@PreAuthorize("hasRole('DEPARTMENT_LEAD')")
	String measures(@PathVariable long id, @ModelAttribute("step") MeasuresForm form, BindingResult result,
			@AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes redirect) {
		return take(new Step(id, user, model, redirect, result), "plan.flash.measuresSubmitted",
				() -> work.proposeMeasures(id, CommandChecks.valid(validator, form.command()), user));
	}

	@PostMapping("/measures/approval")
	@PreAuthorize("hasRole('SUPERVISOR')")
	String approve(@PathVariable long id, @ModelAttribute("step") NoInput form, BindingResult result,
			@AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes redirect) {
		return take(new Step(id, user, model, redirect, result), "plan.flash.approved",
				() -> work.approveMeasures(id, user));
	}

	@PostMapping("/measures/return")
	@PreAuthorize("hasRole('SUPERVISOR')")
	String returnMeasures(@PathVariable long id, @Valid @ModelAttribute("step") Commands.Comment form,
			BindingResult result, @AuthenticationPrincipal CurrentUser user, Model model,
			RedirectAttributes redirect) {
		return take(new Step(id, user, model, redirect, result), "plan.flash.returned",
				() -> work.returnMeasures(id, form, user));
	}

	@PostMapping("/milestones/{milestoneId}/done")
	@PreAuthorize("hasAnyRole('CLERK','DEPARTMENT_LEAD')")
	String milestoneDone(@PathVariable long id, @PathVariable long milestoneId,
			@ModelAttribute("step") Commands.MilestoneDone form, BindingResult result,
			@AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes redirect) {
		return take(new Step(id, user, model, redirect, result), "plan.flash.milestoneDone",
				() -> work.markMilestoneDone(id, milestoneId, form, user));
	}

	@PostMapping("/milestones/{milestoneId}/extensions")
	@PreAuthorize("hasRole('DEPARTMENT_LEAD')")
	String requestExtension(@PathVariable long id, @PathVariable long milestoneId,
			@Valid @ModelAttribute("step") Commands.RequestExtension form, BindingResult result,
			@AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes redirect) {
		return take(new Step(id, user, model, redirect, result), "plan.flash.extensionRequested",
				() -> work.requestExtension(id, milestoneId, form, user));
	}

	@PostMapping("/extensions/{requestId}")
	@PreAuthorize("hasRole('SUPERVISOR')")
	String decideExtension(@PathVariable long id, @PathVariable long requestId,
			@Valid @ModelAttribute("step") Commands.DecideExtension form, BindingResult result,
			@AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes redirect) {
		return take(new Step(id, user, model, redirect, result),
				form.approve() ? "plan.flash.extensionApproved" : "plan.flash.extensionRejected",
				() -> work.decideExtension(requestId, form, user));
	}

	@PostMapping("/reports")
	@PreAuthorize("hasAnyRole('CLERK','DEPARTMENT_LEAD')")
	String report(@PathVariable long id, @Valid @ModelAttribute("step") Commands.SubmitReport form,
			BindingResult result, @RequestParam(name = "attachments", required = false) List<MultipartFile> attachments,
			@AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes redirect) {
		return take(new Step(id, user, model, redirect, result), "plan.flash.reported",
				() -> reports.submit(id, form, attachments, user));
	}

	@PostMapping("/reports/{reportId}/review")
	@PreAuthorize("hasRole('SUPERVISOR')")
	String review(@PathVariable long id, @PathVariable long reportId,
			@ModelAttribute("step") PlanApi.ReportReview form, BindingResult result,
			@AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes redirect) {
		return take(new Step(id, user, model, redirect, result),
				form.accept() ? "plan.flash.reportAccepted" : "plan.flash.reportReturned",
				() -> reports.review(reportId, form.accept(), form.comment(), user));
	}

	@PostMapping("/notices")
	@PreAuthorize("hasRole('SUPERVISOR')")
	String notice(@PathVariable long id, @Valid @ModelAttribute("step") Commands.IssueNotice form,
			BindingResult result, @AuthenticationPrincipal CurrentUser user, Model model,
			RedirectAttributes redirect) {
		return take(new Step(id, user, model, redirect, result), "plan.flash.noticeIssued",
				() -> notices.issue(id, form, user));
	}

	@PostMapping("/notices/{noticeId}/response")
	@PreAuthorize("hasAnyRole('CLERK','DEPARTMENT_LEAD')")
	String respond(@PathVariable long id, @PathVariable long noticeId,
			@Valid @ModelAttribute("step") Commands.Respond form, BindingResult result,
			@AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes redirect) {
		return take(new Step(id, user, model, redirect, result), "plan.flash.noticeAnswered",
				() -> notices.respond(noticeId, form, user));
	}

	@PostMapping("/notices/{noticeId}/escalation")
	@PreAuthorize("hasRole('SUPERVISOR')")
	String escalate(@PathVariable long id, @PathVariable long noticeId,
			@ModelAttribute("step") PlanApi.Escalation form, BindingResult result,
			@AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes redirect) {
		return take(new Step(id, user, model, redirect, result), "plan.flash.noticeEscalated",
				() -> notices.escalate(noticeId, form.text(), user));
	}

	@PostMapping("/completion")
	@PreAuthorize("hasRole('DEPARTMENT_LEAD')")
	String complete(@PathVariable long id, @Valid @ModelAttribute("step") Commands.Statement form,
			BindingResult result, @AuthenticationPrincipal CurrentUser user, Model model,
			RedirectAttributes redirect) {
		return take(new Step(id, user, model, redirect, result), "plan.flash.completed",
				() -> work.complete(id, form, user));
	}

	@PostMapping("/archival")
	@PreAuthorize("hasRole('SUPERVISOR')")
	String archive(@PathVariable long id, @Valid @ModelAttribute("step") Commands.Statement form,
			BindingResult result, @AuthenticationPrincipal CurrentUser user, Model model,
			RedirectAttributes redirect) {
		return take(new Step(id, user, model, redirect, result), "plan.flash.archived",
				() -> work.archive(id, form, user));
	}

	@PostMapping("/watch")
	@PreAuthorize("hasAnyRole('DEPARTMENT_LEAD','SUPERVISOR','ADMIN')")
	String watch(@PathVariable long id, @ModelAttribute("step") WatchForm form, BindingResult result,
			@AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes redirect) {
		long taskId = assignmentQueries.assignment(id, user.scope()).row().taskId();
		return take(new Step(id, user, model, redirect, result),
				form.watched() ? "plan.flash.watched" : "plan.flash.unwatched",
				() -> work.watch(taskId, form.watched(), user));
	}

	/** What a handler hands on: the page to render again, and the form's result. */
	private record Step(long id, CurrentUser user, Model model, RedirectAttributes redirect, BindingResult result) {
	}

	/**
	 * Takes the step if the form is valid; a step taken redirects with the success message, a refused one shows
	 * the page again with the reasons on the form.
	 */
	private String take(Step step, String success, Runnable action) {
		if (!step.result().hasErrors()) {
			try {
				action.run();
				Flash.success(step.redirect(), success);
				return "redirect:/plans/assignments/" + step.id();
			}
			catch (RuleBroken ex) {
				FormErrors.apply(ex, step.result());
			}
			catch (StepRefused ex) {
				FormErrors.apply(ex, step.result());
			}
		}
		return show(step.id(), step.user(), step.model());
	}

	/** Whether the user watches the assignment's task. */
	record WatchForm(boolean watched) {
	}

	/** A form that sends nothing but its button. */
	static class NoInput {
	}

	/** The measures and the rows of milestones the page offers; empty rows are left out. */
	static class MeasuresForm {

		private String measures;

		private List<String> milestoneTitle = new ArrayList<>();

		private List<LocalDate> milestoneDue = new ArrayList<>();

		Commands.ProposeMeasures command() {
			List<Commands.PlannedMilestone> milestones = new ArrayList<>();
			for (int i = 0; i < milestoneTitle.size(); i++) {
				String title = milestoneTitle.get(i);
				LocalDate due = i < milestoneDue.size() ? milestoneDue.get(i) : null;
				if ((title == null || title.isBlank()) && due == null) {
					continue;
				}
				if (title == null || title.isBlank()) {
					throw RuleBroken.at("milestones", "plan.validation.milestoneTitle");
				}
				if (due == null) {
					throw RuleBroken.at("milestones", "plan.validation.dueOn");
				}
				milestones.add(new Commands.PlannedMilestone(title, due));
			}
			if (measures == null || measures.isBlank()) {
				throw RuleBroken.at("measures", "plan.validation.measures");
			}
			return new Commands.ProposeMeasures(measures, milestones);
		}

		public String getMeasures() {
			return measures;
		}

		public void setMeasures(String measures) {
			this.measures = measures;
		}

		public List<String> getMilestoneTitle() {
			return milestoneTitle;
		}

		public void setMilestoneTitle(List<String> milestoneTitle) {
			this.milestoneTitle = milestoneTitle;
		}

		public List<LocalDate> getMilestoneDue() {
			return milestoneDue;
		}

		public void setMilestoneDue(List<LocalDate> milestoneDue) {
			this.milestoneDue = milestoneDue;
		}

	}

}
