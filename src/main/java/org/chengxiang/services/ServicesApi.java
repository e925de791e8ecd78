package org.chengxiang.services;

import java.net.URI;
import java.util.List;
import java.util.Map;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.chengxiang.platform.security.CurrentUser;
import org.chengxiang.platform.domain.RuleBroken;
import org.chengxiang.platform.web.FileResponses;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import tools.jackson.databind.JsonNode;

/**
 * The one-stop service API: the catalogue, residents' applications, and the clerks' inbox and workflow.
 */
@RestController
@Tag(name = "services", description = "一网通办 / one-stop services")
class ServicesApi {

	private final Catalogue catalogue;

	private final ApplicationDesk desk;

	private final Inbox inbox;

	private final RatingFollowUps followUps;

	private final ApplicationMaterials materials;

	private final ApplicationIdentifiers identifiers;

	ServicesApi(Catalogue catalogue, ApplicationDesk desk, Inbox inbox, RatingFollowUps followUps,
			ApplicationMaterials materials, ApplicationIdentifiers identifiers) {
		this.identifiers = identifiers;
		this.materials = materials;
		this.followUps = followUps;
		this.catalogue = catalogue;
		this.desk = desk;
		this.inbox = inbox;
	}

	@GetMapping("/api/services/items")
	List<Catalogue.Item> items(@RequestParam(required = false) @Size(max = 50) String q) {
		return catalogue.search(q);
	}

	@GetMapping("/api/services/items/{code}")
	Catalogue.Item item(@PathVariable String code) {
		return catalogue.get(code);
	}

	@PutMapping("/api/services/items/{code}")
	@PreAuthorize("hasRole('ADMIN')")
	Catalogue.Item saveItem(@PathVariable String code, @Valid @RequestBody Catalogue.SaveItem command) {
		if (!code.equals(command.code())) {
			throw new RuleBroken("code", "路径与内容中的编码不一致 / code differs from the path");
		}
		return catalogue.save(command);
	}

	@PreAuthorize("hasRole('RESIDENT')")
	@PostMapping("/api/services/applications")
	@Operation(summary = "居民起草申请 / a resident drafts an application")
	ResponseEntity<?> draft(@Valid @RequestBody NewApplication body, @AuthenticationPrincipal CurrentUser user,
			@RequestHeader(name = "Prefer", required = false) String prefer) {
		long id = desk.draft(body.itemCode(), json(body.form()), user);
		return answer(ResponseEntity.created(URI.create("/api/services/applications/" + id)), id, user, prefer);
	}

	@PreAuthorize("hasRole('RESIDENT')")
	@PutMapping("/api/services/applications/{id}/form")
	Inbox.Detail updateForm(@PathVariable long id, @Valid @RequestBody FormBody body,
			@AuthenticationPrincipal CurrentUser user) {
		desk.updateForm(id, json(body.form()), user);
		return inbox.detail(id, user);
	}

	@PreAuthorize("hasRole('RESIDENT')")
	@PostMapping(path = "/api/services/applications/{id}/materials/{position}", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@Operation(summary = "上传材料（PDF/JPEG/PNG，按内容识别类型） / upload a material (type checked by content)")
	Inbox.Detail attach(@PathVariable long id, @PathVariable int position, @RequestPart("file") MultipartFile file,
			@AuthenticationPrincipal CurrentUser user) {
		desk.attach(id, position, file, user);
		return inbox.detail(id, user);
	}

	@GetMapping("/api/services/applications/{id}/materials/{position}")
	@Operation(summary = "查看材料（申请人和受理部门工作人员；工作人员查看记入审计日志） / open a material inline (the applicant and clerks of the handling department; staff viewings are audited)")
	ResponseEntity<byte[]> material(@PathVariable long id, @PathVariable int position,
			@AuthenticationPrincipal CurrentUser user) {
		ApplicationMaterials.Opened material = materials.open(id, position, user);
		return FileResponses.inline(material.filename(), material.mediaType(), material.content());
	}

	@PreAuthorize("hasRole('RESIDENT')")
	@PostMapping("/api/services/applications/{id}/submission")
	@Operation(summary = "提交申请；请求头 Prefer: return=minimal 时只回编号与状态 / submit; Prefer: return=minimal answers only the number and status")
	ResponseEntity<?> submit(@PathVariable long id, @AuthenticationPrincipal CurrentUser user,
			@RequestHeader(name = "Prefer", required = false) String prefer) {
		desk.submit(id, user);
		return answer(ResponseEntity.ok(), id, user, prefer);
	}

	/**
	 * The application as the user sees it, or, for a client that sends {@code Prefer: return=minimal} (RFC 7240)
	 * because it does not need the whole view after each step, only its id, number and status.
	 */
	private ResponseEntity<?> answer(ResponseEntity.BodyBuilder response, long id, CurrentUser user, String prefer) {
		if (prefer != null && prefer.toLowerCase(java.util.Locale.ROOT).contains("return=minimal")) {
			return response.header("Preference-Applied", "return=minimal").body(inbox.outcome(id, user));
		}
		return response.body(inbox.detail(id, user));
	}

	@PreAuthorize("hasRole('RESIDENT')")
	@PostMapping("/api/services/applications/{id}/resubmission")
	Inbox.Detail resubmit(@PathVariable long id, @AuthenticationPrincipal CurrentUser user) {
		desk.resubmit(id, user);
		return inbox.detail(id, user);
	}

	@PreAuthorize("hasRole('RESIDENT')")
	@PostMapping("/api/services/applications/{id}/withdrawal")
	Inbox.Detail withdraw(@PathVariable long id, @AuthenticationPrincipal CurrentUser user) {
		desk.withdraw(id, user);
		return inbox.detail(id, user);
	}

	@PreAuthorize("hasRole('RESIDENT')")
	@PostMapping("/api/services/applications/{id}/rating")
	@Operation(summary = "好差评（1 非常不满意 … 5 非常满意） / rate the service")
	Inbox.Detail rate(@PathVariable long id, @Valid @RequestBody Rating body, @AuthenticationPrincipal CurrentUser user) {
		desk.rate(id, body.level(), body.comment(), user);
		return inbox.detail(id, user);
	}

	@PreAuthorize("hasAnyRole('CLERK','DEPARTMENT_LEAD')")
	@PostMapping("/api/services/applications/{id}/acceptance")
	Inbox.Detail accept(@PathVariable long id, @AuthenticationPrincipal CurrentUser user) {
		desk.accept(id, user);
		return inbox.detail(id, user);
	}

	@PreAuthorize("hasAnyRole('CLERK','DEPARTMENT_LEAD')")
	@PostMapping("/api/services/applications/{id}/refusal")
	Inbox.Detail refuse(@PathVariable long id, @Valid @RequestBody Reason body, @AuthenticationPrincipal CurrentUser user) {
		desk.refuseAcceptance(id, body.reason(), user);
		return inbox.detail(id, user);
	}

	@PreAuthorize("hasAnyRole('CLERK','DEPARTMENT_LEAD')")
	@PostMapping("/api/services/applications/{id}/review")
	Inbox.Detail review(@PathVariable long id, @AuthenticationPrincipal CurrentUser user) {
		desk.startReview(id, user);
		return inbox.detail(id, user);
	}

	@PreAuthorize("hasAnyRole('CLERK','DEPARTMENT_LEAD')")
	@PostMapping("/api/services/applications/{id}/correction")
	@Operation(summary = "一次性告知需补正的全部内容 / request a correction listing everything missing at once")
	Inbox.Detail correction(@PathVariable long id, @Valid @RequestBody Correction body,
			@AuthenticationPrincipal CurrentUser user) {
		desk.requestCorrection(id, body.missing(), body.note(), user);
		return inbox.detail(id, user);
	}

	@PreAuthorize("hasAnyRole('CLERK','DEPARTMENT_LEAD')")
	@PostMapping("/api/services/applications/{id}/approval")
	@Operation(summary = "准予办结（可附审批意见）；各项规则按当日重新核对，不符合时回 400 并说明依据的规则 / approve, with an optional opinion; every rule of the item is checked again and a refusal names its rule")
	Inbox.Detail approve(@PathVariable long id, @Valid @RequestBody(required = false) Approval body,
			@AuthenticationPrincipal CurrentUser user) {
		desk.approve(id, body == null ? null : body.opinion(), user);
		return inbox.detail(id, user);
	}

	@PreAuthorize("hasAnyRole('CLERK','DEPARTMENT_LEAD')")
	@PostMapping("/api/services/applications/{id}/rejection")
	Inbox.Detail reject(@PathVariable long id, @Valid @RequestBody Rejection body, @AuthenticationPrincipal CurrentUser user) {
		desk.reject(id, body.reason(), body.basis(), user);
		return inbox.detail(id, user);
	}

	@PreAuthorize("hasAnyRole('CLERK','DEPARTMENT_LEAD')")
	@PostMapping("/api/services/applications/{id}/hand-over")
	Inbox.Detail handOver(@PathVariable long id, @RequestBody Map<String, String> body,
			@AuthenticationPrincipal CurrentUser user) {
		desk.handOver(id, body.get("colleague"), user);
		return inbox.detail(id, user);
	}

	@PostMapping("/api/services/applications/{id}/identifiers")
	@PreAuthorize("hasAnyRole('CLERK','DEPARTMENT_LEAD')")
	@Operation(summary = "查看申请人和随迁人员等的完整身份证号（受理部门，记入审计日志） / the applicant's and every other ID number in full (handling department, audited)")
	ApplicationIdentifiers.Revealed identifiers(@PathVariable long id, @AuthenticationPrincipal CurrentUser user) {
		return identifiers.reveal(id, user);
	}

	@GetMapping("/api/services/applications/{id}")
	Inbox.Detail detail(@PathVariable long id, @AuthenticationPrincipal CurrentUser user) {
		return inbox.detail(id, user);
	}

	@PreAuthorize("hasRole('RESIDENT')")
	@GetMapping("/api/services/applications/mine")
	List<Inbox.Row> mine(@AuthenticationPrincipal CurrentUser user) {
		return inbox.mine(user);
	}

	@PreAuthorize("hasAnyRole('CLERK','DEPARTMENT_LEAD')")
	@GetMapping("/api/services/inbox")
	@Operation(summary = "部门收件箱（键集分页） / the department's inbox, keyset paged")
	Map<String, Object> tray(@RequestParam(defaultValue = "WAITING") Inbox.Tray tray,
			@RequestParam(required = false) Long beforeId, @RequestParam(defaultValue = "50") int size,
			@RequestParam(required = false) String item, @RequestParam(defaultValue = "ALL") Inbox.Claim claim,
			@AuthenticationPrincipal CurrentUser user) {
		List<Inbox.Row> rows = inbox.tray(user, tray, new Inbox.Filter(item, claim), beforeId, size);
		int limit = Math.max(1, Math.min(size, Inbox.MAX_PAGE));
		return Map.of("items", rows, "nextBeforeId", rows.size() == limit ? rows.get(rows.size() - 1).id() : "");
	}

	@PreAuthorize("hasAnyRole('CLERK','DEPARTMENT_LEAD')")
	@PostMapping("/api/services/inbox/search")
	@Operation(summary = "按办件编号，或申请人、随迁人员等的身份证号查找（盲索引）；两者都不是时回 400 / find by number or the ID number of anyone on the application (blind index); anything else is 400")
	List<Inbox.Row> search(@Valid @RequestBody Query body, @AuthenticationPrincipal CurrentUser user) {
		return inbox.search(user, body.q());
	}

	@GetMapping("/api/services/ratings")
	@PreAuthorize("hasAnyRole('ADMIN','SUPERVISOR','DEPARTMENT_LEAD')")
	List<Inbox.RatingRow> ratings(@AuthenticationPrincipal CurrentUser user) {
		return inbox.ratings(user);
	}

	@GetMapping("/api/services/ratings/follow-ups")
	@PreAuthorize("hasAnyRole('CLERK','DEPARTMENT_LEAD','SUPERVISOR','ADMIN')")
	@Operation(summary = "差评回访整改（本部门；督查人员看全市） / follow-ups of unsatisfied ratings")
	List<RatingFollowUps.FollowUp> followUps(@AuthenticationPrincipal CurrentUser user) {
		return followUps.list(user);
	}

	@PostMapping("/api/services/ratings/follow-ups/{id}")
	@PreAuthorize("hasAnyRole('CLERK','DEPARTMENT_LEAD')")
	@Operation(summary = "提交差评回访和整改情况 / record the call back and the measures for an unsatisfied rating")
	ResponseEntity<Void> followUp(@PathVariable long id, @RequestBody FollowUp body,
			@AuthenticationPrincipal CurrentUser user) {
		desk.followUp(id, body.contactNote(), body.measures(), user);
		return ResponseEntity.noContent().build();
	}

	private static String json(JsonNode form) {
		if (form == null || !form.isObject()) {
			throw new RuleBroken("form", "申请表须为 JSON 对象 / the form must be a JSON object");
		}
		return form.toString();
	}

	record NewApplication(@NotBlank(message = "请选择事项 / item is required") String itemCode, @NotNull(message = "请填写申请表 / form is required") JsonNode form) {
	}

	record FormBody(@NotNull(message = "请填写申请表 / form is required") JsonNode form) {
	}

	record Rating(@NotNull(message = "请选择评价 / rating is required") Integer level, @Size(max = 500) String comment) {
	}

	record Approval(@Size(max = ApplicationDesk.MAX_OPINION) String opinion) {
	}

	record Reason(@NotBlank(message = "请填写理由 / reason is required") @Size(max = 2000) String reason) {
	}

	record Rejection(@NotBlank(message = "请填写理由 / reason is required") @Size(max = 2000) String reason,
			@NotBlank(message = "请填写法律依据 / legal basis is required") @Size(max = 2000) String basis) {
	}

	record Correction(@NotNull(message = "请列明需补正的内容 / list what is missing") @Size(min = 1, max = 30,
			message = "请列明需补正的内容 / list what is missing") List<String> missing, @Size(max = 2000) String note) {
	}

	/** Checked by the follow-up itself, which names the field of each problem. */
	record FollowUp(String contactNote, String measures) {
	}

	record Query(@NotBlank(message = "请输入办件编号或身份证号 / enter a number or ID number") @Size(max = 30) String q) {
	}

}
