package org.chengxiang.cityops.cases;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.chengxiang.directory.DepartmentSummary;
import org.chengxiang.directory.Directory;
import org.chengxiang.platform.audit.AuditEvent;
import org.chengxiang.platform.audit.AuditTrail;
import org.chengxiang.platform.domain.NoSuchRecord;
import org.chengxiang.platform.domain.RuleBroken;
import org.chengxiang.platform.domain.Text;
import org.chengxiang.platform.security.CurrentUser;
import org.chengxiang.platform.security.Role;
import org.chengxiang.platform.web.Uploads;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.multipart.MultipartFile;

/**
 * The steps after a report: the operator files, rejects, dispatches, decides extensions and closes; the department
 * disputes, starts, adds photos, reports done and asks for extensions; the cell's grid officer verifies. Each step
 * loads the case within the person's part (a department only its cases, a grid officer only the cases of their
 * cells), lets the case check and take the step, and saves it with its line on the timeline. Who may take a step
 * at all is checked at the edge.
 */
@Service
@Transactional
class CaseSteps {

	private final Cases cases;

	private final Classification classification;

	private final GridOfficers officers;

	private final Directory directory;

	private final CasePhotos photos;

	private final CaseTimeline timeline;

	private final AuditTrail audit;

	private final JdbcClient jdbc;

	private final CaseProperties properties;

	private final Clock clock;

	CaseSteps(Cases cases, Classification classification, GridOfficers officers, Directory directory,
			CasePhotos photos, CaseTimeline timeline, AuditTrail audit, JdbcClient jdbc, CaseProperties properties,
			Clock clock) {
		this.cases = cases;
		this.classification = classification;
		this.officers = officers;
		this.directory = directory;
		this.photos = photos;
		this.timeline = timeline;
		this.audit = audit;
		this.jdbc = jdbc;
		this.properties = properties;
		this.clock = clock;
	}

	/** 立案. */
	void file(long id, CurrentUser user) {
		Case c = find(id);
		Instant now = clock.instant();
		c.file(now, now.plus(Duration.ofHours(properties.dispatchHours())));
		timeline.save(c, user.getUsername(), "file", CaseStatus.REPORTED, (String) null);
	}

	/** 不予立案; a duplicate names the original case by its number. */
	void reject(long id, RejectReason reason, String note, String duplicateOfNumber, CurrentUser user) {
		Case c = find(id);
		Long duplicateOf = null;
		if (reason == RejectReason.DUPLICATE && duplicateOfNumber != null && !duplicateOfNumber.isBlank()) {
			duplicateOf = cases.findByNumber(duplicateOfNumber.strip())
				.map(Case::id)
				.orElseThrow(() -> RuleBroken.at("duplicateOf", "cityops.case.rule.noSuchNumber"));
		}
		c.reject(reason, note, duplicateOf, clock.instant());
		switch (reason) {
			case DUPLICATE -> timeline.save(c, user.getUsername(), "reject", CaseStatus.REPORTED,
					Text.of("cityops.case.note.duplicate", duplicateOfNumber.strip()));
			case NOT_IN_SCOPE -> timeline.save(c, user.getUsername(), "reject", CaseStatus.REPORTED,
					c.rejectNote() == null ? Text.of("cityops.case.note.notInScope")
							: Text.of("cityops.case.note.notInScopeWithNote", c.rejectNote()));
			case OTHER -> timeline.save(c, user.getUsername(), "reject", CaseStatus.REPORTED, c.rejectNote());
		}
	}

	/**
	 * 派遣: to the department the class × grid rules name, or the one the operator chose. The department's clerks
	 * are told.
	 */
	void dispatch(long id, Long departmentId, String instruction, CurrentUser user) {
		Case c = find(id);
		DepartmentSummary department = departmentId != null
				? directory.department(departmentId)
					.orElseThrow(() -> RuleBroken.at("departmentId", "cityops.case.rule.noSuchDepartment"))
				: suggestedDepartment(c.id())
					.orElseThrow(() -> RuleBroken.at("departmentId", "cityops.case.rule.noRuleDepartment"));
		Classification.CaseClass caseClass = classification.find(c.classCode()).orElseThrow();
		Instant now = clock.instant();
		c.dispatch(department.id(), instruction, now, classification.handlingDue(caseClass, now));
		timeline.save(c, user.getUsername(), "dispatch", CaseStatus.FILED, c.dispatchInstruction() == null
				? Text.of("cityops.case.note.dispatched", department.shortName())
				: Text.of("cityops.case.note.dispatchedWithInstruction", department.shortName(),
						c.dispatchInstruction()));
	}

	/** What the class × grid rules say for a case. */
	@Transactional(readOnly = true)
	Optional<DepartmentSummary> suggestedDepartment(long caseId) {
		var place = jdbc.sql("select class_code, division_code, township_code from cityops.city_case where id = :id")
			.param("id", caseId)
			.query((rs, n) -> new String[] { rs.getString(1), rs.getString(2), rs.getString(3) })
			.optional()
			.orElseThrow(() -> new NoSuchRecord("case " + caseId));
		return classification.departmentFor(place[0], place[1], place[2]);
	}

	/** The department disputes the dispatch: back to the operator, who is told. */
	void dispute(long id, String reason, CurrentUser user) {
		Case c = departmentCase(id, user);
		Instant now = clock.instant();
		c.dispute(reason, now, now.plus(Duration.ofHours(properties.dispatchHours())));
		timeline.save(c, user.getUsername(), "dispute", CaseStatus.DISPATCHED, reason.strip());
	}

	/** What the department that returned a case is told about it. */
	@Transactional(readOnly = true)
	Disputed disputed(long id) {
		Case c = find(id);
		return new Disputed(c.id(), c.number(), c.status(), c.disputes());
	}

	void start(long id, CurrentUser user) {
		Case c = departmentCase(id, user);
		CaseStatus before = c.status();
		c.start(clock.instant());
		timeline.save(c, user.getUsername(), "start", before, (String) null);
	}

	/** Photos of the work (department, while handling) or of the verification (grid officer). */
	void addPhotos(long id, List<MultipartFile> files, CurrentUser user) {
		List<Uploads.Upload> checked = photos.check(files);
		if (checked.isEmpty()) {
			throw RuleBroken.at("photos", "upload.required");
		}
		boolean verifying = user.role() == Role.GRID_OFFICER;
		Case c = verifying ? verifierCase(id, user) : departmentCase(id, user);
		Case.PhotoStage stage = verifying ? Case.PhotoStage.VERIFICATION : Case.PhotoStage.HANDLING;
		c.requireAcceptsPhotos(stage);
		long stepId = timeline.note(c.id(), user.getUsername(), "photos", c.status(), c.status(),
				Text.of("cityops.case.note.photos", checked.size()));
		photos.attach(c.id(), stepId, stage, checked, user.getUsername());
		audit.record(AuditEvent.of("case.photos", "case", c.number(), null,
				Map.of("photos", checked.size(), "stage", stage.name())));
	}

	/** 反馈: the department reports the case done, saying what it did, optionally with photos. */
	void feedback(long id, String note, List<MultipartFile> files, CurrentUser user) {
		List<Uploads.Upload> checked = photos.check(files);
		Case c = departmentCase(id, user);
		Instant now = clock.instant();
		c.feedback(note, now, now.plus(Duration.ofHours(properties.verificationHours())));
		long stepId = timeline.save(c, user.getUsername(), "feedback", CaseStatus.HANDLING, note.strip());
		photos.attach(c.id(), stepId, Case.PhotoStage.HANDLING, checked, user.getUsername());
	}

	/** 核查: the cell's grid officer verifies on site; failure sends it back to the department (返工). */
	void verify(long id, boolean passed, String note, List<MultipartFile> files, CurrentUser user) {
		List<Uploads.Upload> checked = photos.check(files);
		Case c = verifierCase(id, user);
		Instant now = clock.instant();
		long stepId;
		if (passed) {
			c.pass(now, now.plus(Duration.ofHours(properties.closingHours())));
			stepId = timeline.save(c, user.getUsername(), "verify-pass", CaseStatus.FEEDBACK,
					note == null || note.isBlank() ? null : note.strip());
		}
		else {
			Classification.CaseClass caseClass = classification.find(c.classCode()).orElseThrow();
			c.fail(note, now, classification.handlingDue(caseClass, now));
			stepId = timeline.save(c, user.getUsername(), "verify-fail", CaseStatus.FEEDBACK, note.strip());
		}
		photos.attach(c.id(), stepId, Case.PhotoStage.VERIFICATION, checked, user.getUsername());
	}

	/** 结案. */
	void close(long id, CurrentUser user) {
		Case c = find(id);
		c.close(clock.instant());
		timeline.save(c, user.getUsername(), "close", CaseStatus.VERIFIED, (String) null);
	}

	/** 延期申请 by the department; the operator is told. */
	void requestExtension(long id, Instant until, String reason, CurrentUser user) {
		Case c = departmentCase(id, user);
		c.requestExtension(until, reason, clock.instant());
		timeline.save(c, user.getUsername(), "extension-request", c.status(),
				Text.of("cityops.case.note.extensionRequested", Views.format(until, clock), reason.strip()));
	}

	/** 延期审批 by the operator; the department is told. */
	void decideExtension(long id, boolean approved, String note, CurrentUser user) {
		Case c = find(id);
		Instant until = c.extensionUntil();
		c.decideExtension(approved, note, clock.instant());
		timeline.save(c, user.getUsername(), approved ? "extension-approved" : "extension-refused", c.status(),
				CaseNotices.extensionNote(new CaseEvent.ExtensionDecided(c.id(), c.number(), 0, approved, until,
						note == null || note.isBlank() ? null : note.strip()), clock));
	}

	/** A case the operations centre works on: it sees every case. */
	private Case find(long id) {
		return cases.findById(id).orElseThrow(() -> new NoSuchRecord("case " + id));
	}

	/** A case of the person's department; another department's is not found. */
	private Case departmentCase(long id, CurrentUser user) {
		return cases.findById(id)
			.filter(c -> c.departmentId() != null && c.departmentId().equals(user.departmentId()))
			.orElseThrow(() -> new NoSuchRecord("case " + id));
	}

	/**
	 * A case to verify: the grid officers of its cell verify, another officer does not find it; where a cell has no
	 * officers, the operations centre does.
	 */
	private Case verifierCase(long id, CurrentUser user) {
		Case c = find(id);
		if (user.role() == Role.GRID_OFFICER && !officers.isOfficerOf(user.id(), c.gridCellId())) {
			throw new NoSuchRecord("case " + id);
		}
		if (user.role() != Role.GRID_OFFICER && officers.hasOfficers(c.gridCellId())) {
			throw new AccessDeniedException("the cell's grid officers verify");
		}
		return c;
	}

	/** A disputed case, as the department that returned it may still see it. */
	record Disputed(long id, String number, CaseStatus status, int disputes) {
	}

}
