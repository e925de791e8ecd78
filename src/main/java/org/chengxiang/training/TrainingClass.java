package org.chengxiang.training;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import org.chengxiang.platform.domain.RuleBroken;
import org.chengxiang.platform.domain.StepRefused;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.domain.AbstractAggregateRoot;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A class (培训班) as a provider filed it with the bureau (开班备案): what it teaches, when, where and for how many.
 * While FILED it takes its roster, sessions, attendance and results; it is CLOSED after its last day once every
 * trainee has a result, or CANCELLED before anyone attended. Each step checks here that the class allows it.
 */
@Table(schema = "training", name = "training_class")
final class TrainingClass extends AbstractAggregateRoot<TrainingClass> {

	static final int MAX_CAPACITY = 500;

	static final int MAX_HOURS = 2000;

	@Id
	private Long id;

	private long providerId;

	private String name;

	private String occupationCode;

	private SkillLevel level;

	private TrainingType trainingType;

	private int hours;

	private int capacity;

	private LocalDate startsOn;

	private LocalDate endsOn;

	private String divisionCode;

	private String place;

	private String teacher;

	private Instant filedAt;

	private String filedBy;

	private ClassStatus status;

	private LocalDate closedOn;

	@Version
	private Integer version;

	private TrainingClass() {
	}

	/**
	 * What a provider files.
	 *
	 * @param occupationKind the kind of the occupation ({@code OCCUPATION} or {@code SPECIAL}), which decides the
	 * levels it may be taught at
	 */
	record Plan(String name, String occupationCode, String occupationKind, SkillLevel level, TrainingType trainingType,
			int hours, int capacity, LocalDate startsOn, LocalDate endsOn, String divisionCode, String place,
			String teacher) {
	}

	/** A class filed now by a provider's staff member; refused when its plan breaks a rule of filing. */
	static TrainingClass file(long providerId, Plan plan, String filedBy, Instant filedAt) {
		boolean special = "SPECIAL".equals(plan.occupationKind());
		if (special != (plan.level() == SkillLevel.SPECIAL)) {
			throw RuleBroken.at("level", special ? "training.class.level.specialOnly" : "training.class.level.notSpecial");
		}
		if (plan.capacity() < 1 || plan.capacity() > MAX_CAPACITY) {
			throw RuleBroken.at("capacity", "training.class.capacity.range");
		}
		if (plan.hours() < 1 || plan.hours() > MAX_HOURS) {
			throw RuleBroken.at("hours", "training.class.hours.range");
		}
		if (plan.endsOn().isBefore(plan.startsOn())) {
			throw RuleBroken.at("endsOn", "training.class.endsOn.beforeStart");
		}
		TrainingClass c = new TrainingClass();
		c.providerId = providerId;
		c.name = plan.name();
		c.occupationCode = plan.occupationCode();
		c.level = plan.level();
		c.trainingType = plan.trainingType();
		c.hours = plan.hours();
		c.capacity = plan.capacity();
		c.startsOn = plan.startsOn();
		c.endsOn = plan.endsOn();
		c.divisionCode = plan.divisionCode();
		c.place = plan.place();
		c.teacher = plan.teacher();
		c.filedBy = filedBy;
		c.filedAt = filedAt;
		c.status = ClassStatus.FILED;
		return c;
	}

	/**
	 * Whether it was filed on or after its first day (补备案): such a class is not subsidised, and a claim names the
	 * rule {@code FILED_LATE}.
	 */
	boolean filedLate(ZoneId zone) {
		return !filedAt.atZone(zone).toLocalDate().isBefore(startsOn);
	}

	/** Its roster, sessions, attendance and results may change only while it is filed. */
	void requireOpen() {
		if (status != ClassStatus.FILED) {
			throw StepRefused.because("training.class.notOpen");
		}
	}

	/** A session is held on a day of the class. */
	void requireSessionDay(LocalDate day) {
		requireOpen();
		if (day.isBefore(startsOn) || day.isAfter(endsOn)) {
			throw RuleBroken.at("heldOn", "training.session.heldOn.outside", startsOn, endsOn);
		}
	}

	/** A certificate is dated within the class or after it, never in the future. */
	void requireCertificateDate(String field, LocalDate certifiedOn, LocalDate today) {
		if (certifiedOn.isBefore(startsOn)) {
			throw RuleBroken.at(field, "training.result.certifiedOn.beforeStart", startsOn);
		}
		if (certifiedOn.isAfter(today)) {
			throw RuleBroken.at(field, "training.result.certifiedOn.future");
		}
	}

	/** Called off while filed and before anyone's attendance was recorded. */
	void cancel(boolean attendanceRecorded) {
		if (status != ClassStatus.FILED) {
			throw StepRefused.because("training.class.cancel.notFiled");
		}
		if (attendanceRecorded) {
			throw StepRefused.because("training.class.cancel.attended");
		}
		status = ClassStatus.CANCELLED;
	}

	/**
	 * Finished: only after its last day, with a roster of which every trainee has a result.
	 *
	 * @param enrolled how many trainees are on its roster
	 * @param withoutResult how many of them have no result yet
	 */
	void close(LocalDate today, int enrolled, int withoutResult) {
		if (status != ClassStatus.FILED) {
			throw StepRefused.because("training.class.close.notFiled");
		}
		if (!today.isAfter(endsOn)) {
			throw StepRefused.because("training.class.close.notEnded", endsOn);
		}
		if (enrolled == 0) {
			throw StepRefused.because("training.class.close.noRoster");
		}
		if (withoutResult > 0) {
			throw StepRefused.because("training.class.close.resultsMissing", withoutResult);
		}
		status = ClassStatus.CLOSED;
		closedOn = today;
		registerEvent(new ClassClosed(id == null ? 0 : id, providerId, today));
	}

	Long id() {
		return id;
	}

	long providerId() {
		return providerId;
	}

	String name() {
		return name;
	}

	String occupationCode() {
		return occupationCode;
	}

	SkillLevel level() {
		return level;
	}

	TrainingType trainingType() {
		return trainingType;
	}

	int hours() {
		return hours;
	}

	int capacity() {
		return capacity;
	}

	LocalDate startsOn() {
		return startsOn;
	}

	LocalDate endsOn() {
		return endsOn;
	}

	String divisionCode() {
		return divisionCode;
	}

	String place() {
		return place;
	}

	String teacher() {
		return teacher;
	}

	Instant filedAt() {
		return filedAt;
	}

	String filedBy() {
		return filedBy;
	}

	ClassStatus status() {
		return status;
	}

	LocalDate closedOn() {
		return closedOn;
	}

	Integer version() {
		return version;
	}

}
