package org.chengxiang.training;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

import org.chengxiang.platform.crypto.GeneratedIdNumbers;
import org.chengxiang.platform.crypto.PersonalDataProtector;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Training data for the ledger's and the reports' tests, written with SQL into the module's tables as the other
 * parts of the module write them: a provider, an occupation, a class with its roster and results, and a claim.
 */
final class DisbursementFixtures {

	private final JdbcClient jdbc;

	private final PersonalDataProtector protector;

	DisbursementFixtures(JdbcClient jdbc, PersonalDataProtector protector) {
		this.jdbc = jdbc;
		this.protector = protector;
	}

	private static int random() {
		return ThreadLocalRandom.current().nextInt(10_000_000, 99_999_999);
	}

	/** A provider of the kind with a name and credit code of its own. */
	long provider(String name, String kind) {
		int n = random();
		return jdbc.sql("""
				insert into training.provider (department_id, name, credit_code, kind, licence_number, contact_name,
					approved_on, status)
				values (:department, :name, :code, :kind, :licence, '联系人', date '2026-01-01', 'APPROVED')
				returning id""")
			.param("department", 900_000_000L + n)
			.param("name", name + n)
			.param("code", "91210882" + n + "X1")
			.param("kind", kind)
			.param("licence", kind.equals("INSTITUTION") ? "L" + n : null)
			.query(Long.class)
			.single();
	}

	/** A new occupation; its code. */
	String occupation(String name) {
		String code = "T" + random();
		jdbc.sql("insert into training.occupation (code, name, kind) values (:code, :name, 'OCCUPATION')")
			.param("code", code)
			.param("name", name + code)
			.update();
		return code;
	}

	/** A filed class ending on the day, in the community or village. */
	long trainingClass(long provider, String occupation, String type, String level, String division, LocalDate ends) {
		return jdbc.sql("""
				insert into training.training_class (provider_id, name, occupation_code, level, training_type, hours,
					capacity, starts_on, ends_on, division_code, place, teacher, filed_at, filed_by, status)
				values (:provider, :name, :occupation, :level, :type, 40, 50, :starts, :ends, :division, '培训楼',
					'张老师', :filed, 'school01', 'FILED')
				returning id""")
			.param("provider", provider)
			.param("name", "测试班" + random())
			.param("occupation", occupation)
			.param("level", level)
			.param("type", type)
			.param("starts", ends.minusDays(10))
			.param("ends", ends)
			.param("division", division)
			.param("filed", java.time.OffsetDateTime.parse("2020-01-01T00:00:00Z"))
			.query(Long.class)
			.single();
	}

	void close(long classId, LocalDate on) {
		jdbc.sql("update training.training_class set status = 'CLOSED', closed_on = :on where id = :id")
			.param("on", on)
			.param("id", classId)
			.update();
	}

	/** A trainee with the ID number (a new one when null) on the class's roster; the enrolment's id. */
	long enrol(long classId, String idNumber, boolean migrant, String result) {
		String number = idNumber != null ? idNumber : GeneratedIdNumbers.random();
		byte[] key = protector.personKey(number).bytes();
		Long trainee = jdbc.sql("select id from training.trainee where person_key = :key")
			.param("key", key)
			.query(Long.class)
			.optional()
			.orElseGet(() -> jdbc.sql("""
					insert into training.trainee (person_key, id_number_enc, name, hukou_kind)
					values (:key, :enc, '学员', :hukou) returning id""")
				.param("key", key)
				.param("enc", protector.encrypt(number))
				.param("hukou", migrant ? "RURAL" : "URBAN")
				.query(Long.class)
				.single());
		int seat = jdbc.sql("select coalesce(max(seat), 0) + 1 from training.enrolment where class_id = :c")
			.param("c", classId)
			.query(Integer.class)
			.single();
		return jdbc.sql("""
				insert into training.enrolment (class_id, trainee_id, seat, migrant_worker, exam_result)
				values (:c, :t, :seat, :migrant, :result) returning id""")
			.param("c", classId)
			.param("t", trainee)
			.param("seat", seat)
			.param("migrant", migrant)
			.param("result", result)
			.query(Long.class)
			.single();
	}

	void certify(long enrolment, String kind, LocalDate on) {
		jdbc.sql("""
				update training.enrolment set certificate_kind = :kind, certificate_number = :number, certified_on = :on
				where id = :id""")
			.param("kind", kind)
			.param("number", "ZS" + random() + random())
			.param("on", on)
			.param("id", enrolment)
			.update();
	}

	/** An approved claim for the class granting the amount to each enrolment given (and refusing none). */
	long approvedClaim(long classId, long provider, BigDecimal amount, List<Long> enrolments) {
		long claim = jdbc.sql("""
				insert into training.claim (number, class_id, provider_id, status, submitted_at, submitted_by,
					reviewed_at, reviewed_by, decided_at, decided_by, rule_year, yearly_cap, attendance_share,
					standard_amount, min_hours)
				values (:number, :class, :provider, 'APPROVED', now(), 'school01', now(), 'hrss', now(), 'finance',
					2026, 3, 0.8, :amount, 40)
				returning id""")
			.param("number", "PXBT" + random())
			.param("class", classId)
			.param("provider", provider)
			.param("amount", amount)
			.query(Long.class)
			.single();
		for (long enrolment : enrolments) {
			jdbc.sql("""
					insert into training.claim_line (claim_id, enrolment_id, status, amount)
					values (:claim, :enrolment, 'GRANTED', :amount)""")
				.param("claim", claim)
				.param("enrolment", enrolment)
				.param("amount", amount)
				.update();
		}
		return claim;
	}

	/** A closed class of a new provider with the number of trainees, each granted the amount in an approved claim. */
	long approvedClaim(String division, int trainees, BigDecimal amount) {
		long provider = provider("测试培训学校", "INSTITUTION");
		long classId = trainingClass(provider, occupation("测试工种"), "PRE_JOB", "JUNIOR", division,
				LocalDate.of(2026, 5, 1));
		List<Long> enrolments = new ArrayList<>();
		for (int i = 0; i < trainees; i++) {
			enrolments.add(enrol(classId, null, true, "PASSED"));
		}
		close(classId, LocalDate.of(2026, 5, 2));
		return approvedClaim(classId, provider, amount, enrolments);
	}

	String claimStatus(long claim) {
		return jdbc.sql("select status from training.claim where id = :id").param("id", claim).query(String.class).single();
	}

}
