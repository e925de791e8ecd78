package org.chengxiang.training;

import java.net.URI;
import java.util.List;

import jakarta.validation.Valid;

import org.chengxiang.platform.domain.StaleVersion;
import org.chengxiang.platform.security.CurrentUser;
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
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * Classes over JSON: the list and one class for provider staff (their own) and the bureaus; filing, the roster,
 * sessions, attendance, results, closing and cancelling for provider staff. A class of another provider is 404.
 */
@RestController
@RequestMapping("/api/training/classes")
@PreAuthorize(ClassPages.READERS)
class ClassApi {

	private static final int PAGE = 100;

	private final ClassQueries queries;

	private final ClassDetails details;

	private final ClassPageModel classes;

	private final ClassDesk desk;

	private final RosterDesk roster;

	private final RosterImports imports;

	private final SessionDesk sessions;

	private final ResultDesk results;

	private final ProviderScope scope;

	ClassApi(ClassQueries queries, ClassDetails details, ClassPageModel classes, ClassDesk desk, RosterDesk roster,
			RosterImports imports, SessionDesk sessions, ResultDesk results, ProviderScope scope) {
		this.queries = queries;
		this.details = details;
		this.classes = classes;
		this.desk = desk;
		this.roster = roster;
		this.imports = imports;
		this.sessions = sessions;
		this.results = results;
		this.scope = scope;
	}

	@GetMapping
	KeysetPage<ClassQueries.ClassRow> list(@RequestParam(required = false) ClassStatus status,
			@RequestParam(required = false) Integer year, @RequestParam(required = false) String q,
			@RequestParam(required = false) Long beforeId, @AuthenticationPrincipal CurrentUser user) {
		return KeysetPage.of(queries.list(scope.filter(user), new ClassQueries.Filter(status, year, q), beforeId, PAGE),
				PAGE, ClassQueries.ClassRow::id);
	}

	@PostMapping
	@PreAuthorize(ClassPages.WRITERS)
	ResponseEntity<ClassDetails.ClassView> file(@Valid @RequestBody ClassForm body,
			@AuthenticationPrincipal CurrentUser user) {
		long id = desk.file(body, user);
		return ResponseEntity.created(URI.create("/api/training/classes/" + id)).body(view(id, user));
	}

	@GetMapping("/{id}")
	ClassDetails.ClassView one(@PathVariable long id, @AuthenticationPrincipal CurrentUser user) {
		return view(id, user);
	}

	@PostMapping("/{id}/trainees")
	@PreAuthorize(ClassPages.WRITERS)
	ResponseEntity<ClassDetails.ClassView> enrol(@PathVariable long id, @Valid @RequestBody TraineeForm body,
			@AuthenticationPrincipal CurrentUser user) {
		roster.enrol(id, body, user);
		return ResponseEntity.status(201).body(view(id, user));
	}

	@DeleteMapping("/{id}/trainees/{enrolmentId}")
	@PreAuthorize(ClassPages.WRITERS)
	ResponseEntity<Void> remove(@PathVariable long id, @PathVariable long enrolmentId,
			@AuthenticationPrincipal CurrentUser user) {
		roster.remove(id, enrolmentId, user);
		return ResponseEntity.noContent().build();
	}

	@PostMapping(path = "/{id}/roster-imports", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@PreAuthorize(ClassPages.WRITERS)
	ResponseEntity<ImportView> upload(@PathVariable long id, @RequestPart(name = "file", required = false) MultipartFile file,
			@AuthenticationPrincipal CurrentUser user) {
		long importId = roster.upload(id, file, user);
		TrainingClass c = desk.mine(id, user);
		RosterImports.Preview preview = imports.preview(imports.find(importId, id).orElseThrow(), c.capacity());
		return ResponseEntity.status(201).body(ImportView.of(preview));
	}

	@PostMapping("/{id}/roster-imports/{importId}/confirmation")
	@PreAuthorize(ClassPages.WRITERS)
	ClassDetails.ClassView confirm(@PathVariable long id, @PathVariable long importId,
			@AuthenticationPrincipal CurrentUser user) {
		roster.confirm(id, importId, user);
		return view(id, user);
	}

	@PostMapping("/{id}/sessions")
	@PreAuthorize(ClassPages.WRITERS)
	ResponseEntity<ClassDetails.ClassView> addSession(@PathVariable long id, @Valid @RequestBody SessionForm body,
			@AuthenticationPrincipal CurrentUser user) {
		sessions.add(id, body, user);
		return ResponseEntity.status(201).body(view(id, user));
	}

	@PutMapping("/{id}/sessions/{sessionId}/attendance")
	@PreAuthorize(ClassPages.WRITERS)
	ClassDetails.ClassView attendance(@PathVariable long id, @PathVariable long sessionId,
			@RequestBody AttendanceForm body, @AuthenticationPrincipal CurrentUser user) {
		sessions.record(id, sessionId, body.presentOrNone(), user);
		return view(id, user);
	}

	@PutMapping("/{id}/results")
	@PreAuthorize(ClassPages.WRITERS)
	ClassDetails.ClassView results(@PathVariable long id, @Valid @RequestBody ResultForm body,
			@AuthenticationPrincipal CurrentUser user) {
		results.record(id, body.getLines(), user);
		return view(id, user);
	}

	@PostMapping("/{id}/closure")
	@PreAuthorize(ClassPages.WRITERS)
	ClassDetails.ClassView close(@PathVariable long id, @RequestBody(required = false) ClassStepForm body,
			@AuthenticationPrincipal CurrentUser user) {
		requireVersion(id, body, user);
		desk.close(id, user);
		return view(id, user);
	}

	@PostMapping("/{id}/cancellation")
	@PreAuthorize(ClassPages.WRITERS)
	ClassDetails.ClassView cancel(@PathVariable long id, @RequestBody(required = false) ClassStepForm body,
			@AuthenticationPrincipal CurrentUser user) {
		requireVersion(id, body, user);
		desk.cancel(id, user);
		return view(id, user);
	}

	private void requireVersion(long id, ClassStepForm body, CurrentUser user) {
		if (body != null && body.version() != null && !body.version().equals(classes.visible(id, user).version())) {
			throw new StaleVersion();
		}
	}

	private ClassDetails.ClassView view(long id, CurrentUser user) {
		return details.view(classes.visible(id, user));
	}

	/**
	 * A staged roster sheet: its good rows (ID numbers masked) and its bad rows with their row numbers and reasons,
	 * worded in the reader's language. Nothing is on the roster until it is confirmed.
	 */
	record ImportView(long id, String status, List<RosterImports.GoodRow> good, List<BadRow> bad, int beyondCapacity) {

		static ImportView of(RosterImports.Preview preview) {
			return new ImportView(preview.id(), preview.status(), preview.good(),
					preview.bad().stream().map(b -> new BadRow(b.row(), ReaderTexts.of(b.reason()))).toList(),
					preview.beyondCapacity());
		}

	}

	/** A bad row: its number as Excel shows it and why it cannot be taken. */
	record BadRow(int row, String reason) {
	}

}
