package org.chengxiang.plan;

import java.io.IOException;
import java.net.URI;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.chengxiang.platform.security.CurrentUser;
import org.chengxiang.platform.domain.Text;
import org.chengxiang.platform.web.FileResponses;
import org.chengxiang.platform.web.KeysetPage;
import org.chengxiang.platform.web.ReaderLocale;
import org.chengxiang.platform.web.ReaderTexts;
import org.chengxiang.platform.domain.NoSuchRecord;
import org.chengxiang.platform.web.Spreadsheets;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * The plan module's JSON API: parse and import plans, and run their assignments.
 */
@RestController
@Tag(name = "plan", description = "Plan supervision")
@PreAuthorize("hasAnyRole('ADMIN','SUPERVISOR','DEPARTMENT_LEAD','CLERK')")
class PlanApi {

	static final int PAGE = 50;

	private final PlanCatalog catalog;

	private final PlanQueries queries;

	private final AssignmentQueries assignments;

	private final PlanAssessment assessment;

	private final AssignmentWork work;

	private final ProgressReports reports;

	private final SupervisionNotices notices;

	private final PlanLedger ledger;

	private final PlanStatusJob job;

	PlanApi(PlanCatalog catalog, PlanQueries queries, AssignmentQueries assignments, PlanAssessment assessment,
			AssignmentWork work, ProgressReports reports,
			SupervisionNotices notices, PlanLedger ledger, PlanStatusJob job) {
		this.catalog = catalog;
		this.queries = queries;
		this.assignments = assignments;
		this.assessment = assessment;
		this.work = work;
		this.reports = reports;
		this.notices = notices;
		this.ledger = ledger;
		this.job = job;
	}

	@PostMapping(path = "/api/plans/parse", consumes = MediaType.TEXT_PLAIN_VALUE)
	@Operation(summary = "Parse a plan document without saving it")
	ResolvedPlan parseText(@RequestBody byte[] body) {
		return catalog.resolve(PlanInputs.parse(body, "plan.txt", MediaType.TEXT_PLAIN_VALUE));
	}

	@PostMapping(path = "/api/plans/parse", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@Operation(summary = "Parse an uploaded plan file (txt, docx, xlsx ledger) without saving it")
	ResolvedPlan parseFile(@RequestPart("file") MultipartFile file) throws IOException {
		return catalog.resolve(PlanInputs.parse(file));
	}

	@PostMapping(path = "/api/plans", consumes = MediaType.TEXT_PLAIN_VALUE)
	@PreAuthorize("hasAnyRole('ADMIN','SUPERVISOR')")
	@Operation(summary = "Import a plan as a draft")
	ResponseEntity<ImportedPlan> importText(@RequestBody byte[] body,
			@RequestParam(defaultValue = "plan.txt") String sourceName, @RequestParam(required = false) Integer year,
			@RequestParam(required = false) List<Long> townships) {
		return imported(catalog.importPlan(PlanInputs.parse(body, sourceName, MediaType.TEXT_PLAIN_VALUE), sourceName,
				year, townships));
	}

	@PostMapping(path = "/api/plans", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@PreAuthorize("hasAnyRole('ADMIN','SUPERVISOR')")
	ResponseEntity<ImportedPlan> importFile(@RequestPart("file") MultipartFile file,
			@RequestParam(required = false) Integer year, @RequestParam(required = false) List<Long> townships)
			throws IOException {
		String name = file.getOriginalFilename() == null ? "plan" : file.getOriginalFilename();
		return imported(catalog.importPlan(PlanInputs.parse(file), name, year, townships));
	}

	private ResponseEntity<ImportedPlan> imported(long planId) {
		return ResponseEntity.created(URI.create("/api/plans/" + planId))
			.body(new ImportedPlan(catalog.plan(planId), catalog.unresolvedNames(planId)));
	}

	@GetMapping("/api/plans")
	@Operation(summary = "Plans, newest first")
	KeysetPage<PlanSummary> plans(@RequestParam(required = false) Long beforeId) {
		return KeysetPage.of(catalog.plans(beforeId, PAGE), PAGE, PlanSummary::id);
	}

	@GetMapping("/api/plans/{id}")
	PlanDetail plan(@PathVariable long id, @AuthenticationPrincipal CurrentUser user) {
		return new PlanDetail(catalog.plan(id), queries.tasks(id, user.scope()).stream().map(this::worded).toList(),
				catalog.unresolvedNames(id));
	}

	/** The plan's own indicators are named by message key; the API names them in the reader's language. */
	private Views.TaskView worded(Views.TaskView task) {
		return new Views.TaskView(task.id(), task.seq(), task.number(), task.title(), task.content(),
				task.chapterNumber(), task.chapterTitle(), task.status(), task.light(), task.assignments(),
				task.indicators().stream().map(PlanApi::worded).toList(), task.watched());
	}

	private static Views.IndicatorRow worded(Views.IndicatorRow row) {
		if (row.name() != null) {
			return row;
		}
		return new Views.IndicatorRow(row.key(), ReaderTexts.of(Text.of("indicator." + row.key())), row.unit(),
				row.value(), ReaderTexts.of(Text.of("indicator." + row.key() + ".note")));
	}

	@PostMapping("/api/plans/{id}/mappings")
	@PreAuthorize("hasAnyRole('ADMIN','SUPERVISOR')")
	@Operation(summary = "Map an unresolved name to a department")
	MappedName map(@PathVariable long id, @Valid @RequestBody NameMapping mapping) {
		int updated = catalog.mapName(id, mapping.writtenName(), mapping.departmentId(), mapping.rememberAsAlias());
		return new MappedName(updated, catalog.unresolvedNames(id));
	}

	@PostMapping("/api/plans/{id}/activation")
	@PreAuthorize("hasAnyRole('ADMIN','SUPERVISOR')")
	PlanSummary activate(@PathVariable long id) {
		return catalog.activate(id);
	}

	@PostMapping("/api/plans/{id}/archival")
	@PreAuthorize("hasAnyRole('ADMIN','SUPERVISOR')")
	PlanSummary archive(@PathVariable long id) {
		return catalog.archive(id);
	}

	@PutMapping("/api/plans/{id}/report-due-day")
	@PreAuthorize("hasAnyRole('ADMIN','SUPERVISOR')")
	PlanSummary reportDueDay(@PathVariable long id, @Valid @RequestBody ReportDueDay body) {
		return catalog.setReportDueDay(id, body.reportDueDay());
	}

	@GetMapping("/api/plans/{id}/assignments")
	@Operation(summary = "A plan's assignments visible to the user, in task order, all on one page")
	KeysetPage<Views.AssignmentRow> assignments(@PathVariable long id, @AuthenticationPrincipal CurrentUser user) {
		catalog.plan(id);
		// bounded by the plan (tasks × departments), so one page in the plan's order
		return new KeysetPage<>(queries.assignments(id, user.scope()), null);
	}

	@GetMapping("/api/plans/{id}/dashboard")
	Dashboard dashboard(@PathVariable long id, @AuthenticationPrincipal CurrentUser user) {
		List<Views.AssignmentRow> rows = queries.assignments(id, user.scope());
		return new Dashboard(catalog.plan(id), queries.progress(rows));
	}

	@GetMapping("/api/plans/{id}/assessment")
	@PreAuthorize("hasAnyRole('ADMIN','SUPERVISOR')")
	@Operation(summary = "Department assessment scores: score = 40 × on-time report rate + 40 × milestones met on time + 20 × completion rate − 2 × notices at urge level or above")
	KeysetPage<Views.DepartmentScore> assessment(@PathVariable long id) {
		// one row per department of the plan, ranked: one page
		return new KeysetPage<>(assessment.assessment(id), null);
	}

	@GetMapping("/api/plans/{id}/ledger.xlsx")
	ResponseEntity<byte[]> ledger(@PathVariable long id, @AuthenticationPrincipal CurrentUser user) {
		catalog.plan(id);
		return Spreadsheets.download("ledger-" + id + ".xlsx", ledger.workbook(id, user.scope(), ReaderLocale.current()));
	}

	@PostMapping("/api/plans/status-run")
	@PreAuthorize("hasAnyRole('ADMIN','SUPERVISOR')")
	@Operation(summary = "Recompute statuses and send reminders now")
	PlanStatusJob.Result runStatus() {
		return job.run(queries.today());
	}

	@GetMapping("/api/assignments/{id}")
	Views.AssignmentDetail assignment(@PathVariable long id, @AuthenticationPrincipal CurrentUser user) {
		return assignments.assignment(id, user.scope());
	}

	@PreAuthorize("hasRole('DEPARTMENT_LEAD')")
	@PostMapping("/api/assignments/{id}/signature")
	Views.AssignmentDetail sign(@PathVariable long id, @Valid @RequestBody Commands.Sign command,
			@AuthenticationPrincipal CurrentUser user) {
		work.sign(id, command, user);
		return assignments.assignment(id, user.scope());
	}

	@PreAuthorize("hasRole('DEPARTMENT_LEAD')")
	@PostMapping("/api/assignments/{id}/measures")
	Views.AssignmentDetail measures(@PathVariable long id, @Valid @RequestBody Commands.ProposeMeasures command,
			@AuthenticationPrincipal CurrentUser user) {
		work.proposeMeasures(id, command, user);
		return assignments.assignment(id, user.scope());
	}

	@PreAuthorize("hasRole('SUPERVISOR')")
	@PostMapping("/api/assignments/{id}/measures/approval")
	Views.AssignmentDetail approveMeasures(@PathVariable long id, @AuthenticationPrincipal CurrentUser user) {
		work.approveMeasures(id, user);
		return assignments.assignment(id, user.scope());
	}

	@PreAuthorize("hasRole('SUPERVISOR')")
	@PostMapping("/api/assignments/{id}/measures/return")
	Views.AssignmentDetail returnMeasures(@PathVariable long id, @Valid @RequestBody Commands.Comment command,
			@AuthenticationPrincipal CurrentUser user) {
		work.returnMeasures(id, command, user);
		return assignments.assignment(id, user.scope());
	}

	@PreAuthorize("hasAnyRole('CLERK','DEPARTMENT_LEAD')")
	@PostMapping("/api/assignments/{id}/milestones/{milestoneId}/done")
	Views.AssignmentDetail milestoneDone(@PathVariable long id, @PathVariable long milestoneId,
			@RequestBody(required = false) Commands.MilestoneDone command, @AuthenticationPrincipal CurrentUser user) {
		work.markMilestoneDone(id, milestoneId, command, user);
		return assignments.assignment(id, user.scope());
	}

	@PreAuthorize("hasRole('DEPARTMENT_LEAD')")
	@PostMapping("/api/assignments/{id}/milestones/{milestoneId}/extensions")
	Views.AssignmentDetail requestExtension(@PathVariable long id, @PathVariable long milestoneId,
			@Valid @RequestBody Commands.RequestExtension command, @AuthenticationPrincipal CurrentUser user) {
		work.requestExtension(id, milestoneId, command, user);
		return assignments.assignment(id, user.scope());
	}

	@PreAuthorize("hasRole('SUPERVISOR')")
	@PostMapping("/api/extensions/{requestId}/decision")
	Views.AssignmentDetail decideExtension(@PathVariable long requestId,
			@Valid @RequestBody Commands.DecideExtension command, @AuthenticationPrincipal CurrentUser user) {
		Assignment assignment = work.decideExtension(requestId, command, user);
		return assignments.assignment(assignment.id(), user.scope());
	}

	@PreAuthorize("hasRole('DEPARTMENT_LEAD')")
	@PostMapping("/api/assignments/{id}/completion")
	Views.AssignmentDetail complete(@PathVariable long id, @Valid @RequestBody Commands.Statement command,
			@AuthenticationPrincipal CurrentUser user) {
		work.complete(id, command, user);
		return assignments.assignment(id, user.scope());
	}

	@PreAuthorize("hasRole('SUPERVISOR')")
	@PostMapping("/api/assignments/{id}/archival")
	Views.AssignmentDetail archiveAssignment(@PathVariable long id, @Valid @RequestBody Commands.Statement command,
			@AuthenticationPrincipal CurrentUser user) {
		work.archive(id, command, user);
		return assignments.assignment(id, user.scope());
	}

	@PreAuthorize("hasAnyRole('CLERK','DEPARTMENT_LEAD')")
	@PostMapping(path = "/api/assignments/{id}/reports", consumes = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<Views.AssignmentDetail> report(@PathVariable long id, @Valid @RequestBody Commands.SubmitReport command,
			@AuthenticationPrincipal CurrentUser user) {
		reports.submit(id, command, List.of(), user);
		return ResponseEntity.status(201).body(assignments.assignment(id, user.scope()));
	}

	@PreAuthorize("hasAnyRole('CLERK','DEPARTMENT_LEAD')")
	@PostMapping(path = "/api/assignments/{id}/reports", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	ResponseEntity<Views.AssignmentDetail> reportWithAttachments(@PathVariable long id,
			@Valid @RequestPart("report") Commands.SubmitReport command,
			@RequestPart(name = "attachments", required = false) List<MultipartFile> attachments,
			@AuthenticationPrincipal CurrentUser user) {
		reports.submit(id, command, attachments, user);
		return ResponseEntity.status(201).body(assignments.assignment(id, user.scope()));
	}

	@PreAuthorize("hasRole('SUPERVISOR')")
	@PostMapping("/api/reports/{reportId}/review")
	ReportReviewed review(@PathVariable long reportId, @RequestBody ReportReview review,
			@AuthenticationPrincipal CurrentUser user) {
		reports.review(reportId, review.accept(), review.comment(), user);
		return new ReportReviewed(reportId, review.accept());
	}

	@GetMapping("/api/report-attachments/{attachmentId}")
	ResponseEntity<byte[]> attachment(@PathVariable long attachmentId, @AuthenticationPrincipal CurrentUser user) {
		AssignmentQueries.Attachment attachment = assignments.attachment(attachmentId, user.scope())
			.orElseThrow(() -> new NoSuchRecord("attachment " + attachmentId));
		return FileResponses.attachment(attachment.filename(), attachment.contentType(), attachment.content());
	}

	@PreAuthorize("hasRole('SUPERVISOR')")
	@PostMapping("/api/assignments/{id}/notices")
	ResponseEntity<Views.AssignmentDetail> notice(@PathVariable long id, @Valid @RequestBody Commands.IssueNotice command,
			@AuthenticationPrincipal CurrentUser user) {
		notices.issue(id, command, user);
		return ResponseEntity.status(201).body(assignments.assignment(id, user.scope()));
	}

	@PreAuthorize("hasAnyRole('CLERK','DEPARTMENT_LEAD')")
	@PostMapping("/api/notices/{noticeId}/response")
	NoticeAnswered respond(@PathVariable long noticeId, @Valid @RequestBody Commands.Respond command,
			@AuthenticationPrincipal CurrentUser user) {
		notices.respond(noticeId, command, user);
		return new NoticeAnswered(noticeId, true);
	}

	@PreAuthorize("hasRole('SUPERVISOR')")
	@PostMapping("/api/notices/{noticeId}/escalation")
	NoticeEscalated escalate(@PathVariable long noticeId, @RequestBody(required = false) Escalation body,
			@AuthenticationPrincipal CurrentUser user) {
		long escalated = notices.escalate(noticeId, body == null ? null : body.text(), user);
		return new NoticeEscalated(escalated);
	}

	@PreAuthorize("hasAnyRole('DEPARTMENT_LEAD','SUPERVISOR','ADMIN')")
	@PutMapping("/api/tasks/{taskId}/watch")
	Watch watch(@PathVariable long taskId, @AuthenticationPrincipal CurrentUser user) {
		work.watch(taskId, true, user);
		return new Watch(taskId, true);
	}

	@PreAuthorize("hasAnyRole('DEPARTMENT_LEAD','SUPERVISOR','ADMIN')")
	@DeleteMapping("/api/tasks/{taskId}/watch")
	Watch unwatch(@PathVariable long taskId, @AuthenticationPrincipal CurrentUser user) {
		work.watch(taskId, false, user);
		return new Watch(taskId, false);
	}

	/** Maps a written name to a department, optionally remembering it as the department's alias. */
	record NameMapping(@NotBlank(message = "{plan.validation.writtenName}") String writtenName,
			@NotNull(message = "{plan.validation.department}") Long departmentId, boolean rememberAsAlias) {
	}

	/** The supervision office's decision on a report. */
	record ReportReview(boolean accept, String comment) {
	}

	/** The day of the month by which reports are due. */
	record ReportDueDay(@NotNull(message = "{plan.validation.reportDueDay}") Integer reportDueDay) {
	}

	/** The text of an escalated notice; the previous notice's with a note when empty. */
	record Escalation(String text) {
	}

	/** A plan just imported, with the names still to map to departments. */
	record ImportedPlan(PlanSummary plan, List<String> unresolvedNames) {
	}

	/** A plan with its tasks as the user may see them. */
	record PlanDetail(PlanSummary plan, List<Views.TaskView> tasks, List<String> unresolvedNames) {
	}

	/** How many assignments took the department, and the names still unmapped. */
	record MappedName(int updated, List<String> unresolvedNames) {
	}

	/** A plan's progress in the user's scope. */
	record Dashboard(PlanSummary plan, Views.Progress progress) {
	}

	record ReportReviewed(long reportId, boolean accepted) {
	}

	record NoticeAnswered(long noticeId, boolean answered) {
	}

	/** The notice that replaces the escalated one. */
	record NoticeEscalated(long noticeId) {
	}

	record Watch(long taskId, boolean watched) {
	}

}
