package org.chengxiang.training;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

import org.chengxiang.platform.crypto.GeneratedIdNumbers;
import org.chengxiang.platform.crypto.PersonKey;
import org.chengxiang.platform.crypto.PersonalDataProtector;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Classes, rosters, attendance and results for claim tests, written in SQL as the classes part of the module writes
 * them: each test makes its own occupation, so that nobody else's data meets its rules.
 */
final class ClaimFixtures {

	/** Sessions of a class, 10 hours each. */
	static final int SESSIONS = 10;

	private final JdbcClient jdbc;

	private final PersonalDataProtector protector;

	ClaimFixtures(JdbcClient jdbc, PersonalDataProtector protector) {
		this.jdbc = jdbc;
		this.protector = protector;
	}

	/**
	 * A trainee on the roster.
	 *
	 * @param idNumber their ID number
	 * @param attended of the {@value #SESSIONS} sessions, how many they attended
	 * @param passed whether they passed the exam with a certificate
	 */
	record Trainee(String idNumber, int attended, boolean passed) {

		static Trainee good() {
			return new Trainee(GeneratedIdNumbers.random(), SESSIONS, true);
		}

	}

	/** The provider of a directory body of kind TRAINING_PROVIDER, approved if it was not. */
	long provider(String departmentCode) {
		long department = jdbc.sql("select id from directory.department where code = :code")
			.param("code", departmentCode)
			.query(Long.class)
			.single();
		String credit = ("91210882" + Long.toString(department, 36).toUpperCase() + "XXXXXXXXXX").substring(0, 18);
		jdbc.sql("""
				insert into training.provider (department_id, name, credit_code, kind, licence_number, contact_name,
					approved_on, status)
				values (:department, :name, :credit, 'INSTITUTION', 'TEST', 'test', date '2020-01-01', 'APPROVED')
				on conflict do nothing
				""").param("department", department).param("name", "claims test " + departmentCode)
			.param("credit", credit)
			.update();
		return jdbc.sql("select id from training.provider where department_id = :department")
			.param("department", department)
			.query(Long.class)
			.single();
	}

	/** A new occupation of the catalogue, for this test only. */
	String occupation() {
		String code = "T" + Long.toString(ThreadLocalRandom.current().nextLong(1L << 40, 1L << 50), 36).toUpperCase();
		jdbc.sql("insert into training.occupation (code, name, kind) values (:code, '测试工种', 'OCCUPATION')")
			.param("code", code)
			.update();
		return code;
	}

	void standard(int year, BigDecimal amount, int minHours) {
		jdbc.sql("""
				insert into training.subsidy_standard (year, training_type, level, amount, min_hours)
				values (:year, 'UPGRADING', 'JUNIOR', :amount, :hours)
				on conflict (year, training_type, level) do update set amount = :amount, min_hours = :hours
				""").param("year", year).param("amount", amount).param("hours", minHours).update();
	}

	/**
	 * A closed UPGRADING class at JUNIOR level of 100 hours in {@value #SESSIONS} sessions, in May of the year,
	 * filed a week before it opened, with the trainees in seat order.
	 */
	long closedClass(long provider, String occupation, int year, int capacity, List<Trainee> trainees) {
		LocalDate starts = LocalDate.of(year, 5, 4);
		long classId = jdbc.sql("""
				insert into training.training_class (provider_id, name, occupation_code, level, training_type, hours,
					capacity, starts_on, ends_on, division_code, place, teacher, filed_at, filed_by, status, closed_on)
				values (:provider, '测试班', :occupation, 'JUNIOR', 'UPGRADING', 100, :capacity, :starts, :ends,
					'210882001001', '测试地点', '测试老师', :filed, 'school01', 'CLOSED', :ends)
				returning id
				""").param("provider", provider).param("occupation", occupation).param("capacity", capacity)
			.param("starts", starts).param("ends", starts.plusDays(20))
			.param("filed", OffsetDateTime.of(starts.minusDays(7).atTime(9, 0), ZoneOffset.ofHours(8)))
			.query(Long.class)
			.single();
		jdbc.sql("""
				insert into training.session (class_id, held_on, hours, topic)
				select :class, cast(:starts as date) + n, 10, '第' || n || '课' from generate_series(0, :sessions - 1) n
				""").param("class", classId).param("starts", starts).param("sessions", SESSIONS).update();
		int seat = 0;
		for (Trainee trainee : trainees) {
			seat++;
			long traineeId = trainee(trainee.idNumber());
			long enrolment = jdbc.sql("""
					insert into training.enrolment (class_id, trainee_id, seat, migrant_worker, exam_result,
						certificate_kind, certificate_number, certified_on)
					values (:class, :trainee, :seat, true, :result, :kind, :number, :on)
					returning id
					""").param("class", classId).param("trainee", traineeId).param("seat", seat)
				.param("result", trainee.passed() ? "PASSED" : "FAILED")
				.param("kind", trainee.passed() ? "SKILL_LEVEL" : null)
				.param("number", trainee.passed() ? "C" + classId + "-" + seat : null)
				.param("on", trainee.passed() ? starts.plusDays(20) : null)
				.query(Long.class)
				.single();
			jdbc.sql("""
					insert into training.attendance (session_id, enrolment_id, present)
					select s.id, :enrolment, row_number() over (order by s.held_on) <= :attended
					from training.session s where s.class_id = :class
					""").param("enrolment", enrolment).param("attended", trainee.attended()).param("class", classId)
				.update();
		}
		return classId;
	}

	/** The trainee of the ID number, made when new. */
	long trainee(String idNumber) {
		PersonKey key = protector.personKey(idNumber);
		jdbc.sql("""
				insert into training.trainee (person_key, id_number_enc, name, hukou_kind)
				values (:key, :enc, '测试学员', 'RURAL') on conflict (person_key) do nothing
				""").param("key", key.bytes()).param("enc", protector.encrypt(idNumber)).update();
		return jdbc.sql("select id from training.trainee where person_key = :key")
			.param("key", key.bytes())
			.query(Long.class)
			.single();
	}

	/** A subsidised training of the person in the past, as an earlier claim left it. */
	void subsidised(String idNumber, String occupation, String level, int year) {
		jdbc.sql("""
				insert into training.subsidised (person_key, occupation_code, level, year)
				values (:key, :occupation, :level, :year)
				""").param("key", protector.personKey(idNumber).bytes()).param("occupation", occupation)
			.param("level", level).param("year", year).update();
	}

}
