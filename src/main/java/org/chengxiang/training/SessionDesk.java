package org.chengxiang.training;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.chengxiang.platform.audit.AuditEvent;
import org.chengxiang.platform.audit.AuditTrail;
import org.chengxiang.platform.domain.NoSuchRecord;
import org.chengxiang.platform.domain.RuleBroken;
import org.chengxiang.platform.domain.StepRefused;
import org.chengxiang.platform.security.CurrentUser;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A class's sessions (课次) and who attended each. */
@Service
@Transactional
class SessionDesk {

	private final ClassDesk classes;

	private final JdbcClient jdbc;

	private final AuditTrail audit;

	private final Clock clock;

	SessionDesk(ClassDesk classes, JdbcClient jdbc, AuditTrail audit, Clock clock) {
		this.classes = classes;
		this.jdbc = jdbc;
		this.audit = audit;
		this.clock = clock;
	}

	/** A session on a day of the class; its id. */
	long add(long classId, SessionForm form, CurrentUser user) {
		TrainingClass c = classes.mine(classId, user);
		c.requireSessionDay(form.heldOn());
		String topic = form.topic().strip();
		if (jdbc.sql("select exists (select 1 from training.session where class_id = :c and held_on = :d and topic = :t)")
			.param("c", classId).param("d", form.heldOn()).param("t", topic).query(Boolean.class).single()) {
			throw RuleBroken.at("topic", "training.session.duplicate");
		}
		long id = jdbc.sql("""
				insert into training.session (class_id, held_on, hours, topic) values (:c, :d, :h, :t) returning id
				""").param("c", classId).param("d", form.heldOn()).param("h", form.hours()).param("t", topic)
			.query(Long.class).single();
		audit.record(AuditEvent.of("training.session.added", "TrainingClass", classId, null, form.heldOn() + " " + topic));
		return id;
	}

	/** The session of the class; 404 when it is another class's. */
	record Session(long id, long classId, LocalDate heldOn, java.math.BigDecimal hours, String topic) {
	}

	Session session(long classId, long sessionId) {
		return jdbc.sql("select id, class_id, held_on, hours, topic from training.session where id = :id and class_id = :c")
			.param("id", sessionId).param("c", classId).query(Session.class).optional()
			.orElseThrow(() -> new NoSuchRecord("session " + sessionId));
	}

	/**
	 * Records who attended a session held: those named present, every other trainee on the roster absent. A second
	 * recording replaces the first.
	 */
	void record(long classId, long sessionId, Collection<Long> present, CurrentUser user) {
		TrainingClass c = classes.mine(classId, user);
		c.requireOpen();
		Session session = session(classId, sessionId);
		if (session.heldOn().isAfter(LocalDate.now(clock))) {
			throw StepRefused.because("training.attendance.future");
		}
		List<Long> roster = jdbc.sql("select id from training.enrolment where class_id = :c").param("c", classId)
			.query(Long.class).list();
		Set<Long> marked = new HashSet<>(present);
		if (!new HashSet<>(roster).containsAll(marked)) {
			throw RuleBroken.at("present", "training.attendance.notOnRoster");
		}
		for (long enrolment : roster) {
			jdbc.sql("""
					insert into training.attendance (session_id, enrolment_id, present) values (:s, :e, :p)
					on conflict (session_id, enrolment_id) do update set present = excluded.present
					""").param("s", sessionId).param("e", enrolment).param("p", marked.contains(enrolment)).update();
		}
		audit.record(AuditEvent.of("training.attendance.recorded", "TrainingClass", classId, null,
				sessionId + ": " + marked.size() + "/" + roster.size()));
	}

}
