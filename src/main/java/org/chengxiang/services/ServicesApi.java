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
import org.chengxiang.platform.web.KeysetPage;

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
@Tag(name = "services", description = "One-stop services: the catalogue, applications and the clerks' inbox")
class ServicesApi {

	private final Catalogue catalogue;

	private final ApplicationIntake intake;

	private final ApplicationReview review;

	private final ApplicationRatings ratings;

	private final ApplicationRecords records;

	private final Inbox inbox;

	private final RatingsReport ratingsReport;

	private final RatingFollowUps followUps;

	private final ApplicationMaterials materials;

	private final ApplicationIdentifiers identifiers;

	ServicesApi(Catalogue catalogue, ApplicationIntake intake, ApplicationReview review, ApplicationRatings ratings,
			ApplicationRecords records, Inbox inbox, RatingsReport ratingsReport, RatingFollowUps followUps,
			ApplicationMaterials materials, ApplicationIdentifiers identifiers) {
		this.intake = intake;
		this.review = review;
		this.ratings = ratings;
		this.records = records;
		this.ratingsReport = ratingsReport;
		this.identifiers = identifiers;
		this.materials = materials;
		this.followUps = followUps;
		this.catalogue = catalogue;
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
			throw RuleBroken.at("code", "services.item.codeDiffers");
		}
		return catalogue.save(command);
	}

	@PreAuthorize("hasRole('RESIDENT')")
	@PostMapping("/api/services/applications")
	@Operation(summary = "A resident drafts an application")
	ResponseEntity<?> draft(@Valid @RequestBody NewApplication body, @AuthenticationPrincipal CurrentUser user,
			@RequestHeader(name = "Prefer", required = false) String prefer) {
		long id = intake.draft(body.itemCode(), json(body.form()), user);
		return answer(ResponseEntity.created(URI.create("/api/services/applications/" + id)), id, user, prefer);
	}

	@PreAuthorize("hasRole('RESIDENT')")
	@PutMapping("/api/services/applications/{id}/form")
	ApplicationRecords.Detail updateForm(@PathVariable long id, @Valid @RequestBody FormBody body,
			@AuthenticationPrincipal CurrentUser user) {
		intake.updateForm(id, body.version(), json(body.form()), user);
		return records.detail(id, user);
	}

	@PreAuthorize("hasRole('RESIDENT')")
	@PostMapping(path = "/api/services/applications/{id}/materials/{position}", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@Operation(summary = "Upload a material: PDF, JPEG or PNG, the type checked by content")
	ApplicationRecords.Detail attach(@PathVariable long id, @PathVariable int position, @RequestPart("file") MultipartFile file,
			@AuthenticationPrincipal CurrentUser user) {
		materials.attach(id, position, file, user);
		return records.detail(id, user);
	}

	@GetMapping("/api/services/applications/{id}/materials/{position}")
	@Operation(summary = "Open a material inline (the applicant and clerks of the handling department; staff viewings are audited)")
	ResponseEntity<byte[]> material(@PathVariable long id, @PathVariable int position,
			@AuthenticationPrincipal CurrentUser user) {
		ApplicationMaterials.Opened material = materials.open(id, position, user);
		return FileResponses.inline(material.filename(), material.mediaType(), material.content());
	}

	@PreAuthorize("hasRole('RESIDENT')")
	@PostMapping("/api/services/applications/{id}/submission")
	@Operation(summary = "Submit; Prefer: return=minimal answers only the number and status")
	ResponseEntity<?> submit(@PathVariable long id, @AuthenticationPrincipal CurrentUser user,
			@RequestHeader(name = "Prefer", required = false) String prefer) {
		intake.submit(id, user);
		return answer(ResponseEntity.ok(), id, user, prefer);
	}

	/**
	 * The application as the user sees it, or, for a client that sends {@code Prefer: return=minimal} (RFC 7240)
	 * because it does not need the whole view after each step, only its id, number and status.
	 */
	private ResponseEntity<?> answer(ResponseEntity.BodyBuilder response, long id, CurrentUser user, String prefer) {
		if (prefer != null && prefer.toLowerCase(java.util.Locale.ROOT).contains("return=minimal")) {
			return response.header("Preference-Applied", "return=minimal").body(records.outcome(id, user));
		}
		return response.body(records.detail(id, user));
	}

	@PreAuthorize("hasRole('RESIDENT')")
	@PostMapping("/api/services/applications/{id}/resubmission")
	ApplicationRecords.Detail resubmit(@PathVariable long id, @AuthenticationPrincipal CurrentUser user) {
		intake.resubmit(id, user);
		return records.detail(id, user);
	}

	@PreAuthorize("hasRole('RESIDENT')")
	@PostMapping("/api/services/applications/{id}/withdrawal")
	ApplicationRecords.Detail withdraw(@PathVariable long id, @AuthenticationPrincipal CurrentUser user) {
		intake.withdraw(id, user);
		return records.detail(id, user);
	}

	@PreAuthorize("hasRole('RESIDENT')")
	@PostMapping("/api/services/applications/{id}/rating")
	@Operation(summary = "Rate the service, from 1 (very unsatisfied) to 5 (very satisfied)")
	ApplicationRecords.Detail rate(@PathVariable long id, @Valid @RequestBody Rating body, @AuthenticationPrincipal CurrentUser user) {
		ratings.rate(id, body.level(), body.comment(), user);
		return records.detail(id, user);
	}

	@PreAuthorize("hasAnyRole('CLERK','DEPARTMENT_LEAD')")
	@PostMapping("/api/services/applications/{id}/acceptance")
	ApplicationRecords.Detail accept(@PathVariable long id, @AuthenticationPrincipal CurrentUser user) {
		review.accept(id, user);
		return records.detail(id, user);
	}

	@PreAuthorize("hasAnyRole('CLERK','DEPARTMENT_LEAD')")
	@PostMapping("/api/services/applications/{id}/refusal")
	ApplicationRecords.Detail refuse(@PathVariable long id, @Valid @RequestBody Reason body, @AuthenticationPrincipal CurrentUser user) {
		review.refuseAcceptance(id, body.reason(), user);
		return records.detail(id, user);
	}

	@PreAuthorize("hasAnyRole('CLERK','DEPARTMENT_LEAD')")
	@PostMapping("/api/services/applications/{id}/review")
	ApplicationRecords.Detail review(@PathVariable long id, @AuthenticationPrincipal CurrentUser user) {
		review.startReview(id, user);
		return records.detail(id, user);
	}

	@PreAuthorize("hasAnyRole('CLERK','DEPARTMENT_LEAD')")
	@PostMapping("/api/services/applications/{id}/correction")
	@Operation(summary = "Request a correction listing everything missing at once")
	ApplicationRecords.Detail correction(@PathVariable long id, @Valid @RequestBody Correction body,
			@AuthenticationPrincipal CurrentUser user) {
		review.requestCorrection(id, body.missing(), body.note(), user);
		return records.detail(id, user);
	}

	@PreAuthorize("hasAnyRole('CLERK','DEPARTMENT_LEAD')")
	@PostMapping("/api/services/applications/{id}/approval")
	@Operation(summary = "Approve, with an optional opinion; every rule of the item is checked again and a refusal names its rule")
	ApplicationRecords.Detail approve(@PathVariable long id, @Valid @RequestBody(required = false) Approval body,
			@AuthenticationPrincipal CurrentUser user) {
		review.approve(id, body == null ? null : body.opinion(), user);
		return records.detail(id, user);
	}

	@PreAuthorize("hasAnyRole('CLERK','DEPARTMENT_LEAD')")
	@PostMapping("/api/services/applications/{id}/rejection")
	ApplicationRecords.Detail reject(@PathVariable long id, @Valid @RequestBody Rejection body, @AuthenticationPrincipal CurrentUser user) {
		review.reject(id, body.reason(), body.basis(), user);
		return records.detail(id, user);
	}

	@PreAuthorize("hasAnyRole('CLERK','DEPARTMENT_LEAD')")
	@PostMapping("/api/services/applications/{id}/hand-over")
	ApplicationRecords.Detail handOver(@PathVariable long id, @RequestBody Map<String, String> body,
			@AuthenticationPrincipal CurrentUser user) {
		review.handOver(id, body.get("colleague"), user);
		return records.detail(id, user);
	}

	@PostMapping("/api/services/applications/{id}/identifiers")
	@PreAuthorize("hasAnyRole('CLERK','DEPARTMENT_LEAD')")
	@Operation(summary = "The applicant's and every other ID number in full (handling department, audited)")
	ApplicationIdentifiers.Revealed identifiers(@PathVariable long id, @AuthenticationPrincipal CurrentUser user) {
		return identifiers.reveal(id, user);
	}

	@GetMapping("/api/services/applications/{id}")
	ApplicationRecords.Detail detail(@PathVariable long id, @AuthenticationPrincipal CurrentUser user) {
		return records.detail(id, user);
	}

	@PreAuthorize("hasRole('RESIDENT')")
	@GetMapping("/api/services/applications/mine")
	List<Inbox.Row> mine(@AuthenticationPrincipal CurrentUser user) {
		return inbox.mine(user);
	}

	@PreAuthorize("hasAnyRole('CLERK','DEPARTMENT_LEAD')")
	@GetMapping("/api/services/inbox")
	@Operation(summary = "The department's inbox, keyset paged",
			description = "One page of a tray, newest first: items and nextBeforeId; send nextBeforeId back as beforeId "
					+ "for the next page, null on the last page.")
	KeysetPage<Inbox.Row> tray(@RequestParam(defaultValue = "WAITING") Inbox.Tray tray,
			@RequestParam(required = false) Long beforeId, @RequestParam(defaultValue = "50") int size,
			@RequestParam(required = false) String item, @RequestParam(defaultValue = "ALL") Inbox.Claim claim,
			@AuthenticationPrincipal CurrentUser user) {
		return inbox.trayPage(user, tray, new Inbox.Filter(item, claim), beforeId, size);
	}

	@PreAuthorize("hasAnyRole('CLERK','DEPARTMENT_LEAD')")
	@PostMapping("/api/services/inbox/search")
	@Operation(summary = "Find by number or the ID number of anyone on the application (blind index); anything else is 400")
	List<Inbox.Row> search(@Valid @RequestBody Query body, @AuthenticationPrincipal CurrentUser user) {
		return inbox.search(user, body.q());
	}

	@GetMapping("/api/services/ratings")
	@PreAuthorize("hasAnyRole('ADMIN','SUPERVISOR','DEPARTMENT_LEAD')")
	List<RatingsReport.RatingRow> ratings(@AuthenticationPrincipal CurrentUser user) {
		return ratingsReport.ratings(user);
	}

	@GetMapping("/api/services/ratings/follow-ups")
	@PreAuthorize("hasAnyRole('CLERK','DEPARTMENT_LEAD','SUPERVISOR','ADMIN')")
	@Operation(summary = "Follow-ups of unsatisfied ratings (own department; supervisors see the whole city)")
	List<RatingFollowUps.FollowUp> followUps(@AuthenticationPrincipal CurrentUser user) {
		return followUps.list(user);
	}

	@PostMapping("/api/services/ratings/follow-ups/{id}")
	@PreAuthorize("hasAnyRole('CLERK','DEPARTMENT_LEAD')")
	@Operation(summary = "Record the call back and the measures for an unsatisfied rating")
	ResponseEntity<Void> followUp(@PathVariable long id, @RequestBody FollowUp body,
			@AuthenticationPrincipal CurrentUser user) {
		ratings.followUp(id, body.contactNote(), body.measures(), user);
		return ResponseEntity.noContent().build();
	}

	private static String json(JsonNode form) {
		if (form == null || !form.isObject()) {
			throw RuleBroken.at("form", "services.form.notAnObject");
		}
		return form.toString();
	}

	record NewApplication(@NotBlank(message = "{services.api.itemRequired}") String itemCode,
			@NotNull(message = "{services.api.formRequired}") JsonNode form) {
	}

	/**
	 * A changed form, with the version of the application the applicant saw ({@code version} of its detail); a
	 * different version is refused with 409, so that an edit made meanwhile is not lost.
	 */
	record FormBody(@NotNull(message = "{services.api.versionRequired}") Integer version,
			@NotNull(message = "{services.api.formRequired}") JsonNode form) {
	}

	record Rating(@NotNull(message = "{services.rating.required}") Integer level, @Size(max = 500) String comment) {
	}

	record Approval(@Size(max = Application.MAX_OPINION) String opinion) {
	}

	record Reason(@NotBlank(message = "{services.api.reasonRequired}") @Size(max = 2000) String reason) {
	}

	record Rejection(@NotBlank(message = "{services.api.reasonRequired}") @Size(max = 2000) String reason,
			@NotBlank(message = "{services.api.basisRequired}") @Size(max = 2000) String basis) {
	}

	record Correction(@NotNull(message = "{services.correction.listMissing}") @Size(min = 1, max = 30,
			message = "{services.correction.listMissing}") List<String> missing, @Size(max = 2000) String note) {
	}

	/** Checked by the follow-up itself, which names the field of each problem. */
	record FollowUp(String contactNote, String measures) {
	}

	record Query(@NotBlank(message = "{services.inbox.queryRequired}") @Size(max = 30) String q) {
	}

}
