package org.chengxiang.cityops.cases;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
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
import org.chengxiang.directory.Directory;
import org.chengxiang.directory.DivisionSummary;
import org.chengxiang.directory.GridCellSummary;
import org.chengxiang.platform.audit.AuditEvent;
import org.chengxiang.platform.audit.AuditTrail;
import org.chengxiang.platform.domain.RuleBroken;
import org.chengxiang.platform.domain.Text;
import org.chengxiang.platform.security.CurrentUser;
import org.chengxiang.platform.web.Uploads;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.multipart.MultipartFile;

/**
 * Where reports come in (信息收集): from the street, the hotline, residents and sensor alarms. A report near an open
 * case of the same class is merged into that case instead of opening another; alarm updates and clearing are
 * written on the timeline of the case the alarm opened.
 */
@Service
@Transactional
class CaseIntake {

	/** The actor of what the platform itself does: a sensor alarm's report, an escalation. */
	static final String SYSTEM = "system";

	private static final Logger log = LoggerFactory.getLogger(CaseIntake.class);

	private final Cases cases;

	private final Classification classification;

	private final GridLocator locator;

	private final Directory directory;

	private final CasePhotos photos;

	private final CaseTimeline timeline;

	private final AuditTrail audit;

	private final JdbcClient jdbc;

	private final CaseProperties properties;

	private final Clock clock;

	CaseIntake(Cases cases, Classification classification, GridLocator locator, Directory directory,
			CasePhotos photos, CaseTimeline timeline, AuditTrail audit, JdbcClient jdbc, CaseProperties properties,
			Clock clock) {
		this.cases = cases;
		this.classification = classification;
		this.locator = locator;
		this.directory = directory;
		this.photos = photos;
		this.timeline = timeline;
		this.audit = audit;
		this.jdbc = jdbc;
		this.properties = properties;
		this.clock = clock;
	}

	/**
	 * A report from a grid officer (巡查), the hotline operator (12345) or a resident, with its photos. Near an open
	 * case of the same class it is merged into that case instead of opening another.
	 */
	Reported report(ReportCase command, List<MultipartFile> files, CurrentUser user) {
		if (command.source() == CaseSource.SENSOR) {
			throw RuleBroken.at("source", "cityops.case.rule.sensorSource");
		}
		CaseSource source = switch (user.role()) {
			case GRID_OFFICER -> CaseSource.GRID_PATROL;
			case OPERATOR -> command.source() == CaseSource.GRID_PATROL ? CaseSource.GRID_PATROL : CaseSource.HOTLINE_12345;
			case RESIDENT -> CaseSource.RESIDENT;
			default -> throw new IllegalArgumentException("no report source for the role " + user.role());
		};
		Classification.CaseClass caseClass = classification.reportable(command.classCode());
		GridCellSummary cell = locator.cellAt(command.longitude(), command.latitude())
			.orElseThrow(() -> RuleBroken.at("longitude", "cityops.case.rule.outsideGrid"));
		List<Uploads.Upload> checked = photos.check(files);
		return open(new Report(source, caseClass.code(), command.description().strip(), command.longitude(),
				command.latitude(), cell, user.getUsername(), user.id(), user.role().name(), clock.instant()), checked);
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
		Reported reported = open(new Report(CaseSource.SENSOR, caseClass.get().code(), alarm.summary(),
				alarm.longitude(), alarm.latitude(), cell.get(), SYSTEM, null, null,
				alarm.raisedAt() == null ? clock.instant() : alarm.raisedAt()), List.of());
		jdbc.sql("insert into cityops.case_alarm (alarm_id, case_id, linked_at) values (:a, :c, :at) on conflict do nothing")
			.param("a", alarm.alarmId())
			.param("c", reported.caseId())
			.param("at", Timestamp.from(clock.instant()))
			.update();
		if (reported.merged()) {
			cases.findById(reported.caseId())
				.ifPresent(c -> timeline.note(c.id(), SYSTEM, "alarm-linked", c.status(), c.status(),
						Text.of("cityops.case.note.alarmLinked", alarm.alarmId(), alarm.summary())));
		}
	}

	void alarmUpdated(AlarmUpdated alarm) {
		caseOfAlarm(alarm.alarmId()).flatMap(cases::findById)
			.ifPresent(c -> timeline.note(c.id(), SYSTEM, "alarm-updated", c.status(), c.status(),
					Text.of("cityops.case.note.alarmUpdated", alarm.alarmId(),
							Text.of("cityops.dashboard.severity." + alarm.severity().name()), alarm.summary())));
	}

	void alarmCleared(AlarmCleared alarm) {
		caseOfAlarm(alarm.alarmId()).flatMap(cases::findById)
			.ifPresent(c -> timeline.note(c.id(), SYSTEM, "alarm-cleared", c.status(), c.status(),
					Text.of("cityops.case.note.alarmCleared", alarm.summary())));
	}

	private Optional<Long> caseOfAlarm(long alarmId) {
		return jdbc.sql("select case_id from cityops.case_alarm where alarm_id = :a")
			.param("a", alarmId)
			.query(Long.class)
			.optional();
	}

	private Reported open(Report report, List<Uploads.Upload> checked) {
		// one report at a time per class, so two reports of the same thing cannot both open a case
		jdbc.sql("select count(*) from (select pg_advisory_xact_lock(hashtext(:key))) locked")
			.param("key", "cityops.case:" + report.classCode())
			.query(Integer.class)
			.single();
		Text note = Text.of("cityops.case.note.reported", Text.of("cityops.case.source." + report.source().name()),
				report.description());
		Optional<Duplicate> duplicate = duplicateOf(report.classCode(), report.longitude(), report.latitude());
		if (duplicate.isPresent()) {
			Case original = cases.findById(duplicate.get().id()).orElseThrow();
			record(original.id(), report, true);
			long stepId = timeline.note(original.id(), report.reporter(), "merged", original.status(), original.status(),
					note);
			photos.attach(original.id(), stepId, Case.PhotoStage.REPORT, checked, report.reporter());
			audit.record(AuditEvent.of("case.report-merged", "case", original.number(), null,
					Map.of("source", report.source().name(), "reporter", report.reporter())));
			return new Reported(original.id(), original.number(), true);
		}
		String township = directory.division(report.cell().divisionCode()).map(DivisionSummary::parentCode).orElse(null);
		Case c = cases.save(Case.report(nextNumber(), report, township,
				report.at().plus(Duration.ofHours(properties.filingHours()))));
		record(c.id(), report, false);
		long stepId = timeline.note(c.id(), report.reporter(), "report", null, CaseStatus.REPORTED, note);
		photos.attach(c.id(), stepId, Case.PhotoStage.REPORT, checked, report.reporter());
		audit.record(AuditEvent.of("case.reported", "case", c.number(), null, Map.of("status", "REPORTED", "class",
				report.classCode(), "cell", report.cell().code(), "source", report.source().name())));
		return new Reported(c.id(), c.number(), false);
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

	private String nextNumber() {
		LocalDate today = LocalDate.now(clock);
		long sequence = jdbc.sql("select nextval('cityops.case_number_seq')").query(Long.class).single();
		return String.format("CG-%s-%04d", today.toString().replace("-", ""), sequence);
	}

	/** A report to take in. */
	record ReportCase(@NotBlank(message = "{cityops.case.rule.classCode}") String classCode,
			@NotBlank(message = "{cityops.case.rule.description}") @Size(max = 2000,
					message = "{cityops.case.rule.descriptionLength}") String description,
			@NotNull(message = "{cityops.case.rule.longitude}") @DecimalMin(value = "-180",
					message = "{cityops.case.rule.longitudeRange}") @DecimalMax(value = "180",
							message = "{cityops.case.rule.longitudeRange}") Double longitude,
			@NotNull(message = "{cityops.case.rule.latitude}") @DecimalMin(value = "-90",
					message = "{cityops.case.rule.latitudeRange}") @DecimalMax(value = "90",
							message = "{cityops.case.rule.latitudeRange}") Double latitude,
			CaseSource source) {
	}

	/**
	 * What became of a report.
	 *
	 * @param caseId the case it opened, or the open case it was merged into
	 * @param number that case's number
	 * @param merged whether it was merged into an open case nearby
	 */
	record Reported(long caseId, String number, boolean merged) {

		/** What to tell the reporter. */
		Text message() {
			return Text.of(merged ? "cityops.case.flash.merged" : "cityops.case.flash.reported", number);
		}

	}

	record Duplicate(long id, String number, double distanceMetres) {
	}

}
