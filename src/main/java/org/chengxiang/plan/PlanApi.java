package org.chengxiang.plan;

import java.io.IOException;
import java.net.URI;
import java.util.List;
import java.util.Map;

import jakarta.validation.Valid;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.chengxiang.platform.security.CurrentUser;
import org.chengxiang.platform.domain.RuleBroken;
import org.chengxiang.platform.web.FileResponses;
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
@Tag(name = "plan", description = "督查督办 / plan supervision")
@PreAuthorize("hasAnyRole('ADMIN','SUPERVISOR','DEPARTMENT_LEAD','CLERK')")
class PlanApi {

	private final PlanCatalog catalog;

	private final PlanQueries queries;

	private final AssignmentWork work;

	private final ProgressReports reports;

	private final SupervisionNotices notices;

	private final PlanLedger ledger;

	private final PlanStatusJob job;

	PlanApi(PlanCatalog catalog, PlanQueries queries, AssignmentWork work, ProgressReports reports,
			SupervisionNotices notices, PlanLedger ledger, PlanStatusJob job) {
		this.catalog = catalog;
		this.queries = queries;
		this.work = work;
		this.reports = reports;
		this.notices = notices;
		this.ledger = ledger;
		this.job = job;
	}

	@PostMapping(path = "/api/plans/parse", consumes = MediaType.TEXT_PLAIN_VALUE)
	@Operation(summary = "解析方案文本，不保存 / parse a plan document without saving it")
	ResolvedPlan parseText(@RequestBody byte[] body) {
		return catalog.resolve(PlanInputs.parse(body, "plan.txt", MediaType.TEXT_PLAIN_VALUE));
	}

	@PostMapping(path = "/api/plans/parse", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@Operation(summary = "解析方案文件（txt、docx、xlsx 台账），不保存 / parse an uploaded plan file without saving it")
	ResolvedPlan parseFile(@RequestPart("file") MultipartFile file) throws IOException {
		return catalog.resolve(PlanInputs.parse(file));
	}

	@PostMapping(path = "/api/plans", consumes = MediaType.TEXT_PLAIN_VALUE)
	@PreAuthorize("hasAnyRole('ADMIN','SUPERVISOR')")
	@Operation(summary = "导入方案（草稿） / import a plan as a draft")
	ResponseEntity<Map<String, Object>> importText(@RequestBody byte[] body,
			@RequestParam(defaultValue = "plan.txt") String sourceName, @RequestParam(required = false) Integer year,
			@RequestParam(required = false) List<Long> townships) {
		return imported(catalog.importPlan(PlanInputs.parse(body, sourceName, MediaType.TEXT_PLAIN_VALUE), sourceName,
				year, townships));
	}

	@PostMapping(path = "/api/plans", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@PreAuthorize("hasAnyRole('ADMIN','SUPERVISOR')")
	ResponseEntity<Map<String, Object>> importFile(@RequestPart("file") MultipartFile file,
			@RequestParam(required = false) Integer year, @RequestParam(required = false) List<Long> townships)
			throws IOException {
		String name = file.getOriginalFilename() == null ? "plan" : file.getOriginalFilename();
		return imported(catalog.importPlan(PlanInputs.parse(file), name, year, townships));
	}

	private ResponseEntity<Map<String, Object>> imported(long planId) {
		return ResponseEntity.created(URI.create("/api/plans/" + planId))
			.body(Map.of("plan", catalog.plan(planId), "unresolvedNames", catalog.unresolvedNames(planId)));
	}

	@GetMapping("/api/plans")
	List<PlanSummary> plans() {
		return catalog.plans();
	}

	@GetMapping("/api/plans/{id}")
	Map<String, Object> plan(@PathVariable long id, @AuthenticationPrincipal CurrentUser user) {
		return Map.of("plan", catalog.plan(id), "tasks", queries.tasks(id, user.scope()), "unresolvedNames",
				catalog.unresolvedNames(id));
	}

	@PostMapping("/api/plans/{id}/mappings")
	@PreAuthorize("hasAnyRole('ADMIN','SUPERVISOR')")
	@Operation(summary = "把未识别的名称对应到部门 / map an unresolved name to a department")
	Map<String, Object> map(@PathVariable long id, @Valid @RequestBody NameMapping mapping) {
		int updated = catalog.mapName(id, mapping.writtenName(), mapping.departmentId(), mapping.rememberAsAlias());
		return Map.of("updated", updated, "unresolvedNames", catalog.unresolvedNames(id));
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
	PlanSummary reportDueDay(@PathVariable long id, @RequestBody Map<String, Integer> body) {
		Integer day = body.get("reportDueDay");
		if (day == null) {
			throw new RuleBroken("reportDueDay", "请填写报送日 / report due day is required");
		}
		return catalog.setReportDueDay(id, day);
	}

	@GetMapping("/api/plans/{id}/assignments")
	List<Views.AssignmentRow> assignments(@PathVariable long id, @AuthenticationPrincipal CurrentUser user) {
		catalog.plan(id);
		return queries.assignments(id, user.scope());
	}

	@GetMapping("/api/plans/{id}/dashboard")
	Map<String, Object> dashboard(@PathVariable long id, @AuthenticationPrincipal CurrentUser user) {
		List<Views.AssignmentRow> rows = queries.assignments(id, user.scope());
		return Map.of("plan", catalog.plan(id), "progress", queries.progress(rows));
	}

	@GetMapping("/api/plans/{id}/assessment")
	@PreAuthorize("hasAnyRole('ADMIN','SUPERVISOR')")
	@Operation(summary = "部门考核得分 / department assessment scores; score = 40×报送及时率 + 40×节点按期率 + 20×完成率 − 2×催办及以上督办数")
	List<Views.DepartmentScore> assessment(@PathVariable long id) {
		return queries.assessment(id);
	}

	@GetMapping("/api/plans/{id}/ledger.xlsx")
	ResponseEntity<byte[]> ledger(@PathVariable long id, @AuthenticationPrincipal CurrentUser user) {
		catalog.plan(id);
		return Spreadsheets.download("ledger-" + id + ".xlsx", ledger.workbook(id, user.scope()));
	}

	@PostMapping("/api/plans/status-run")
	@PreAuthorize("hasAnyRole('ADMIN','SUPERVISOR')")
	@Operation(summary = "立即重算状态、发送提醒 / recompute statuses and send reminders now")
	PlanStatusJob.Result runStatus() {
		return job.run(queries.today());
	}

	@GetMapping("/api/assignments/{id}")
	Views.AssignmentDetail assignment(@PathVariable long id, @AuthenticationPrincipal CurrentUser user) {
		return queries.assignment(id, user.scope());
	}

	@PreAuthorize("hasRole('DEPARTMENT_LEAD')")
	@PostMapping("/api/assignments/{id}/signature")
	Views.AssignmentDetail sign(@PathVariable long id, @Valid @RequestBody Commands.Sign command,
			@AuthenticationPrincipal CurrentUser user) {
		work.sign(id, command, user);
		return queries.assignment(id, user.scope());
	}

	@PreAuthorize("hasRole('DEPARTMENT_LEAD')")
	@PostMapping("/api/assignments/{id}/measures")
	Views.AssignmentDetail measures(@PathVariable long id, @Valid @RequestBody Commands.ProposeMeasures command,
			@AuthenticationPrincipal CurrentUser user) {
		work.proposeMeasures(id, command, user);
		return queries.assignment(id, user.scope());
	}

	@PreAuthorize("hasRole('SUPERVISOR')")
	@PostMapping("/api/assignments/{id}/measures/approval")
	Views.AssignmentDetail approveMeasures(@PathVariable long id, @AuthenticationPrincipal CurrentUser user) {
		work.approveMeasures(id, user);
		return queries.assignment(id, user.scope());
	}

	@PreAuthorize("hasRole('SUPERVISOR')")
	@PostMapping("/api/assignments/{id}/measures/return")
	Views.AssignmentDetail returnMeasures(@PathVariable long id, @Valid @RequestBody Commands.Comment command,
			@AuthenticationPrincipal CurrentUser user) {
		work.returnMeasures(id, command, user);
		return queries.assignment(id, user.scope());
	}

	@PreAuthorize("hasAnyRole('CLERK','DEPARTMENT_LEAD')")
	@PostMapping("/api/assignments/{id}/milestones/{milestoneId}/done")
	Views.AssignmentDetail milestoneDone(@PathVariable long id, @PathVariable long milestoneId,
			@RequestBody(required = false) Commands.MilestoneDone command, @AuthenticationPrincipal CurrentUser user) {
		work.markMilestoneDone(id, milestoneId, command, user);
		return queries.assignment(id, user.scope());
	}

	@PreAuthorize("hasRole('DEPARTMENT_LEAD')")
	@PostMapping("/api/assignments/{id}/milestones/{milestoneId}/extensions")
	Views.AssignmentDetail requestExtension(@PathVariable long id, @PathVariable long milestoneId,
			@Valid @RequestBody Commands.RequestExtension command, @AuthenticationPrincipal CurrentUser user) {
		work.requestExtension(id, milestoneId, command, user);
		return queries.assignment(id, user.scope());
	}

	@PreAuthorize("hasRole('SUPERVISOR')")
	@PostMapping("/api/extensions/{requestId}/decision")
	Views.AssignmentDetail decideExtension(@PathVariable long requestId,
			@Valid @RequestBody Commands.DecideExtension command, @AuthenticationPrincipal CurrentUser user) {
		Assignment assignment = work.decideExtension(requestId, command, user);
		return queries.assignment(assignment.id(), user.scope());
	}

	@PreAuthorize("hasRole('DEPARTMENT_LEAD')")
	@PostMapping("/api/assignments/{id}/completion")
	Views.AssignmentDetail complete(@PathVariable long id, @Valid @RequestBody Commands.Statement command,
			@AuthenticationPrincipal CurrentUser user) {
		work.complete(id, command, user);
		return queries.assignment(id, user.scope());
	}

	@PreAuthorize("hasRole('SUPERVISOR')")
	@PostMapping("/api/assignments/{id}/archival")
	Views.AssignmentDetail archiveAssignment(@PathVariable long id, @Valid @RequestBody Commands.Statement command,
			@AuthenticationPrincipal CurrentUser user) {
		work.archive(id, command, user);
		return queries.assignment(id, user.scope());
	}

	@PreAuthorize("hasAnyRole('CLERK','DEPARTMENT_LEAD')")
	@PostMapping(path = "/api/assignments/{id}/reports", consumes = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<Views.AssignmentDetail> report(@PathVariable long id, @Valid @RequestBody Commands.SubmitReport command,
			@AuthenticationPrincipal CurrentUser user) {
		reports.submit(id, command, List.of(), user);
		return ResponseEntity.status(201).body(queries.assignment(id, user.scope()));
	}

	@PreAuthorize("hasAnyRole('CLERK','DEPARTMENT_LEAD')")
	@PostMapping(path = "/api/assignments/{id}/reports", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	ResponseEntity<Views.AssignmentDetail> reportWithAttachments(@PathVariable long id,
			@Valid @RequestPart("report") Commands.SubmitReport command,
			@RequestPart(name = "attachments", required = false) List<MultipartFile> attachments,
			@AuthenticationPrincipal CurrentUser user) {
		reports.submit(id, command, attachments, user);
		return ResponseEntity.status(201).body(queries.assignment(id, user.scope()));
	}

	@PreAuthorize("hasRole('SUPERVISOR')")
	@PostMapping("/api/reports/{reportId}/review")
	Map<String, Object> review(@PathVariable long reportId, @RequestBody ReportReview review,
			@AuthenticationPrincipal CurrentUser user) {
		reports.review(reportId, review.accept(), review.comment(), user);
		return Map.of("reportId", reportId, "accepted", review.accept());
	}

	@GetMapping("/api/report-attachments/{attachmentId}")
	ResponseEntity<byte[]> attachment(@PathVariable long attachmentId, @AuthenticationPrincipal CurrentUser user) {
		PlanQueries.Attachment attachment = queries.attachment(attachmentId, user.scope())
			.orElseThrow(() -> new NoSuchRecord("attachment " + attachmentId));
		return FileResponses.attachment(attachment.filename(), attachment.contentType(), attachment.content());
	}

	@PreAuthorize("hasRole('SUPERVISOR')")
	@PostMapping("/api/assignments/{id}/notices")
	ResponseEntity<Views.AssignmentDetail> notice(@PathVariable long id, @Valid @RequestBody Commands.IssueNotice command,
			@AuthenticationPrincipal CurrentUser user) {
		notices.issue(id, command, user);
		return ResponseEntity.status(201).body(queries.assignment(id, user.scope()));
	}

	@PreAuthorize("hasAnyRole('CLERK','DEPARTMENT_LEAD')")
	@PostMapping("/api/notices/{noticeId}/response")
	Map<String, Object> respond(@PathVariable long noticeId, @Valid @RequestBody Commands.Respond command,
			@AuthenticationPrincipal CurrentUser user) {
		notices.respond(noticeId, command, user);
		return Map.of("noticeId", noticeId, "answered", true);
	}

	@PreAuthorize("hasRole('SUPERVISOR')")
	@PostMapping("/api/notices/{noticeId}/escalation")
	Map<String, Object> escalate(@PathVariable long noticeId, @RequestBody(required = false) Map<String, String> body,
			@AuthenticationPrincipal CurrentUser user) {
		long escalated = notices.escalate(noticeId, body == null ? null : body.get("text"), user);
		return Map.of("noticeId", escalated);
	}

	@PreAuthorize("hasAnyRole('DEPARTMENT_LEAD','SUPERVISOR','ADMIN')")
	@PutMapping("/api/tasks/{taskId}/watch")
	Map<String, Object> watch(@PathVariable long taskId, @AuthenticationPrincipal CurrentUser user) {
		work.watch(taskId, true, user);
		return Map.of("taskId", taskId, "watched", true);
	}

	@PreAuthorize("hasAnyRole('DEPARTMENT_LEAD','SUPERVISOR','ADMIN')")
	@DeleteMapping("/api/tasks/{taskId}/watch")
	Map<String, Object> unwatch(@PathVariable long taskId, @AuthenticationPrincipal CurrentUser user) {
		work.watch(taskId, false, user);
		return Map.of("taskId", taskId, "watched", false);
	}

	/** Maps a written name to a department, optionally remembering it as the department's alias. */
	record NameMapping(@jakarta.validation.constraints.NotBlank(message = "请填写名称 / name is required") String writtenName,
			@jakarta.validation.constraints.NotNull(message = "请选择部门 / department is required") Long departmentId,
			boolean rememberAsAlias) {
	}

	/** The supervision office's decision on a report. */
	record ReportReview(boolean accept, String comment) {
	}

}
