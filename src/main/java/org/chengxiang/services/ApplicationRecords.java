package org.chengxiang.services;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.chengxiang.directory.Directory;
import org.chengxiang.directory.PersonName;
import org.chengxiang.platform.crypto.Masking;
import org.chengxiang.platform.crypto.PersonalDataProtector;
import org.chengxiang.platform.domain.NoSuchRecord;
import org.chengxiang.platform.security.CurrentUser;
import org.chengxiang.platform.web.ReaderTexts;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * One application in full, for its applicant or a clerk of its department: its record, materials, the correction
 * asked for, and its timeline. Anyone else finds nothing (404), as for an application that does not exist.
 */
@Service
@Transactional(readOnly = true)
class ApplicationRecords {

	private final Applications applications;

	private final JdbcClient jdbc;

	private final PersonalDataProtector protector;

	private final Directory directory;

	ApplicationRecords(Applications applications, JdbcClient jdbc, PersonalDataProtector protector,
			Directory directory) {
		this.applications = applications;
		this.jdbc = jdbc;
		this.protector = protector;
		this.directory = directory;
	}

	private Application visible(long id, CurrentUser user) {
		return applications.findVisible(id, user)
			.orElseThrow(() -> new NoSuchRecord("application " + id));
	}

	/** Where an application stands, for a client that does not need it in full after each step. */
	Outcome outcome(long id, CurrentUser user) {
		Application application = visible(id, user);
		return new Outcome(application.id(), application.number(), application.status(),
				ReaderTexts.of(Application.label(application.status())), application.version());
	}

	/** The id of the application with this number, if the user may see it; otherwise not found, as for an id. */
	long idOf(String number, CurrentUser user) {
		return applications.findVisibleByNumber(number, user)
			.map(Application::id)
			.orElseThrow(() -> new NoSuchRecord("application " + number));
	}

	/** An application in full, for its applicant or a clerk of its department. */
	Detail detail(long id, CurrentUser user) {
		Application application = visible(id, user);
		String itemName = jdbc.sql("select name from services.item where code = :code")
			.param("code", application.itemCode())
			.query(String.class)
			.single();
		List<Step> recorded = timeline(id);
		List<String> people = new ArrayList<>(recorded.stream().map(Step::actor).toList());
		if (application.claimedBy() != null) {
			people.add(application.claimedBy());
		}
		Map<String, PersonName> names = directory.names(people);
		List<Step> steps = recorded.stream()
			.map(t -> new Step(t.at(), t.actor(), names.get(t.actor()), t.action(), t.status(), t.note()))
			.toList();
		Optional<String> correction = jdbc.sql("""
				select missing from services.correction where application_id = :id order by id desc limit 1
				""").param("id", id).query(String.class).optional();
		return new Detail(application.id(), application.number(), application.itemCode(), itemName,
				application.applicantName(), Masking.idNumber(protector.decrypt(application.applicantIdEnc())),
				application.status(), ReaderTexts.of(Application.label(application.status())),
				application.submittedAt(), application.acceptedOn(), application.deadline(),
				application.pausedWorkingDays(), application.decidedAt(), application.decisionReason(),
				application.decisionBasis(), application.decisionOpinion(), application.workingDays(),
				application.rating(), application.ratingComment(), application.claimedBy(),
				application.claimedBy() == null ? null : names.get(application.claimedBy()),
				correction.map(c -> List.of(c.split("\n"))).orElse(List.of()), materials(application), steps,
				application.version());
	}

	private List<Step> timeline(long id) {
		return jdbc.sql("select * from services.application_step where application_id = :id order by id")
			.param("id", id)
			.query((rs, n) -> new Step(rs.getTimestamp("at").toInstant(), rs.getString("actor"), null,
					rs.getString("action"), rs.getString("to_status"), rs.getString("note")))
			.list();
	}

	private List<MaterialRow> materials(Application application) {
		return jdbc.sql("""
				select m.id, m.position, im.name, m.filename, m.content_type, m.size_bytes, m.sha256
				from services.application_material m
				join services.item_material im on im.item_code = :item and im.position = m.position
				where m.application_id = :id order by m.position
				""")
			.param("id", application.id())
			.param("item", application.itemCode())
			.query((rs, n) -> new MaterialRow(rs.getLong(1), rs.getInt(2), rs.getString(3), rs.getString(4),
					rs.getString(5), rs.getInt(6), rs.getString(7)))
			.list();
	}

	/**
	 * An application in full.
	 *
	 * @param decisionOpinion the clerk's opinion on approving (审批意见), if any
	 * @param claimedBy the login of the clerk who holds it
	 * @param clerk that clerk's name and unit
	 * @param version the version shown; an edit of the form sends it back, and is refused if it changed since
	 */
	record Detail(long id, String number, String itemCode, String itemName, String applicantName,
			String applicantIdMasked, ApplicationStatus status, String statusLabel, Instant submittedAt,
			LocalDate acceptedOn, LocalDate deadline, int pausedWorkingDays, Instant decidedAt, String decisionReason,
			String decisionBasis, String decisionOpinion, Integer workingDays, Integer rating, String ratingComment,
			String claimedBy, PersonName clerk, List<String> correction, List<MaterialRow> materials,
			List<Step> timeline, int version) {
	}

	/** An application's id, number, status and version. */
	record Outcome(long id, String number, ApplicationStatus status, String statusLabel, int version) {
	}

	/** An uploaded material. */
	record MaterialRow(long id, int position, String name, String filename, String contentType, int sizeBytes,
			String sha256) {
	}

	/**
	 * A step of the timeline.
	 *
	 * @param actor the login of who took it
	 * @param by their name and unit, as pages show them
	 */
	record Step(Instant at, String actor, PersonName by, String action, String status, String note) {
	}

}
