package org.chengxiang.plan;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import org.chengxiang.platform.security.CurrentUser;
import org.chengxiang.platform.web.CommandChecks;
import org.chengxiang.platform.web.Flash;

import jakarta.validation.Validator;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The page of one assignment, with the forms the department and the supervision office act through. Every
 * form posts, and the page comes back with a message (Post/Redirect/Get); a refused step says why.
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

	AssignmentPages(AssignmentQueries assignmentQueries, PlanQueries queries, AssignmentWork work, ProgressReports reports, SupervisionNotices notices,
			Validator validator) {
		this.assignmentQueries = assignmentQueries;
		this.queries = queries;
		this.work = work;
		this.reports = reports;
		this.notices = notices;
		this.validator = validator;
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
	String sign(@PathVariable long id, @RequestParam String responsibleLeader, @RequestParam String contactPerson,
			@RequestParam(required = false) String contactPhone, @AuthenticationPrincipal CurrentUser user,
			RedirectAttributes redirect) {
		return act(id, redirect, "plan.flash.signed", () -> work.sign(id,
				valid(new Commands.Sign(responsibleLeader, contactPerson, contactPhone)), user));
	}

	@PostMapping("/measures")
	@PreAuthorize("hasRole('DEPARTMENT_LEAD')")
	String measures(@PathVariable long id, @RequestParam String measures,
			@RequestParam(name = "milestoneTitle", required = false) List<String> titles,
			@RequestParam(name = "milestoneDue", required = false) List<LocalDate> dues,
			@AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
		List<Commands.PlannedMilestone> milestones = new ArrayList<>();
		for (int i = 0; titles != null && i < titles.size(); i++) {
			String title = titles.get(i);
			LocalDate due = dues != null && i < dues.size() ? dues.get(i) : null;
			if ((title == null || title.isBlank()) && due == null) {
				continue;
			}
			milestones.add(new Commands.PlannedMilestone(title, due));
		}
		return act(id, redirect, "plan.flash.measuresSubmitted",
				() -> work.proposeMeasures(id, valid(new Commands.ProposeMeasures(measures, milestones)), user));
	}

	@PostMapping("/measures/approval")
	@PreAuthorize("hasRole('SUPERVISOR')")
	String approve(@PathVariable long id, @AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
		return act(id, redirect, "plan.flash.approved", () -> work.approveMeasures(id, user));
	}

	@PostMapping("/measures/return")
	@PreAuthorize("hasRole('SUPERVISOR')")
	String returnMeasures(@PathVariable long id, @RequestParam String comment, @AuthenticationPrincipal CurrentUser user,
			RedirectAttributes redirect) {
		return act(id, redirect, "plan.flash.returned",
				() -> work.returnMeasures(id, valid(new Commands.Comment(comment)), user));
	}

	@PostMapping("/milestones/{milestoneId}/done")
	@PreAuthorize("hasAnyRole('CLERK','DEPARTMENT_LEAD')")
	String milestoneDone(@PathVariable long id, @PathVariable long milestoneId,
			@RequestParam(required = false) LocalDate doneOn, @AuthenticationPrincipal CurrentUser user,
			RedirectAttributes redirect) {
		return act(id, redirect, "plan.flash.milestoneDone",
				() -> work.markMilestoneDone(id, milestoneId, new Commands.MilestoneDone(doneOn), user));
	}

	@PostMapping("/milestones/{milestoneId}/extensions")
	@PreAuthorize("hasRole('DEPARTMENT_LEAD')")
	String requestExtension(@PathVariable long id, @PathVariable long milestoneId,
			@RequestParam(required = false) LocalDate requestedDueOn, @RequestParam String reason,
			@AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
		return act(id, redirect, "plan.flash.extensionRequested", () -> work.requestExtension(id, milestoneId,
				valid(new Commands.RequestExtension(requestedDueOn, reason)), user));
	}

	@PostMapping("/extensions/{requestId}")
	@PreAuthorize("hasRole('SUPERVISOR')")
	String decideExtension(@PathVariable long id, @PathVariable long requestId, @RequestParam boolean approve,
			@RequestParam(required = false) String comment, @AuthenticationPrincipal CurrentUser user,
			RedirectAttributes redirect) {
		return act(id, redirect, approve ? "plan.flash.extensionApproved" : "plan.flash.extensionRejected",
				() -> work.decideExtension(requestId, new Commands.DecideExtension(approve, comment), user));
	}

	@PostMapping("/reports")
	@PreAuthorize("hasAnyRole('CLERK','DEPARTMENT_LEAD')")
	String report(@PathVariable long id, @RequestParam String period, @RequestParam String text,
			@RequestParam(required = false) String stage, @RequestParam(required = false) Integer percent,
			@RequestParam(required = false) String problems,
			@RequestParam(name = "attachments", required = false) List<MultipartFile> attachments,
			@AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
		return act(id, redirect, "plan.flash.reported", () -> reports.submit(id,
				valid(new Commands.SubmitReport(period, text, stage, percent, problems)), attachments, user));
	}

	@PostMapping("/reports/{reportId}/review")
	@PreAuthorize("hasRole('SUPERVISOR')")
	String review(@PathVariable long id, @PathVariable long reportId, @RequestParam boolean accept,
			@RequestParam(required = false) String comment, @AuthenticationPrincipal CurrentUser user,
			RedirectAttributes redirect) {
		return act(id, redirect, accept ? "plan.flash.reportAccepted" : "plan.flash.reportReturned", () -> {
			reports.review(reportId, accept, comment, user);
			return null;
		});
	}

	@PostMapping("/notices")
	@PreAuthorize("hasRole('SUPERVISOR')")
	String notice(@PathVariable long id, @RequestParam(required = false) NoticeLevel level, @RequestParam String text,
			@RequestParam(required = false) Integer respondWithinWorkingDays, @AuthenticationPrincipal CurrentUser user,
			RedirectAttributes redirect) {
		return act(id, redirect, "plan.flash.noticeIssued", () -> notices.issue(id,
				valid(new Commands.IssueNotice(level, text, respondWithinWorkingDays)), user));
	}

	@PostMapping("/notices/{noticeId}/response")
	@PreAuthorize("hasAnyRole('CLERK','DEPARTMENT_LEAD')")
	String respond(@PathVariable long id, @PathVariable long noticeId, @RequestParam String response,
			@AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
		return act(id, redirect, "plan.flash.noticeAnswered", () -> {
			notices.respond(noticeId, valid(new Commands.Respond(response)), user);
			return null;
		});
	}

	@PostMapping("/notices/{noticeId}/escalation")
	@PreAuthorize("hasRole('SUPERVISOR')")
	String escalate(@PathVariable long id, @PathVariable long noticeId, @RequestParam(required = false) String text,
			@AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
		return act(id, redirect, "plan.flash.noticeEscalated", () -> notices.escalate(noticeId, text, user));
	}

	@PostMapping("/completion")
	@PreAuthorize("hasRole('DEPARTMENT_LEAD')")
	String complete(@PathVariable long id, @RequestParam String text, @AuthenticationPrincipal CurrentUser user,
			RedirectAttributes redirect) {
		return act(id, redirect, "plan.flash.completed",
				() -> work.complete(id, valid(new Commands.Statement(text)), user));
	}

	@PostMapping("/archival")
	@PreAuthorize("hasRole('SUPERVISOR')")
	String archive(@PathVariable long id, @RequestParam String text, @AuthenticationPrincipal CurrentUser user,
			RedirectAttributes redirect) {
		return act(id, redirect, "plan.flash.archived", () -> work.archive(id, valid(new Commands.Statement(text)), user));
	}

	@PostMapping("/watch")
	@PreAuthorize("hasAnyRole('DEPARTMENT_LEAD','SUPERVISOR','ADMIN')")
	String watch(@PathVariable long id, @RequestParam boolean watched, @AuthenticationPrincipal CurrentUser user,
			RedirectAttributes redirect) {
		long taskId = assignmentQueries.assignment(id, user.scope()).row().taskId();
		return act(id, redirect, watched ? "plan.flash.watched" : "plan.flash.unwatched", () -> {
			work.watch(taskId, watched, user);
			return null;
		});
	}

	private String act(long id, RedirectAttributes redirect, String success, Supplier<?> step) {
		Flash.attempt(redirect, success, "plan.flash.refused", step::get);
		return "redirect:/plans/assignments/" + id;
	}

	private <T> T valid(T command) {
		return CommandChecks.valid(validator, command);
	}

}
