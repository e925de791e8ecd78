package org.chengxiang.training;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.chengxiang.platform.crypto.PersonKey;
import org.chengxiang.platform.domain.NoSuchRecord;
import org.chengxiang.training.ClaimFacts.Past;
import org.chengxiang.training.ClaimFacts.Seat;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Checks a class's roster against the claim rules: reads the facts of every line in a handful of statements whatever
 * the roster's size (the class, the year's rules and standard, the roster with attended hours and results, the past
 * subsidised trainings of all its trainees in one batch), then applies {@link ClaimPolicy}.
 */
@Component
class ClaimChecks {

	private final JdbcClient jdbc;

	private final TrainingRules rules;

	private final Clock clock;

	ClaimChecks(JdbcClient jdbc, TrainingRules rules, Clock clock) {
		this.jdbc = jdbc;
		this.rules = rules;
		this.clock = clock;
	}

	/**
	 * Every line of the class as the rules in force leave it; writes nothing.
	 *
	 * @throws NoSuchRecord when there is no such class
	 */
	@Transactional(readOnly = true)
	CheckedClaim check(long classId) {
		ClaimFacts facts = facts(classId);
		return new CheckedClaim(classId, facts.rules(), ClaimPolicy.check(facts));
	}

	/** The facts the rules look at, in five statements. */
	ClaimFacts facts(long classId) {
		ClassRow row = jdbc.sql("""
				select c.occupation_code, c.level, c.training_type, c.hours, c.capacity, c.starts_on, c.ends_on,
					c.filed_at, (select coalesce(sum(s.hours), 0) from training.session s where s.class_id = c.id)
				from training.training_class c where c.id = :id
				""")
			.param("id", classId)
			.query(ClaimChecks::classRow)
			.optional()
			.orElseThrow(() -> new NoSuchRecord("training class " + classId));
		int year = row.endsOn().getYear();
		FrozenRules frozen = FrozenRules.of(rules.inForce(year), rules.standard(year, row.type(), row.level()));
		List<RosterRow> roster = jdbc.sql("""
				select e.id, e.seat, t.person_key,
					e.exam_result = 'PASSED' and e.certificate_number is not null, coalesce(x.hours, 0)
				from training.enrolment e
				join training.trainee t on t.id = e.trainee_id
				left join (select a.enrolment_id, sum(s.hours) hours
					from training.session s join training.attendance a on a.session_id = s.id and a.present
					where s.class_id = :id group by a.enrolment_id) x on x.enrolment_id = e.id
				where e.class_id = :id
				order by e.seat
				""")
			.param("id", classId)
			.query((rs, n) -> new RosterRow(rs.getLong(1), rs.getInt(2), PersonKey.of(rs.getBytes(3)), rs.getBoolean(4),
					rs.getBigDecimal(5)))
			.list();
		Map<PersonKey, List<Past>> past = past(roster.stream().map(RosterRow::person).toList());
		List<Seat> seats = new ArrayList<>(roster.size());
		for (RosterRow r : roster) {
			seats.add(new Seat(r.enrolmentId(), r.person(), r.seat(), r.attended(), r.certified(),
					past.getOrDefault(r.person(), List.of())));
		}
		LocalDate filedOn = row.filedAt().atZoneSameInstant(clock.getZone()).toLocalDate();
		return new ClaimFacts(row.occupationCode(), row.level(), row.hours(), row.capacity(), row.startsOn(), filedOn,
				row.sessionHours(), frozen, seats);
	}

	/** The subsidised trainings of all the people at once: their keys unnested and joined to the table. */
	private Map<PersonKey, List<Past>> past(List<PersonKey> people) {
		Map<PersonKey, List<Past>> past = new HashMap<>();
		if (people.isEmpty()) {
			return past;
		}
		byte[][] keys = people.stream().map(PersonKey::bytes).toArray(byte[][]::new);
		jdbc.sql("""
				select s.person_key, s.occupation_code, s.level, s.year
				from unnest(cast(:keys as bytea[])) k (key) join training.subsidised s on s.person_key = k.key
				""")
			.param("keys", keys)
			.query((ResultSet rs) -> {
				past.computeIfAbsent(PersonKey.of(rs.getBytes(1)), key -> new ArrayList<>())
					.add(new Past(rs.getString(2), SkillLevel.valueOf(rs.getString(3)), rs.getInt(4)));
			});
		return past;
	}

	private static ClassRow classRow(ResultSet rs, int n) throws SQLException {
		return new ClassRow(rs.getString(1), SkillLevel.valueOf(rs.getString(2)), TrainingType.valueOf(rs.getString(3)),
				rs.getInt(4), rs.getInt(5), rs.getObject(6, LocalDate.class), rs.getObject(7, LocalDate.class),
				rs.getObject(8, OffsetDateTime.class), rs.getBigDecimal(9));
	}

	/**
	 * A class's roster checked against the rules in force.
	 *
	 * @param classId the class
	 * @param rules the rules it was checked by, to be frozen into a claim
	 * @param lines one per seat, in seat order
	 */
	record CheckedClaim(long classId, FrozenRules rules, List<CheckedLine> lines) {

		CheckedClaim {
			lines = List.copyOf(lines);
		}

	}

	private record ClassRow(String occupationCode, SkillLevel level, TrainingType type, int hours, int capacity,
			LocalDate startsOn, LocalDate endsOn, OffsetDateTime filedAt, BigDecimal sessionHours) {
	}

	private record RosterRow(long enrolmentId, int seat, PersonKey person, boolean certified, BigDecimal attended) {
	}

}
