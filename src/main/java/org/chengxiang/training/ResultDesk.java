package org.chengxiang.training;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.chengxiang.platform.audit.AuditEvent;
import org.chengxiang.platform.audit.AuditTrail;
import org.chengxiang.platform.domain.RuleBroken;
import org.chengxiang.platform.security.CurrentUser;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The exam results of a class's roster and the certificates of those who passed, recorded on one form. A certificate
 * is of the kind the class's level gives, its number 6 to 40 capital letters, digits or hyphens and unique in the
 * city, its date within the class or after it and not in the future. Every problem of the form is reported at once.
 */
@Service
@Transactional
class ResultDesk {

	static final Pattern CERTIFICATE_NUMBER = Pattern.compile("^[A-Z0-9-]{6,40}$");

	private final ClassDesk classes;

	private final JdbcClient jdbc;

	private final AuditTrail audit;

	private final Clock clock;

	ResultDesk(ClassDesk classes, JdbcClient jdbc, AuditTrail audit, Clock clock) {
		this.classes = classes;
		this.jdbc = jdbc;
		this.audit = audit;
		this.clock = clock;
	}

	void record(long classId, List<ResultForm.Line> lines, CurrentUser user) {
		TrainingClass c = classes.mine(classId, user);
		c.requireOpen();
		LocalDate today = LocalDate.now(clock);
		Set<Long> roster = new HashSet<>(jdbc.sql("select id from training.enrolment where class_id = :c")
			.param("c", classId).query(Long.class).list());
		List<RuleBroken.Problem> problems = new ArrayList<>();
		Map<String, Integer> numbers = new HashMap<>();
		List<ResultForm.Line> checked = new ArrayList<>();
		for (int i = 0; i < lines.size(); i++) {
			ResultForm.Line line = lines.get(i);
			String at = "lines[" + i + "].";
			if (line.getEnrolmentId() == null || !roster.contains(line.getEnrolmentId())) {
				problems.add(RuleBroken.Problem.at(at + "enrolmentId", "training.result.enrolment.required"));
				continue;
			}
			String number = line.getCertificateNumber() == null || line.getCertificateNumber().isBlank() ? null
					: line.getCertificateNumber().strip().toUpperCase(Locale.ROOT);
			if (line.getOutcome() != ResultOutcome.PASSED) {
				if (number != null || line.getCertifiedOn() != null) {
					problems.add(RuleBroken.Problem.at(at + "certificateNumber", "training.result.certificate.notPassed"));
				}
				checked.add(new ResultForm.Line(line.getEnrolmentId(), line.getOutcome(), null, null));
				continue;
			}
			int before = problems.size();
			if (number == null) {
				problems.add(RuleBroken.Problem.at(at + "certificateNumber", "training.result.certificate.required"));
			}
			else if (!CERTIFICATE_NUMBER.matcher(number).matches()) {
				problems.add(RuleBroken.Problem.at(at + "certificateNumber", "training.result.certificate.pattern"));
			}
			else if (numbers.putIfAbsent(number, i) != null) {
				problems.add(RuleBroken.Problem.at(at + "certificateNumber", "training.result.certificate.twice", number));
			}
			else if (takenElsewhere(number, line.getEnrolmentId())) {
				problems.add(RuleBroken.Problem.at(at + "certificateNumber", "training.result.certificate.taken", number));
			}
			if (line.getCertifiedOn() == null) {
				problems.add(RuleBroken.Problem.at(at + "certifiedOn", "training.result.certifiedOn.required"));
			}
			else {
				try {
					c.requireCertificateDate(at + "certifiedOn", line.getCertifiedOn(), today);
				}
				catch (RuleBroken ex) {
					problems.addAll(ex.problems());
				}
			}
			if (problems.size() == before) {
				checked.add(new ResultForm.Line(line.getEnrolmentId(), ResultOutcome.PASSED, number, line.getCertifiedOn()));
			}
		}
		if (!problems.isEmpty()) {
			throw new RuleBroken(problems);
		}
		// numbers may move between trainees of one form: clear them all first, as each is unique at every row
		for (ResultForm.Line line : checked) {
			jdbc.sql("""
					update training.enrolment set certificate_number = null, certificate_kind = null, certified_on = null
					where id = :id
					""").param("id", line.getEnrolmentId()).update();
		}
		for (ResultForm.Line line : checked) {
			boolean passed = line.getOutcome() == ResultOutcome.PASSED;
			jdbc.sql("""
					update training.enrolment set exam_result = :result, certificate_kind = :kind,
						certificate_number = :number, certified_on = :on, version = version + 1
					where id = :id
					""")
				.param("result", line.getOutcome() == null ? null : line.getOutcome().name())
				.param("kind", passed ? c.level().certificate().name() : null)
				.param("number", line.getCertificateNumber())
				.param("on", line.getCertifiedOn())
				.param("id", line.getEnrolmentId())
				.update();
		}
		audit.record(AuditEvent.of("training.results.recorded", "TrainingClass", classId, null, checked.size()));
	}

	private boolean takenElsewhere(String number, long enrolmentId) {
		return jdbc.sql("select exists (select 1 from training.enrolment where certificate_number = :n and id <> :id)")
			.param("n", number).param("id", enrolmentId).query(Boolean.class).single();
	}

}
