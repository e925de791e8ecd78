package org.chengxiang.training;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.chengxiang.platform.crypto.Masking;
import org.chengxiang.platform.crypto.PersonalDataProtector;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** One class as its page and the API show it: the filing, its roster with attendance and results, its sessions. */
@Service
@Transactional(readOnly = true)
class ClassDetails {

	private final JdbcClient jdbc;

	private final ClassQueries queries;

	private final PersonalDataProtector protector;

	private final Clock clock;

	ClassDetails(JdbcClient jdbc, ClassQueries queries, PersonalDataProtector protector, Clock clock) {
		this.jdbc = jdbc;
		this.queries = queries;
		this.protector = protector;
		this.clock = clock;
	}

	/**
	 * A class with what its page shows.
	 *
	 * @param filedLate filed on or after its first day (补备案): not subsidised
	 * @param overCapacity how many trainees are beyond the filed capacity (not subsidised)
	 * @param sessionHours the hours of all its sessions
	 */
	record ClassView(long id, String name, long providerId, String provider, String occupationCode, String occupation,
			SkillLevel level, TrainingType trainingType, int hours, int capacity, LocalDate startsOn, LocalDate endsOn,
			String divisionCode, String placeName, String place, String teacher, String filedBy, LocalDate filedOn,
			ClassStatus status, LocalDate closedOn, int version, boolean filedLate, int overCapacity,
			BigDecimal sessionHours, List<RosterRow> roster, List<SessionRow> sessions) {

		public boolean open() {
			return status == ClassStatus.FILED;
		}

	}

	/**
	 * A trainee on the roster.
	 *
	 * @param idNumber the ID number masked
	 * @param attendance the share of all sessions' hours attended, in percent; {@code null} while no session is held
	 * @param beyondCapacity the seat is beyond the filed capacity
	 */
	record RosterRow(long enrolmentId, int seat, long traineeId, String name, String idNumber, TraineeHukou hukouKind,
			boolean migrantWorker, BigDecimal attendedHours, Integer attendance, ResultOutcome examResult,
			CertificateKind certificateKind, String certificateNumber, LocalDate certifiedOn, boolean beyondCapacity,
			boolean attended) {
	}

	/**
	 * A session.
	 *
	 * @param recorded whether its attendance has been recorded
	 * @param present how many were marked present
	 */
	record SessionRow(long id, LocalDate heldOn, BigDecimal hours, String topic, boolean recorded, int present) {
	}

	ClassView view(TrainingClass c) {
		List<SessionRow> sessions = sessions(c.id());
		BigDecimal total = sessions.stream().map(SessionRow::hours).reduce(BigDecimal.ZERO, BigDecimal::add);
		List<RosterRow> roster = roster(c, total);
		int over = (int) roster.stream().filter(RosterRow::beyondCapacity).count();
		String occupation = queries.occupation(c.occupationCode()).map(ClassQueries.Occupation::name).orElse("");
		return new ClassView(c.id(), c.name(), c.providerId(), queries.providerName(c.providerId()), c.occupationCode(),
				occupation, c.level(), c.trainingType(), c.hours(), c.capacity(), c.startsOn(), c.endsOn(),
				c.divisionCode(), queries.placeLabel(c.divisionCode()), c.place(), c.teacher(), c.filedBy(),
				c.filedAt().atZone(clock.getZone()).toLocalDate(), c.status(), c.closedOn(), c.version(),
				c.filedLate(clock.getZone()), over, total, roster, sessions);
	}

	List<SessionRow> sessions(long classId) {
		return jdbc.sql("""
				select s.id, s.held_on, s.hours, s.topic,
					exists (select 1 from training.attendance a where a.session_id = s.id) as recorded,
					(select count(*) from training.attendance a where a.session_id = s.id and a.present) as present
				from training.session s where s.class_id = :id order by s.held_on, s.id
				""").param("id", classId).query(SessionRow.class).list();
	}

	/** Who was marked present at a session. */
	List<Long> presentAt(long sessionId) {
		return jdbc.sql("select enrolment_id from training.attendance where session_id = :id and present")
			.param("id", sessionId).query(Long.class).list();
	}

	private List<RosterRow> roster(TrainingClass c, BigDecimal totalHours) {
		return jdbc.sql("""
				select e.id, e.seat, t.id as trainee_id, t.name, t.id_number_enc, t.hukou_kind, e.migrant_worker,
					coalesce((select sum(s.hours) from training.attendance a join training.session s on s.id = a.session_id
						where a.enrolment_id = e.id and a.present), 0) as attended_hours,
					exists (select 1 from training.attendance a where a.enrolment_id = e.id) as attended,
					e.exam_result, e.certificate_kind, e.certificate_number, e.certified_on
				from training.enrolment e join training.trainee t on t.id = e.trainee_id
				where e.class_id = :id order by e.seat
				""").param("id", c.id()).query((rs, n) -> {
				BigDecimal attended = rs.getBigDecimal("attended_hours");
				Integer share = totalHours.signum() == 0 ? null
						: attended.multiply(BigDecimal.valueOf(100)).divide(totalHours, 0, RoundingMode.DOWN).intValue();
				String result = rs.getString("exam_result");
				String kind = rs.getString("certificate_kind");
				int seat = rs.getInt("seat");
				return new RosterRow(rs.getLong("id"), seat, rs.getLong("trainee_id"), rs.getString("name"),
						Masking.idNumber(protector.decrypt(rs.getBytes("id_number_enc"))),
						TraineeHukou.valueOf(rs.getString("hukou_kind")), rs.getBoolean("migrant_worker"), attended,
						share, result == null ? null : ResultOutcome.valueOf(result),
						kind == null ? null : CertificateKind.valueOf(kind), rs.getString("certificate_number"),
						rs.getObject("certified_on", LocalDate.class), seat > c.capacity(), rs.getBoolean("attended"));
			}).list();
	}

}
