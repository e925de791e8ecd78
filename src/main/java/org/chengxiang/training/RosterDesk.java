package org.chengxiang.training;

import java.io.ByteArrayInputStream;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

import org.chengxiang.platform.audit.AuditEvent;
import org.chengxiang.platform.audit.AuditTrail;
import org.chengxiang.platform.crypto.PersonKey;
import org.chengxiang.platform.crypto.PersonalDataProtector;
import org.chengxiang.platform.domain.NoSuchRecord;
import org.chengxiang.platform.domain.RuleBroken;
import org.chengxiang.platform.domain.StepRefused;
import org.chengxiang.platform.security.CurrentUser;
import org.chengxiang.platform.web.FileTypes;
import org.chengxiang.platform.web.Spreadsheets;
import org.chengxiang.platform.web.Uploads;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.multipart.MultipartFile;

/**
 * A class's roster: one trainee added by hand, a roster sheet staged for a preview and then confirmed or discarded,
 * a trainee removed. Seats follow the existing ones in the order of confirmation; whether each trainee is a migrant
 * worker is decided as they are enrolled.
 */
@Service
@Transactional
class RosterDesk {

	static final Uploads.Rules SHEET = Uploads.Rules.one("file", 2L * 1024 * 1024,
			Set.of(FileTypes.FileType.OFFICE_PACKAGE));

	private final ClassDesk classes;

	private final RosterImports imports;

	private final RosterHukouWords hukouWords;

	private final TraineeRegistry trainees;

	private final MigrantWorkers migrantWorkers;

	private final PersonalDataProtector protector;

	private final JdbcClient jdbc;

	private final AuditTrail audit;

	private final Clock clock;

	RosterDesk(ClassDesk classes, RosterImports imports, RosterHukouWords hukouWords, TraineeRegistry trainees,
			MigrantWorkers migrantWorkers, PersonalDataProtector protector, JdbcClient jdbc, AuditTrail audit,
			Clock clock) {
		this.classes = classes;
		this.imports = imports;
		this.hukouWords = hukouWords;
		this.trainees = trainees;
		this.migrantWorkers = migrantWorkers;
		this.protector = protector;
		this.jdbc = jdbc;
		this.audit = audit;
		this.clock = clock;
	}

	/** One trainee added by hand; the enrolment's id. */
	long enrol(long classId, TraineeForm form, CurrentUser user) {
		TrainingClass c = classes.mine(classId, user);
		c.requireOpen();
		String idNumber = PersonalDataProtector.normalizeIdNumber(form.idNumber());
		PersonKey person = protector.personKey(idNumber);
		if (onRoster(classId).test(person)) {
			throw RuleBroken.at("idNumber", "training.roster.already");
		}
		String phone = form.phone() == null || form.phone().isBlank() ? null
				: PersonalDataProtector.normalizePhone(form.phone());
		List<Long> ids = enrolAll(c, List.of(new RosterImports.Newcomer(0, person, protector.encrypt(idNumber),
				form.name().strip(), protector.encrypt(phone), form.hukouKind())));
		audit.record(AuditEvent.of("training.roster.enrolled", "TrainingClass", classId, null, ids.get(0)));
		return ids.get(0);
	}

	/** A roster sheet read and staged for its preview; the import's id. Nothing goes on the roster yet. */
	long upload(long classId, MultipartFile file, CurrentUser user) {
		TrainingClass c = classes.mine(classId, user);
		c.requireOpen();
		Uploads.Upload upload = Uploads.required(file, SHEET, "roster.xlsx");
		List<Spreadsheets.SheetRow> rows = Spreadsheets.read(new ByteArrayInputStream(upload.content()));
		RosterSheet.Parsed parsed = RosterSheet.read(rows, protector, hukouWords::of, onRoster(classId));
		return imports.stage(classId, user.getUsername(), clock.instant(), upload.filename(), lastSeat(classId), parsed);
	}

	/** The good rows of a pending import put on the roster, unless the roster changed since its preview; how many. */
	int confirm(long classId, long importId, CurrentUser user) {
		TrainingClass c = classes.mine(classId, user);
		c.requireOpen();
		RosterImports.Staged staged = imports.find(importId, classId)
			.orElseThrow(() -> new NoSuchRecord("roster import " + importId));
		if (!"PENDING".equals(staged.status()) || staged.lastSeat() != lastSeat(classId)) {
			throw StepRefused.because("training.roster.import.stale");
		}
		List<RosterImports.Newcomer> newcomers = imports.good(importId);
		if (newcomers.isEmpty()) {
			throw StepRefused.because("training.roster.import.nothing");
		}
		enrolAll(c, newcomers);
		if (!imports.settle(importId, "CONFIRMED")) {
			throw StepRefused.because("training.roster.import.stale");
		}
		audit.record(AuditEvent.of("training.roster.imported", "TrainingClass", classId, null,
				importId + ": " + newcomers.size()));
		return newcomers.size();
	}

	void discard(long classId, long importId, CurrentUser user) {
		classes.mine(classId, user);
		imports.find(importId, classId).orElseThrow(() -> new NoSuchRecord("roster import " + importId));
		if (!imports.settle(importId, "DISCARDED")) {
			throw StepRefused.because("training.roster.import.stale");
		}
	}

	/** A trainee taken off while the class is filed and none of their attendance is recorded. */
	void remove(long classId, long enrolmentId, CurrentUser user) {
		TrainingClass c = classes.mine(classId, user);
		c.requireOpen();
		Integer seat = jdbc.sql("select seat from training.enrolment where id = :id and class_id = :class")
			.param("id", enrolmentId).param("class", classId).query(Integer.class).optional()
			.orElseThrow(() -> new NoSuchRecord("enrolment " + enrolmentId));
		if (jdbc.sql("select exists (select 1 from training.attendance where enrolment_id = :id)")
			.param("id", enrolmentId).query(Boolean.class).single()) {
			throw StepRefused.because("training.roster.remove.attended");
		}
		jdbc.sql("delete from training.enrolment where id = :id").param("id", enrolmentId).update();
		// the seats after it move up one, through numbers no seat has, as the seats are unique at every row
		jdbc.sql("update training.enrolment set seat = seat + 1000000 where class_id = :class and seat > :seat")
			.param("class", classId).param("seat", seat).update();
		jdbc.sql("update training.enrolment set seat = seat - 1000001 where class_id = :class and seat > 1000000")
			.param("class", classId).update();
		audit.record(AuditEvent.of("training.roster.removed", "TrainingClass", classId, enrolmentId, null));
	}

	private List<Long> enrolAll(TrainingClass c, List<RosterImports.Newcomer> newcomers) {
		Map<PersonKey, TraineeHukou> declared = new LinkedHashMap<>();
		newcomers.forEach(n -> declared.put(n.person(), n.hukou()));
		Set<PersonKey> migrants = migrantWorkers.among(declared, c.startsOn());
		int seat = lastSeat(c.id());
		List<Long> ids = new java.util.ArrayList<>();
		for (RosterImports.Newcomer n : newcomers) {
			long trainee = trainees.enter(n.person(), n.idNumberEnc(), n.name(), n.phoneEnc(), n.hukou());
			ids.add(jdbc.sql("""
					insert into training.enrolment (class_id, trainee_id, seat, migrant_worker)
					values (:class, :trainee, :seat, :migrant) returning id
					""").param("class", c.id()).param("trainee", trainee).param("seat", ++seat)
				.param("migrant", migrants.contains(n.person())).query(Long.class).single());
		}
		return ids;
	}

	private int lastSeat(long classId) {
		return jdbc.sql("select coalesce(max(seat), 0) from training.enrolment where class_id = :class")
			.param("class", classId).query(Integer.class).single();
	}

	private Predicate<PersonKey> onRoster(long classId) {
		Set<PersonKey> present = new java.util.HashSet<>(jdbc.sql("""
				select t.person_key from training.enrolment e join training.trainee t on t.id = e.trainee_id
				where e.class_id = :class
				""").param("class", classId).query((rs, n) -> PersonKey.of(rs.getBytes(1))).list());
		return present::contains;
	}

}
