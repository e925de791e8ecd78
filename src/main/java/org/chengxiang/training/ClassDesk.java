package org.chengxiang.training;

import java.time.Clock;
import java.time.LocalDate;

import org.chengxiang.directory.Directory;
import org.chengxiang.platform.audit.AuditEvent;
import org.chengxiang.platform.audit.AuditTrail;
import org.chengxiang.platform.domain.NoSuchRecord;
import org.chengxiang.platform.domain.RuleBroken;
import org.chengxiang.platform.domain.StepRefused;
import org.chengxiang.platform.security.CurrentUser;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A provider's classes filed, called off and closed. */
@Service
@Transactional
class ClassDesk {

	private final TrainingClasses classes;

	private final ClassQueries queries;

	private final ProviderScope scope;

	private final Directory directory;

	private final AuditTrail audit;

	private final JdbcClient jdbc;

	private final Clock clock;

	ClassDesk(TrainingClasses classes, ClassQueries queries, ProviderScope scope, Directory directory,
			AuditTrail audit, JdbcClient jdbc, Clock clock) {
		this.classes = classes;
		this.queries = queries;
		this.scope = scope;
		this.directory = directory;
		this.audit = audit;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** Files a class for the user's own provider, which must be approved; its id. */
	long file(ClassForm form, CurrentUser user) {
		long provider = scope.providerOf(user).orElseThrow(() -> new NoSuchRecord("provider of " + user.getUsername()));
		String status = jdbc.sql("select status from training.provider where id = :id").param("id", provider)
			.query(String.class).single();
		if (!"APPROVED".equals(status)) {
			throw StepRefused.because("training.class.providerNotApproved");
		}
		ClassQueries.Occupation occupation = queries.occupation(form.occupationCode().strip())
			.filter(ClassQueries.Occupation::active)
			.orElseThrow(() -> RuleBroken.at("occupationCode", "training.class.occupation.unknown"));
		if (directory.placeChoices().place(form.divisionCode()).isEmpty()) {
			throw RuleBroken.at("divisionCode", "training.class.division.required");
		}
		TrainingClass filed = classes.save(TrainingClass.file(provider,
				new TrainingClass.Plan(form.name().strip(), occupation.code(), occupation.kind(), form.level(),
						form.trainingType(), form.hours(), form.capacity(), form.startsOn(), form.endsOn(),
						form.divisionCode(), form.place().strip(), form.teacher().strip()),
				user.getUsername(), clock.instant()));
		audit.record(AuditEvent.of("training.class.filed", "TrainingClass", filed.id(), null, filed.name()));
		return filed.id();
	}

	/** Calls the class off while it is filed and nobody's attendance is recorded. */
	void cancel(long id, CurrentUser user) {
		TrainingClass c = mine(id, user);
		boolean attended = jdbc.sql("""
				select exists (select 1 from training.attendance a join training.session s on s.id = a.session_id
				where s.class_id = :id)
				""").param("id", id).query(Boolean.class).single();
		c.cancel(attended);
		classes.save(c);
		audit.record(AuditEvent.of("training.class.cancelled", "TrainingClass", id, "FILED", "CANCELLED"));
	}

	/** Closes the class after its last day, once every trainee has a result. */
	void close(long id, CurrentUser user) {
		TrainingClass c = mine(id, user);
		record Counts(int enrolled, int withoutResult) {
		}
		Counts counts = jdbc.sql("""
				select count(*) as enrolled, count(*) filter (where exam_result is null) as without_result
				from training.enrolment where class_id = :id
				""").param("id", id).query(Counts.class).single();
		c.close(LocalDate.now(clock), counts.enrolled(), counts.withoutResult());
		classes.save(c);
		audit.record(AuditEvent.of("training.class.closed", "TrainingClass", id, "FILED", "CLOSED"));
	}

	/** The class, locked, if it is one of the user's provider's classes. */
	TrainingClass mine(long id, CurrentUser user) {
		long provider = scope.providerOf(user).orElseThrow(() -> new NoSuchRecord("provider of " + user.getUsername()));
		return classes.findForUpdateById(id)
			.filter(c -> c.providerId() == provider)
			.orElseThrow(() -> new NoSuchRecord("class " + id));
	}

}
