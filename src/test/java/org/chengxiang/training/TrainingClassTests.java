package org.chengxiang.training;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import org.chengxiang.platform.domain.RuleBroken;
import org.chengxiang.platform.domain.StepRefused;

import org.springframework.test.util.ReflectionTestUtils;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/** A class's lifecycle: every status against every step, and the rules of filing. */
class TrainingClassTests {

	static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

	static final LocalDate STARTS = LocalDate.of(2026, 9, 1);

	static final LocalDate ENDS = LocalDate.of(2026, 9, 20);

	static final Instant BEFORE_START = STARTS.minusDays(5).atStartOfDay(ZONE).toInstant();

	enum Step {

		CANCEL(c -> c.cancel(false)),
		CLOSE(c -> c.close(ENDS.plusDays(1), 3, 0)),
		ROSTER(TrainingClass::requireOpen),
		SESSION(c -> c.requireSessionDay(STARTS));

		final Consumer<TrainingClass> action;

		Step(Consumer<TrainingClass> action) {
			this.action = action;
		}

	}

	static final Map<Step, Set<ClassStatus>> ALLOWED = Map.of(Step.CANCEL, EnumSet.of(ClassStatus.FILED), Step.CLOSE,
			EnumSet.of(ClassStatus.FILED), Step.ROSTER, EnumSet.of(ClassStatus.FILED), Step.SESSION,
			EnumSet.of(ClassStatus.FILED));

	static final Map<Step, ClassStatus> AFTER = Map.of(Step.CANCEL, ClassStatus.CANCELLED, Step.CLOSE,
			ClassStatus.CLOSED, Step.ROSTER, ClassStatus.FILED, Step.SESSION, ClassStatus.FILED);

	static TrainingClass.Plan plan(String kind, SkillLevel level, int capacity, LocalDate starts, LocalDate ends) {
		return new TrainingClass.Plan("焊工初级班", "6-18-02-04", kind, level, TrainingType.PRE_JOB, 40, capacity, starts,
				ends, "210882004001", "职校一楼", "王老师");
	}

	static TrainingClass filed() {
		TrainingClass c = TrainingClass.file(7L, plan("OCCUPATION", SkillLevel.JUNIOR, 30, STARTS, ENDS), "school01",
				BEFORE_START);
		ReflectionTestUtils.setField(c, "id", 1L);
		return c;
	}

	static List<Object> events(TrainingClass c) {
		Collection<Object> events = ReflectionTestUtils.invokeMethod(c, "domainEvents");
		return List.copyOf(events);
	}

	static TrainingClass in(ClassStatus status) {
		TrainingClass c = filed();
		switch (status) {
			case FILED -> {
			}
			case CLOSED -> c.close(ENDS.plusDays(1), 2, 0);
			case CANCELLED -> c.cancel(false);
		}
		ReflectionTestUtils.invokeMethod(c, "clearDomainEvents");
		return c;
	}

	static Stream<Arguments> everyStatusAndStep() {
		return Stream.of(ClassStatus.values())
			.flatMap(status -> Stream.of(Step.values()).map(step -> Arguments.of(status, step)));
	}

	@ParameterizedTest
	@MethodSource("everyStatusAndStep")
	void eachStepIsAllowedFromItsStatusesOnly(ClassStatus from, Step step) {
		TrainingClass c = in(from);
		LocalDate closedOn = c.closedOn();
		if (ALLOWED.get(step).contains(from)) {
			step.action.accept(c);
			assertThat(c.status()).isEqualTo(AFTER.get(step));
		}
		else {
			assertThatExceptionOfType(StepRefused.class).isThrownBy(() -> step.action.accept(c));
			assertThat(c.status()).isEqualTo(from);
			assertThat(c.closedOn()).isEqualTo(closedOn);
			assertThat(events(c)).isEmpty();
		}
	}

	@Test
	void closingNeedsTheLastDayPassedARosterAndEveryResultAndAnnouncesIt() {
		assertThatExceptionOfType(StepRefused.class).isThrownBy(() -> filed().close(ENDS, 3, 0))
			.satisfies(ex -> assertThat(ex.reason().key()).isEqualTo("training.class.close.notEnded"));
		assertThatExceptionOfType(StepRefused.class).isThrownBy(() -> filed().close(ENDS.plusDays(1), 3, 1))
			.satisfies(ex -> assertThat(ex.reason().key()).isEqualTo("training.class.close.resultsMissing"));
		assertThatExceptionOfType(StepRefused.class).isThrownBy(() -> filed().close(ENDS.plusDays(1), 0, 0))
			.satisfies(ex -> assertThat(ex.reason().key()).isEqualTo("training.class.close.noRoster"));
		TrainingClass c = filed();
		c.close(ENDS.plusDays(2), 3, 0);
		assertThat(c.status()).isEqualTo(ClassStatus.CLOSED);
		assertThat(c.closedOn()).isEqualTo(ENDS.plusDays(2));
		assertThat(events(c)).containsExactly(new ClassClosed(1L, 7L, ENDS.plusDays(2)));
	}

	@Test
	void aClassWithAttendanceCannotBeCalledOff() {
		TrainingClass c = filed();
		assertThatExceptionOfType(StepRefused.class).isThrownBy(() -> c.cancel(true))
			.satisfies(ex -> assertThat(ex.reason().key()).isEqualTo("training.class.cancel.attended"));
		assertThat(c.status()).isEqualTo(ClassStatus.FILED);
	}

	@Test
	void filingChecksLevelAgainstTheOccupationCapacityHoursAndDates() {
		assertThat(field(() -> TrainingClass.file(7L, plan("SPECIAL", SkillLevel.JUNIOR, 30, STARTS, ENDS), "u",
				BEFORE_START))).isEqualTo("level");
		assertThat(field(() -> TrainingClass.file(7L, plan("OCCUPATION", SkillLevel.SPECIAL, 30, STARTS, ENDS), "u",
				BEFORE_START))).isEqualTo("level");
		assertThat(field(() -> TrainingClass.file(7L, plan("OCCUPATION", SkillLevel.SENIOR, 0, STARTS, ENDS), "u",
				BEFORE_START))).isEqualTo("capacity");
		assertThat(field(() -> TrainingClass.file(7L, plan("OCCUPATION", SkillLevel.SENIOR, 501, STARTS, ENDS), "u",
				BEFORE_START))).isEqualTo("capacity");
		assertThat(field(() -> TrainingClass.file(7L, plan("OCCUPATION", SkillLevel.SENIOR, 30, STARTS, STARTS.minusDays(1)),
				"u", BEFORE_START))).isEqualTo("endsOn");
		TrainingClass special = TrainingClass.file(7L, plan("SPECIAL", SkillLevel.SPECIAL, 500, STARTS, STARTS), "u",
				BEFORE_START);
		assertThat(special.status()).isEqualTo(ClassStatus.FILED);
		assertThat(special.level().certificate()).isEqualTo(CertificateKind.SPECIAL_ABILITY);
	}

	@Test
	void aClassFiledOnOrAfterItsFirstDayIsFiledLate() {
		assertThat(filed().filedLate(ZONE)).isFalse();
		Instant lastMinute = STARTS.atStartOfDay(ZONE).minusSeconds(1).toInstant();
		assertThat(TrainingClass.file(7L, plan("OCCUPATION", SkillLevel.JUNIOR, 30, STARTS, ENDS), "u", lastMinute)
			.filedLate(ZONE)).isFalse();
		Instant firstDay = STARTS.atStartOfDay(ZONE).toInstant();
		assertThat(TrainingClass.file(7L, plan("OCCUPATION", SkillLevel.JUNIOR, 30, STARTS, ENDS), "u", firstDay)
			.filedLate(ZONE)).isTrue();
	}

	@Test
	void sessionsAndCertificatesFallWithinTheClass() {
		TrainingClass c = filed();
		assertThat(field(() -> c.requireSessionDay(STARTS.minusDays(1)))).isEqualTo("heldOn");
		assertThat(field(() -> c.requireSessionDay(ENDS.plusDays(1)))).isEqualTo("heldOn");
		c.requireSessionDay(ENDS);
		assertThat(field(() -> c.requireCertificateDate("x", STARTS.minusDays(1), ENDS))).isEqualTo("x");
		assertThat(field(() -> c.requireCertificateDate("x", ENDS.plusDays(1), ENDS))).isEqualTo("x");
		c.requireCertificateDate("x", STARTS, ENDS);
	}

	private static String field(Runnable action) {
		try {
			action.run();
		}
		catch (RuleBroken ex) {
			return ex.problems().get(0).field();
		}
		return null;
	}

}
