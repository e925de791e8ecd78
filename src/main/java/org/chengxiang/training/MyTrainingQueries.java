package org.chengxiang.training;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;

import org.chengxiang.directory.Directory;
import org.chengxiang.platform.crypto.PersonalDataProtector;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A resident's own trainings and certificates, found by the blind index of the ID number the directory holds for
 * their account (never by name): nobody else's records can match.
 */
@Service
@Transactional(readOnly = true)
class MyTrainingQueries {

	private final JdbcClient jdbc;

	private final Directory directory;

	private final PersonalDataProtector protector;

	MyTrainingQueries(JdbcClient jdbc, Directory directory, PersonalDataProtector protector) {
		this.jdbc = jdbc;
		this.directory = directory;
		this.protector = protector;
	}

	/** The resident's classes, latest first; none when the account holds no ID number. */
	List<MyTraining> of(long userId) {
		return directory.resident(userId)
			.filter(identity -> identity.idNumber() != null && !identity.idNumber().isBlank())
			.map(identity -> trainings(protector.personKey(identity.idNumber()).bytes()))
			.orElse(List.of());
	}

	private List<MyTraining> trainings(byte[] personKey) {
		return jdbc.sql("""
				select e.id, k.name as class_name, p.name as provider, o.name as occupation, k.level, k.training_type,
					k.starts_on, k.ends_on, k.status, e.exam_result, e.certificate_kind, e.certificate_number,
					e.certified_on,
					(select sum(s.hours) from training.session s where s.class_id = k.id) as held,
					(select sum(s.hours) from training.session s
						join training.attendance a on a.session_id = s.id
						where a.enrolment_id = e.id and a.present) as present
				from training.trainee t
				join training.enrolment e on e.trainee_id = t.id
				join training.training_class k on k.id = e.class_id
				join training.provider p on p.id = k.provider_id
				join training.occupation o on o.code = k.occupation_code
				where t.person_key = :key and k.status <> 'CANCELLED'
				order by k.starts_on desc, e.id desc
				""")
			.param("key", personKey)
			.query((rs, n) -> new MyTraining(rs.getLong("id"), rs.getString("class_name"), rs.getString("provider"),
					rs.getString("occupation"), SkillLevel.valueOf(rs.getString("level")),
					TrainingType.valueOf(rs.getString("training_type")), rs.getObject("starts_on", LocalDate.class),
					rs.getObject("ends_on", LocalDate.class), rs.getString("status"),
					percent(rs.getBigDecimal("present"), rs.getBigDecimal("held")), rs.getString("exam_result"),
					rs.getString("certificate_kind"), rs.getString("certificate_number"),
					rs.getObject("certified_on", LocalDate.class)))
			.list();
	}

	private static Integer percent(BigDecimal present, BigDecimal held) {
		if (held == null || held.signum() == 0) {
			return null;
		}
		BigDecimal attended = present == null ? BigDecimal.ZERO : present;
		return attended.multiply(BigDecimal.valueOf(100)).divide(held, 0, RoundingMode.HALF_UP).intValue();
	}

	/**
	 * One of the resident's classes with its result and certificate.
	 *
	 * @param classStatus FILED, CLOSED
	 * @param attendancePercent the hours attended of the sessions held, in percent; {@code null} before any session
	 * @param result PASSED, FAILED, or {@code null} before the exam
	 * @param certificateKind SKILL_LEVEL or SPECIAL_ABILITY, {@code null} without a certificate
	 */
	record MyTraining(long id, String className, String provider, String occupation, SkillLevel level,
			TrainingType type, LocalDate startsOn, LocalDate endsOn, String classStatus, Integer attendancePercent,
			String result, String certificateKind, String certificateNumber, LocalDate certifiedOn) {
	}

}
