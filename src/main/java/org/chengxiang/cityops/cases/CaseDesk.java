package org.chengxiang.cityops.cases;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.chengxiang.cityops.AlarmCleared;
import org.chengxiang.cityops.AlarmRaised;
import org.chengxiang.cityops.AlarmUpdated;
import org.chengxiang.cityops.grid.GridLocator;
import org.chengxiang.directory.DepartmentSummary;
import org.chengxiang.directory.Directory;
import org.chengxiang.directory.DivisionSummary;
import org.chengxiang.directory.GridCellSummary;
import org.chengxiang.platform.audit.AuditEvent;
import org.chengxiang.platform.audit.AuditTrail;
import org.chengxiang.platform.security.CurrentUser;
import org.chengxiang.platform.security.Role;
import org.chengxiang.platform.domain.RuleBroken;
import org.chengxiang.platform.web.FileTypes;
import org.chengxiang.platform.domain.NoSuchRecord;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.multipart.MultipartFile;

/**
 * The case desk: reports come in (from the street, the hotline, residents and sensor alarms), the operator files
 * and dispatches them, departments handle them, grid officers verify, the operator closes. Every step is checked
 * by the case itself, written on its timeline and in the audit trail.
 */
@Service
@Transactional
class CaseDesk {

	static final int MAX_PHOTOS = 5;

	static final String SYSTEM = "system";

	private static final Logger log = LoggerFactory.getLogger(CaseDesk.class);

	private final Cases cases;

	private final Classification classification;

	private final GridOfficers officers;

	private final GridLocator locator;

	private final Directory directory;

	private final PhotoStore photos;

	private final CaseNotices notices;

	private final AuditTrail audit;

	private final JdbcClient jdbc;

	private final CaseProperties properties;

	private final Clock clock;

	CaseDesk(Cases cases, Classification classification, GridOfficers officers, GridLocator locator,
			Directory directory, PhotoStore photos, CaseNotices notices, AuditTrail audit, JdbcClient jdbc,
			CaseProperties properties, Clock clock) {
		this.cases = cases;
		this.classification = classification;
		this.officers = officers;
		this.locator = locator;
		this.directory = directory;
		this.photos = photos;
		this.notices = notices;
		this.audit = audit;
		this.jdbc = jdbc;
		this.properties = properties;
		this.clock = clock;
	}

	/**
	 * A report from a grid officer (巡查), the hotline operator (12345) or a resident. Near an open case of the same
	 * class it is merged into that case instead of opening another.
	 */
	public Reported report(ReportCase command, List<MultipartFile> files, CurrentUser user) {
		CaseSource source = switch (user.role()) {
			case GRID_OFFICER -> CaseSource.GRID_PATROL;
			case OPERATOR -> command.source() == CaseSource.GRID_PATROL ? CaseSource.GRID_PATROL : CaseSource.HOTLINE_12345;
			case RESIDENT -> CaseSource.RESIDENT;
			default -> throw new AccessDeniedException("grid officers, the operator and residents report cases");
		};
		if (command.source() == CaseSource.SENSOR) {
			throw new RuleBroken("source", "传感器告警由设备上报 / sensor alarms come from the devices");
		}
		Classification.CaseClass caseClass = classification.reportable(command.classCode());
		GridCellSummary cell = locator.cellAt(command.longitude(), command.latitude())
			.orElseThrow(() -> new RuleBroken("longitude",
					"该位置不在任何网格内，请在网格范围内选点 / the point lies outside every grid cell"));
		List<Photo> checked = check(files);
		Instant now = clock.instant();
		return open(new Report(source, caseClass.code(), command.description().strip(), command.longitude(),
				command.latitude(), cell, user.getUsername(), user.id(), user.role().name(), now), checked);
	}

	/** A sensor alarm opens a case, or is linked to an open case of the same class nearby. */
	void openFor(AlarmRaised alarm) {
		if (caseOfAlarm(alarm.alarmId()).isPresent()) {
			return; // delivered again
		}
		Optional<Classification.CaseClass> caseClass = classification.find(alarm.caseClassCode());
		if (caseClass.isEmpty()) {
			log.warn("Alarm {} names unknown case class {}: no case opened", alarm.alarmId(), alarm.caseClassCode());
			return;
		}
		Optional<GridCellSummary> cell = directory.gridCell(alarm.gridCellId())
			.or(() -> locator.cellAt(alarm.longitude(), alarm.latitude()));
		if (cell.isEmpty()) {
			log.warn("Alarm {} lies in no grid cell: no case opened", alarm.alarmId());
			return;
		}
		Reported reported = open(new Report(CaseSource.SENSOR, caseClass.get().code(), alarm.summary(), alarm.longitude(),
				alarm.latitude(), cell.get(), SYSTEM, null, null, alarm.raisedAt() == null ? clock.instant() : alarm.raisedAt()),
				List.of());
		jdbc.sql("insert into cityops.case_alarm (alarm_id, case_id, linked_at) values (:a, :c, :at) on conflict do nothing")
			.param("a", alarm.alarmId())
			.param("c", reported.caseId())
			.param("at", Timestamp.from(clock.instant()))
			.update();
		if (reported.merged()) {
			cases.find(reported.caseId()).ifPresent(c -> step(c.id(), SYSTEM, "alarm-linked", c.status(), c.status(),
					"告警 #" + alarm.alarmId() + " 已关联：" + alarm.summary()));
		}
	}

	void alarmUpdated(AlarmUpdated alarm) {
		caseOfAlarm(alarm.alarmId()).flatMap(cases::find).ifPresent(c -> step(c.id(), SYSTEM, "alarm-updated", c.status(),
				c.status(), "告警 #" + alarm.alarmId() + " 更新（" + alarm.severity() + "）：" + alarm.summary()));
	}

	void alarmCleared(AlarmCleared alarm) {
		caseOfAlarm(alarm.alarmId()).flatMap(cases::find).ifPresent(c -> step(c.id(), SYSTEM, "alarm-cleared", c.status(),
				c.status(), "告警已解除：" + alarm.summary()));
	}

	private Optional<Long> caseOfAlarm(long alarmId) {
		return jdbc.sql("select case_id from cityops.case_alarm where alarm_id = :a").param("a", alarmId)
			.query(Long.class).optional();
	}

	private Reported open(Report report, List<Photo> checked) {
		// one report at a time per class, so two reports of the same thing cannot both open a case
		jdbc.sql("select count(*) from (select pg_advisory_xact_lock(hashtext(:key))) locked")
			.param("key", "cityops.case:" + report.classCode())
			.query(Integer.class)
			.single();
		Optional<Duplicate> duplicate = duplicateOf(report.classCode(), report.longitude(), report.latitude());
		if (duplicate.isPresent()) {
			Case original = cases.find(duplicate.get().id()).orElseThrow();
			record(original.id(), report, true);
			long stepId = step(original.id(), report.reporter(), "merged", original.status(), original.status(),
					report.source().label() + "：" + report.description());
			attach(original.id(), stepId, Case.PhotoStage.REPORT, checked, report.reporter());
			audit.record(AuditEvent.of("case.report-merged", "case", original.number(), null,
					Map.of("source", report.source().name(), "reporter", report.reporter())));
			return new Reported(original.id(), original.number(), true,
					"已合并至 案件 " + original.number() + " / merged into case " + original.number());
		}
		String number = nextNumber();
		String township = directory.division(report.cell().divisionCode()).map(DivisionSummary::parentCode).orElse(null);
		long id = cases.insert(new Cases.NewCase(number, report.source(), report.classCode(), report.description(),
				report.longitude(), report.latitude(), report.cell().id(), report.cell().divisionCode(), township,
				report.reporter(), report.reporterUserId(), report.reporterRole(), report.at(),
				report.at().plus(Duration.ofHours(properties.filingHours()))));
		record(id, report, false);
		long stepId = step(id, report.reporter(), "report", null, CaseStatus.REPORTED,
				report.source().label() + "：" + report.description());
		attach(id, stepId, Case.PhotoStage.REPORT, checked, report.reporter());
		audit.record(AuditEvent.of("case.reported", "case", number, null,
				Map.of("status", "REPORTED", "class", report.classCode(), "cell", report.cell().code(),
						"source", report.source().name())));
		return new Reported(id, number, false, "已上报，案件编号 " + number + " / reported as case " + number);
	}

	/** The nearest open case of the class within the duplicate radius (haversine, on a bounding-box index scan). */
	Optional<Duplicate> duplicateOf(String classCode, double longitude, double latitude) {
		double radius = properties.duplicateRadiusMetres();
		double dLat = radius / 111_320.0;
		double dLng = radius / (111_320.0 * Math.max(0.01, Math.cos(Math.toRadians(latitude))));
		return jdbc.sql("""
				select id, number, distance from (
				    select id, number, 2 * 6371008.8 * asin(sqrt(power(sin(radians(latitude - :lat) / 2), 2)
				        + cos(radians(:lat)) * cos(radians(latitude)) * power(sin(radians(longitude - :lng) / 2), 2))) as distance
				    from cityops.city_case
				    where class_code = :class and status not in ('REJECTED', 'CLOSED')
				      and latitude between :lat - :dLat and :lat + :dLat and longitude between :lng - :dLng and :lng + :dLng
				) near where distance <= :radius order by distance, id limit 1
				""")
			.param("lat", latitude)
			.param("lng", longitude)
			.param("dLat", dLat)
			.param("dLng", dLng)
			.param("class", classCode)
			.param("radius", radius)
			.query((rs, n) -> new Duplicate(rs.getLong(1), rs.getString(2), rs.getDouble(3)))
			.optional();
	}

	/** 立案. */
	public void file(long id, CurrentUser user) {
		Case c = operatorCase(id, user);
		Instant now = clock.instant();
		c.file(now, now.plus(Duration.ofHours(properties.dispatchHours())));
		save(c, user, "file", CaseStatus.REPORTED, null);
	}

	/** 不予立案; a duplicate names the original case by its number. */
	public void reject(long id, RejectReason reason, String note, String duplicateOfNumber, CurrentUser user) {
		Case c = operatorCase(id, user);
		Long duplicateOf = null;
		if (reason == RejectReason.DUPLICATE && duplicateOfNumber != null && !duplicateOfNumber.isBlank()) {
			duplicateOf = cases.idOf(duplicateOfNumber.strip())
				.orElseThrow(() -> new RuleBroken("duplicateOf", "原案件编号不存在 / no case with that number"));
		}
		c.reject(reason, note, duplicateOf, clock.instant());
		String text = reason == null ? null : switch (reason) {
			case DUPLICATE -> "重复上报，原案件 " + duplicateOfNumber.strip();
			case NOT_IN_SCOPE -> "不属于受理范围" + (c.rejectNote() == null ? "" : "：" + c.rejectNote());
			case OTHER -> c.rejectNote();
		};
		save(c, user, "reject", CaseStatus.REPORTED, text);
	}

	/**
	 * 派遣: to the department the class × grid rules name, or the one the operator chose. The department's clerks
	 * are told.
	 */
	public void dispatch(long id, Long departmentId, String instruction, CurrentUser user) {
		Case c = operatorCase(id, user);
		DepartmentSummary department = departmentId != null
				? directory.department(departmentId)
					.orElseThrow(() -> new RuleBroken("departmentId", "部门不存在 / no such department"))
				: suggestedDepartment(c.id())
					.orElseThrow(() -> new RuleBroken("departmentId",
							"派遣规则未找到责任部门，请选择部门 / no department found by the rules; choose one"));
		Classification.CaseClass caseClass = classification.find(c.classCode()).orElseThrow();
		Instant now = clock.instant();
		c.dispatch(department.id(), instruction, now, classification.handlingDue(caseClass, now));
		save(c, user, "dispatch", CaseStatus.FILED, department.shortName()
				+ (c.dispatchInstruction() == null ? "" : "：" + c.dispatchInstruction()));
		notices.tell(Role.CLERK, department.id(), c.id(), "案件 " + c.number() + "（" + caseClass.name() + "）已派遣至贵单位，请于 "
				+ Views.format(c.handlingDueAt()) + " 前处置。"
				+ (c.dispatchInstruction() == null ? "" : "派遣意见：" + c.dispatchInstruction()));
	}

	/** What the class × grid rules say for a case. */
	@Transactional(readOnly = true)
	public Optional<DepartmentSummary> suggestedDepartment(long caseId) {
		var place = jdbc.sql("select class_code, division_code, township_code from cityops.city_case where id = :id")
			.param("id", caseId)
			.query((rs, n) -> new String[] { rs.getString(1), rs.getString(2), rs.getString(3) })
			.optional()
			.orElseThrow(() -> new NoSuchRecord("case " + caseId));
		return classification.departmentFor(place[0], place[1], place[2]);
	}

	/** The department disputes the dispatch: back to the operator. */
	public void dispute(long id, String reason, CurrentUser user) {
		Case c = departmentCase(id, user);
		Instant now = clock.instant();
		c.dispute(reason, now, now.plus(Duration.ofHours(properties.dispatchHours())));
		save(c, user, "dispute", CaseStatus.DISPATCHED, reason);
		notices.tell(Role.OPERATOR, null, c.id(), "案件 " + c.number() + " 被" + user.departmentName() + "退回，需重新派遣：" + reason);
	}

	/** What the department that returned a case is told about it. */
	@Transactional(readOnly = true)
	CasesApi.Disputed disputed(long id) {
		Case c = cases.find(id).orElseThrow(() -> new NoSuchRecord("case " + id));
		return new CasesApi.Disputed(c.id(), c.number(), c.status(), c.disputes());
	}

	public void start(long id, CurrentUser user) {
		Case c = departmentCase(id, user);
		CaseStatus before = c.status();
		c.start(clock.instant());
		save(c, user, "start", before, null);
	}

	/** Photos of the work (department, while handling) or of the verification (grid officer). */
	public void addPhotos(long id, List<MultipartFile> files, CurrentUser user) {
		List<Photo> checked = check(files);
		if (checked.isEmpty()) {
			throw new RuleBroken("photos", "请选择照片 / choose a photo");
		}
		Case c;
		Case.PhotoStage stage;
		if (user.role() == Role.GRID_OFFICER) {
			c = verifierCase(id, user);
			stage = Case.PhotoStage.VERIFICATION;
		}
		else {
			c = departmentCase(id, user);
			stage = Case.PhotoStage.HANDLING;
		}
		c.requireAcceptsPhotos(stage);
		long stepId = step(c.id(), user.getUsername(), "photos", c.status(), c.status(), checked.size() + " 张照片");
		attach(c.id(), stepId, stage, checked, user.getUsername());
		audit.record(AuditEvent.of("case.photos", "case", c.number(), null, Map.of("photos", checked.size(),
				"stage", stage.name())));
	}

	/** 反馈: the department reports the case done, optionally with photos. */
	public void feedback(long id, String note, List<MultipartFile> files, CurrentUser user) {
		List<Photo> checked = check(files);
		if (note == null || note.isBlank()) {
			throw new RuleBroken("note", "请填写处置情况 / describe what was done");
		}
		Case c = departmentCase(id, user);
		Instant now = clock.instant();
		c.feedback(now, now.plus(Duration.ofHours(properties.verificationHours())));
		long stepId = save(c, user, "feedback", CaseStatus.HANDLING, note.strip());
		attach(c.id(), stepId, Case.PhotoStage.HANDLING, checked, user.getUsername());
	}

	/** 核查: the cell's grid officer verifies on site; failure sends it back to the department (返工). */
	public void verify(long id, boolean passed, String note, List<MultipartFile> files, CurrentUser user) {
		List<Photo> checked = check(files);
		Case c = verifierCase(id, user);
		Instant now = clock.instant();
		long stepId;
		if (passed) {
			c.pass(now, now.plus(Duration.ofHours(properties.closingHours())));
			stepId = save(c, user, "verify-pass", CaseStatus.FEEDBACK, note == null || note.isBlank() ? null : note.strip());
		}
		else {
			Classification.CaseClass caseClass = classification.find(c.classCode()).orElseThrow();
			c.fail(note, now, classification.handlingDue(caseClass, now));
			stepId = save(c, user, "verify-fail", CaseStatus.FEEDBACK, note.strip());
			notices.tell(Role.CLERK, c.departmentId(), c.id(), "案件 " + c.number() + " 核查未通过，请返工：" + note.strip());
		}
		attach(c.id(), stepId, Case.PhotoStage.VERIFICATION, checked, user.getUsername());
	}

	/** 结案. */
	public void close(long id, CurrentUser user) {
		Case c = operatorCase(id, user);
		c.close(clock.instant());
		save(c, user, "close", CaseStatus.VERIFIED, null);
	}

	/** 延期申请 by the department. */
	public void requestExtension(long id, Instant until, String reason, CurrentUser user) {
		Case c = departmentCase(id, user);
		c.requestExtension(until, reason, clock.instant());
		save(c, user, "extension-request", c.status(), "申请延期至 " + Views.format(until) + "：" + reason.strip());
		notices.tell(Role.OPERATOR, null, c.id(), "案件 " + c.number() + " 申请延期至 " + Views.format(until) + "，请审批。");
	}

	/** 延期审批 by the operator. */
	public void decideExtension(long id, boolean approved, String note, CurrentUser user) {
		Case c = operatorCase(id, user);
		Instant until = c.extensionUntil();
		c.decideExtension(approved, clock.instant());
		String text = (approved ? "同意延期至 " + Views.format(until) : "不同意延期")
				+ (note == null || note.isBlank() ? "" : "：" + note.strip());
		save(c, user, approved ? "extension-approved" : "extension-refused", c.status(), text);
		notices.tell(Role.CLERK, c.departmentId(), c.id(), "案件 " + c.number() + " " + text);
	}

	private List<Photo> check(List<MultipartFile> files) {
		List<MultipartFile> given = files == null ? List.of() : files.stream().filter(f -> f != null && !f.isEmpty()).toList();
		if (given.size() > MAX_PHOTOS) {
			throw new RuleBroken("photos", "一次最多上传 " + MAX_PHOTOS + " 张照片 / at most " + MAX_PHOTOS + " photos");
		}
		List<Photo> checked = new ArrayList<>();
		for (MultipartFile file : given) {
			if (file.getSize() > properties.photoMaxBytes()) {
				throw new RuleBroken("photos", "照片超过 " + properties.photoMaxBytes() / 1024 / 1024
						+ " MB / photo larger than " + properties.photoMaxBytes() + " bytes");
			}
			byte[] content;
			try {
				content = file.getBytes();
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
			FileTypes.FileType type = FileTypes.detect(content)
				.filter(t -> t == FileTypes.FileType.JPEG || t == FileTypes.FileType.PNG)
				.orElseThrow(() -> new RuleBroken("photos", "照片内容须为 JPEG 或 PNG / a photo must be JPEG or PNG"));
			String name = file.getOriginalFilename() == null || file.getOriginalFilename().isBlank() ? "photo"
					: file.getOriginalFilename();
			checked.add(new Photo(name.length() > 200 ? name.substring(name.length() - 200) : name, type, content));
		}
		return checked;
	}

	private void attach(long caseId, long stepId, Case.PhotoStage stage, List<Photo> checked, String by) {
		for (Photo photo : checked) {
			jdbc.sql("""
					insert into cityops.case_photo (case_id, step_id, stage, filename, content_type, size_bytes, sha256,
					    storage_path, uploaded_by, uploaded_at)
					values (:case, :step, :stage, :name, :type, :size, :sha, :path, :by, :at)
					""")
				.param("case", caseId)
				.param("step", stepId)
				.param("stage", stage.name())
				.param("name", photo.filename())
				.param("type", photo.type().name())
				.param("size", photo.content().length)
				.param("sha", PhotoStore.sha256(photo.content()))
				.param("path", photos.store(photo.content()))
				.param("by", by)
				.param("at", Timestamp.from(clock.instant()))
				.update();
		}
	}

	private void record(long caseId, Report report, boolean merged) {
		jdbc.sql("""
				insert into cityops.case_report (case_id, merged, source, reporter, description, longitude, latitude, reported_at)
				values (:case, :merged, :source, :reporter, :description, :lng, :lat, :at)
				""")
			.param("case", caseId)
			.param("merged", merged)
			.param("source", report.source().name())
			.param("reporter", report.reporter())
			.param("description", report.description())
			.param("lng", report.longitude())
			.param("lat", report.latitude())
			.param("at", Timestamp.from(report.at()))
			.update();
	}

	private long save(Case c, CurrentUser user, String action, CaseStatus before, String note) {
		cases.save(c);
		long stepId = step(c.id(), user.getUsername(), action, before, c.status(), note);
		audit.record(AuditEvent.of("case." + action, "case", c.number(), Map.of("status", before.name()),
				Map.of("status", c.status().name(), "note", note == null ? "" : note)));
		return stepId;
	}

	long step(long caseId, String actor, String action, CaseStatus from, CaseStatus to, String note) {
		return jdbc.sql("""
				insert into cityops.case_step (case_id, at, actor, action, from_status, to_status, note)
				values (:case, :at, :actor, :action, :from, :to, :note) returning id
				""")
			.param("case", caseId)
			.param("at", Timestamp.from(clock.instant()))
			.param("actor", actor)
			.param("action", action)
			.param("from", from == null ? null : from.name())
			.param("to", to.name())
			.param("note", note)
			.query(Long.class)
			.single();
	}

	private String nextNumber() {
		LocalDate today = LocalDate.now(clock.withZone(Classification.ZONE));
		long sequence = jdbc.sql("select nextval('cityops.case_number_seq')").query(Long.class).single();
		return String.format("CG-%s-%04d", today.toString().replace("-", ""), sequence);
	}

	private Case operatorCase(long id, CurrentUser user) {
		if (user.role() != Role.OPERATOR) {
			throw new AccessDeniedException("the operations centre files, dispatches and closes cases");
		}
		return cases.find(id).orElseThrow(() -> new NoSuchRecord("case " + id));
	}

	private Case departmentCase(long id, CurrentUser user) {
		if (user.role() != Role.CLERK && user.role() != Role.DEPARTMENT_LEAD) {
			throw new AccessDeniedException("the department's staff handle cases");
		}
		return cases.find(id)
			.filter(c -> c.departmentId() != null && c.departmentId().equals(user.departmentId()))
			.orElseThrow(() -> new NoSuchRecord("case " + id));
	}

	/** The grid officers of the case's cell verify; where a cell has none, the operator does. */
	private Case verifierCase(long id, CurrentUser user) {
		if (user.role() != Role.GRID_OFFICER && user.role() != Role.OPERATOR) {
			throw new AccessDeniedException("grid officers verify cases");
		}
		Case c = cases.find(id).orElseThrow(() -> new NoSuchRecord("case " + id));
		if (user.role() == Role.GRID_OFFICER && !officers.isOfficerOf(user.id(), c.gridCellId())) {
			throw new NoSuchRecord("case " + id);
		}
		if (user.role() == Role.OPERATOR && officers.hasOfficers(c.gridCellId())) {
			throw new AccessDeniedException("the cell's grid officers verify");
		}
		return c;
	}

	/** A report to take in. */
	public record ReportCase(@NotBlank(message = "请选择案件类别 / class is required") String classCode,
			@NotBlank(message = "请描述问题 / description is required") @Size(max = 2000,
					message = "描述不超过 2000 字 / at most 2000 characters") String description,
			@NotNull(message = "请在地图上选点或填写经度 / longitude is required") @DecimalMin(value = "-180",
					message = "经度超出范围 / longitude out of range") @DecimalMax(value = "180",
							message = "经度超出范围 / longitude out of range") Double longitude,
			@NotNull(message = "请在地图上选点或填写纬度 / latitude is required") @DecimalMin(value = "-90",
					message = "纬度超出范围 / latitude out of range") @DecimalMax(value = "90",
							message = "纬度超出范围 / latitude out of range") Double latitude,
			CaseSource source) {
	}

	/**
	 * What became of a report.
	 *
	 * @param caseId the case it opened, or the open case it was merged into
	 * @param number that case's number
	 * @param merged whether it was merged into an open case nearby
	 * @param message what to tell the reporter, e.g. 已合并至 案件 CG-20261129-0001
	 */
	public record Reported(long caseId, String number, boolean merged, String message) {
	}

	record Duplicate(long id, String number, double distanceMetres) {
	}

	private record Report(CaseSource source, String classCode, String description, double longitude, double latitude,
			GridCellSummary cell, String reporter, Long reporterUserId, String reporterRole, Instant at) {
	}

	private record Photo(String filename, FileTypes.FileType type, byte[] content) {
	}

}
