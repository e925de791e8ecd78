package org.chengxiang.cityops.cases;

import java.net.URI;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.Validator;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.chengxiang.cityops.grid.GridLocator;
import org.chengxiang.directory.Directory;
import org.chengxiang.directory.GridCellSummary;
import org.chengxiang.platform.security.CurrentUser;
import org.chengxiang.platform.domain.RuleBroken;
import org.chengxiang.platform.web.CommandChecks;
import org.chengxiang.platform.web.KeysetPage;
import org.chengxiang.platform.web.ReaderTexts;

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
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import tools.jackson.databind.node.ObjectNode;

/**
 * The city-management case API: reports with photos, the workflow steps, lists and details within the caller's
 * scope, the classification and dispatch rules, and the grid with its officers and open cases.
 */
@RestController
@Tag(name = "cityops-cases", description = "City-management cases")
class CasesApi {

	private final CaseIntake intake;

	private final CaseSteps desk;

	private final CaseLists lists;

	private final CaseDetails queries;

	private final CaseBoard board;

	private final Classification classification;

	private final GridOfficers officers;

	private final GridLocator locator;

	private final Directory directory;

	private final PhotoStore photos;

	private final Validator validator;

	private final Evaluation evaluation;

	private final Clock clock;

	CasesApi(CaseIntake intake, CaseSteps desk, CaseLists lists, CaseDetails queries, CaseBoard board,
			Classification classification, GridOfficers officers, GridLocator locator, Directory directory,
			PhotoStore photos, Validator validator, Evaluation evaluation, Clock clock) {
		this.evaluation = evaluation;
		this.intake = intake;
		this.desk = desk;
		this.lists = lists;
		this.queries = queries;
		this.board = board;
		this.classification = classification;
		this.officers = officers;
		this.locator = locator;
		this.directory = directory;
		this.photos = photos;
		this.validator = validator;
		this.clock = clock;
	}

	@PreAuthorize("hasAnyRole('GRID_OFFICER','OPERATOR','RESIDENT')")
	@PostMapping(path = "/api/cityops/cases", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@Operation(summary = "Report a case (photos JPEG or PNG, recognised by content); merged into an open case of the class nearby")
	ResponseEntity<Reported> report(@RequestParam(required = false) String classCode,
			@RequestParam(required = false) String description, @RequestParam(required = false) Double longitude,
			@RequestParam(required = false) Double latitude, @RequestParam(required = false) CaseSource source,
			@RequestParam(name = "photos", required = false) List<MultipartFile> files,
			@AuthenticationPrincipal CurrentUser user) {
		CaseIntake.ReportCase command = CommandChecks.valid(validator,
				new CaseIntake.ReportCase(classCode, description, longitude, latitude, source));
		CaseIntake.Reported reported = intake.report(command, files, user);
		Reported answer = new Reported(reported.caseId(), reported.number(), reported.merged(),
				ReaderTexts.of(reported.message()));
		if (reported.merged()) {
			return ResponseEntity.ok(answer);
		}
		return ResponseEntity.created(URI.create("/api/cityops/cases/" + reported.caseId())).body(answer);
	}

	@GetMapping("/api/cityops/cases")
	@Operation(summary = "Cases within the role's and department's scope, keyset paged")
	KeysetPage<CaseLists.Row> list(@RequestParam(defaultValue = "ALL") CaseTab tab,
			@RequestParam(required = false) String classCode, @RequestParam(required = false) Long departmentId,
			@RequestParam(required = false) Long beforeId, @RequestParam(defaultValue = "50") int size,
			@AuthenticationPrincipal CurrentUser user) {
		return lists.list(user.scope(), tab, classCode, departmentId, beforeId, size);
	}

	@GetMapping("/api/cityops/cases/{id}")
	CaseDetails.Detail detail(@PathVariable long id, @AuthenticationPrincipal CurrentUser user) {
		return queries.detail(id, user);
	}

	@GetMapping("/api/cityops/cases/{id}/photos/{photoId}")
	ResponseEntity<byte[]> photo(@PathVariable long id, @PathVariable long photoId,
			@AuthenticationPrincipal CurrentUser user) {
		return CasesPages.image(queries.photo(id, photoId, user), photos);
	}

	@PreAuthorize("hasRole('OPERATOR')")
	@PostMapping("/api/cityops/cases/{id}/filing")
	@Operation(summary = "File the case (operator)")
	CaseDetails.Detail file(@PathVariable long id, @AuthenticationPrincipal CurrentUser user) {
		desk.file(id, user);
		return queries.detail(id, user);
	}

	@PreAuthorize("hasRole('OPERATOR')")
	@PostMapping("/api/cityops/cases/{id}/rejection")
	@Operation(summary = "Do not file: a duplicate (naming the original case), not in scope, other")
	CaseDetails.Detail reject(@PathVariable long id, @Valid @RequestBody Rejection body,
			@AuthenticationPrincipal CurrentUser user) {
		desk.reject(id, body.reason(), body.note(), body.duplicateOf(), user);
		return queries.detail(id, user);
	}

	@PreAuthorize("hasRole('OPERATOR')")
	@PostMapping("/api/cityops/cases/{id}/dispatch")
	@Operation(summary = "Dispatch, by the class × grid rules unless a department is given")
	CaseDetails.Detail dispatch(@PathVariable long id, @RequestBody(required = false) Dispatch body,
			@AuthenticationPrincipal CurrentUser user) {
		desk.dispatch(id, body == null ? null : body.departmentId(), body == null ? null : body.instruction(), user);
		return queries.detail(id, user);
	}

	@PreAuthorize("hasAnyRole('CLERK','DEPARTMENT_LEAD')")
	@PostMapping("/api/cityops/cases/{id}/dispute")
	@Operation(summary = "The department disputes the dispatch and asks for a new one; it no longer sees the case")
	CaseSteps.Disputed dispute(@PathVariable long id, @Valid @RequestBody Reason body, @AuthenticationPrincipal CurrentUser user) {
		desk.dispute(id, body.reason(), user);
		return desk.disputed(id);
	}

	@PreAuthorize("hasAnyRole('CLERK','DEPARTMENT_LEAD')")
	@PostMapping("/api/cityops/cases/{id}/start")
	CaseDetails.Detail start(@PathVariable long id, @AuthenticationPrincipal CurrentUser user) {
		desk.start(id, user);
		return queries.detail(id, user);
	}

	@PreAuthorize("hasAnyRole('CLERK','DEPARTMENT_LEAD','GRID_OFFICER','OPERATOR')")
	@PostMapping(path = "/api/cityops/cases/{id}/photos", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@Operation(summary = "Add photos of the work or of the verification")
	CaseDetails.Detail addPhotos(@PathVariable long id,
			@RequestParam(name = "photos", required = false) List<MultipartFile> files,
			@AuthenticationPrincipal CurrentUser user) {
		desk.addPhotos(id, files, user);
		return queries.detail(id, user);
	}

	@PreAuthorize("hasAnyRole('CLERK','DEPARTMENT_LEAD')")
	@PostMapping(path = "/api/cityops/cases/{id}/feedback", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@Operation(summary = "Report the case done, photos optional")
	CaseDetails.Detail feedback(@PathVariable long id, @RequestParam(required = false) String note,
			@RequestParam(name = "photos", required = false) List<MultipartFile> files,
			@AuthenticationPrincipal CurrentUser user) {
		desk.feedback(id, note, files, user);
		return queries.detail(id, user);
	}

	@PreAuthorize("hasAnyRole('GRID_OFFICER','OPERATOR')")
	@PostMapping(path = "/api/cityops/cases/{id}/verification", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@Operation(summary = "The grid officer verifies: passed, or back for rework")
	CaseDetails.Detail verify(@PathVariable long id, @RequestParam(required = false) Boolean passed,
			@RequestParam(required = false) String note,
			@RequestParam(name = "photos", required = false) List<MultipartFile> files,
			@AuthenticationPrincipal CurrentUser user) {
		if (passed == null) {
			throw RuleBroken.at("passed", "cityops.case.rule.passed");
		}
		desk.verify(id, passed, note, files, user);
		return queries.detail(id, user);
	}

	@PreAuthorize("hasRole('OPERATOR')")
	@PostMapping("/api/cityops/cases/{id}/closure")
	CaseDetails.Detail close(@PathVariable long id, @AuthenticationPrincipal CurrentUser user) {
		desk.close(id, user);
		return queries.detail(id, user);
	}

	@PreAuthorize("hasAnyRole('CLERK','DEPARTMENT_LEAD')")
	@PostMapping("/api/cityops/cases/{id}/extension")
	@Operation(summary = "Request an extension (Beijing time)")
	CaseDetails.Detail requestExtension(@PathVariable long id, @Valid @RequestBody Extension body,
			@AuthenticationPrincipal CurrentUser user) {
		desk.requestExtension(id, body.until().atZone(clock.getZone()).toInstant(), body.reason(), user);
		return queries.detail(id, user);
	}

	@PreAuthorize("hasRole('OPERATOR')")
	@PostMapping("/api/cityops/cases/{id}/extension/decision")
	CaseDetails.Detail decideExtension(@PathVariable long id, @Valid @RequestBody Decision body,
			@AuthenticationPrincipal CurrentUser user) {
		desk.decideExtension(id, body.approved(), body.note(), user);
		return queries.detail(id, user);
	}

	@GetMapping("/api/cityops/classes")
	@Operation(summary = "The classification with departments and time limits")
	List<Classification.CaseClass> classes() {
		return classification.classes();
	}

	@PutMapping("/api/cityops/classes/{code}")
	@PreAuthorize("hasRole('ADMIN')")
	Classification.CaseClass saveClass(@PathVariable String code, @Valid @RequestBody Classification.SaveClass body) {
		if (!code.equals(body.code())) {
			throw RuleBroken.at("code", "cityops.class.rule.codeDiffers");
		}
		return classification.save(body);
	}

	@GetMapping("/api/cityops/dispatch-rules")
	List<Classification.Rule> rules() {
		return classification.rules();
	}

	@PostMapping("/api/cityops/dispatch-rules")
	@PreAuthorize("hasRole('ADMIN')")
	@Operation(summary = "Add a dispatch rule (class × township or community)")
	Classification.Rule addRule(@Valid @RequestBody Classification.SaveRule body) {
		return classification.addRule(body, code -> directory.division(code).isPresent());
	}

	@DeleteMapping("/api/cityops/dispatch-rules/{id}")
	@PreAuthorize("hasRole('ADMIN')")
	ResponseEntity<Void> removeRule(@PathVariable long id) {
		classification.removeRule(id);
		return ResponseEntity.noContent().build();
	}

	@GetMapping(path = "/api/cityops/grid/cells", produces = { "application/geo+json", MediaType.APPLICATION_JSON_VALUE })
	@Operation(summary = "The grid as GeoJSON with officers and open cases")
	ObjectNode cells(@AuthenticationPrincipal CurrentUser user) {
		return board.gridCells(user.scope());
	}

	@GetMapping("/api/cityops/grid/locate")
	@Operation(summary = "The grid cell of a point")
	Located locate(@RequestParam(required = false) Double lng, @RequestParam(required = false) Double lat) {
		if (lng == null || lat == null) {
			throw RuleBroken.at(lng == null ? "lng" : "lat", "cityops.case.rule.point");
		}
		GridCellSummary cell = locator.cellAt(lng, lat)
			.orElseThrow(() -> RuleBroken.at("lng", "cityops.case.rule.outsideGrid"));
		return new Located(cell.id(), cell.code(), cell.name(), cell.divisionCode(),
				officers.namesByCell().getOrDefault(cell.id(), List.of()));
	}

	@GetMapping("/api/cityops/grid/officers")
	List<GridOfficers.Assignment> gridOfficers() {
		return officers.all();
	}

	@PostMapping("/api/cityops/grid/officers")
	@PreAuthorize("hasRole('ADMIN')")
	GridOfficers.Assignment assign(@Valid @RequestBody Assign body) {
		return officers.assign(body.cellCode(), body.username());
	}

	@GetMapping("/api/cityops/bulletin")
	@PreAuthorize("hasAnyRole('ADMIN','SUPERVISOR','OPERATOR','DEPARTMENT_LEAD')")
	@Operation(summary = "The monthly bulletin per department, township and grid officer")
	Bulletin bulletin(@RequestParam(required = false) String month, @AuthenticationPrincipal CurrentUser user) {
		return evaluation.bulletin(BulletinPages.month(month, clock), user.scope());
	}

	/** The cell a point lies in. */
	record Located(long id, String code, String name, String divisionCode, List<String> officers) {
	}

	/**
	 * What became of a report.
	 *
	 * @param caseId the case it opened, or the open case it was merged into
	 * @param number that case's number
	 * @param merged whether it was merged into an open case nearby
	 * @param message what the reporter is told, in their language
	 */
	record Reported(long caseId, String number, boolean merged, String message) {
	}

	record Rejection(@NotNull(message = "{cityops.case.rule.rejectReason}") RejectReason reason,
			@Size(max = 2000) String note, @Size(max = 30) String duplicateOf) {
	}

	record Dispatch(Long departmentId,
			@Size(max = Case.MAX_INSTRUCTION, message = "{cityops.case.rule.instructionSize}") String instruction) {
	}

	record Reason(@NotBlank(message = "{cityops.case.rule.required}") @Size(max = 2000) String reason) {
	}

	record Extension(@NotNull(message = "{cityops.case.rule.until}") LocalDateTime until,
			@NotBlank(message = "{cityops.case.rule.required}") @Size(max = 2000) String reason) {
	}

	record Decision(@NotNull(message = "{cityops.case.rule.approved}") Boolean approved, @Size(max = 2000) String note) {
	}

	record Assign(@NotBlank(message = "{cityops.officer.rule.cellCode}") String cellCode,
			@NotBlank(message = "{cityops.officer.rule.username}") String username) {
	}

}
