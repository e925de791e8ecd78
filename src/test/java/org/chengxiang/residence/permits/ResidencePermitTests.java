package org.chengxiang.residence.permits;

import java.time.LocalDate;
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

import org.chengxiang.platform.crypto.PersonKey;
import org.chengxiang.platform.domain.RuleBroken;
import org.chengxiang.platform.domain.StepRefused;
import org.chengxiang.residence.PermitEndorsed;
import org.chengxiang.residence.PermitIssued;
import org.chengxiang.residence.PermitLapsed;

import org.springframework.test.util.ReflectionTestUtils;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/** The permit's lifecycle: every status against every step, and the dates each step sets. */
class ResidencePermitTests {

	static final LocalDate ISSUED = LocalDate.of(2026, 3, 1);

	/** The last day the first year covers; its deadline when that is a working day. */
	static final LocalDate UNTIL = LocalDate.of(2027, 2, 28);

	static final PersonKey HOLDER = PersonKey.of(new byte[32]);

	enum Step {

		ENDORSE(p -> p.endorse(UNTIL.minusDays(3), UNTIL)),
		LAPSE(p -> p.lapse(UNTIL.plusDays(1), UNTIL)),
		REPLACE(p -> p.replace(ReplacementKind.LOSS, "2108822026999999", ISSUED.plusMonths(2))),
		CANCEL(p -> p.cancel(ISSUED.plusMonths(2)));

		final Consumer<ResidencePermit> action;

		Step(Consumer<ResidencePermit> action) {
			this.action = action;
		}

	}

	static final Map<Step, Set<PermitStatus>> ALLOWED = Map.of(Step.ENDORSE,
			EnumSet.of(PermitStatus.VALID, PermitStatus.LAPSED), Step.LAPSE, EnumSet.of(PermitStatus.VALID),
			Step.REPLACE, EnumSet.of(PermitStatus.VALID), Step.CANCEL,
			EnumSet.of(PermitStatus.VALID, PermitStatus.LAPSED));

	static final Map<Step, PermitStatus> AFTER = Map.of(Step.ENDORSE, PermitStatus.VALID, Step.LAPSE,
			PermitStatus.LAPSED, Step.REPLACE, PermitStatus.REPLACED, Step.CANCEL, PermitStatus.CANCELLED);

	static ResidencePermit issued() {
		ResidencePermit p = ResidencePermit.issue("2108822026000001", HOLDER,
				new CardData("张三", "M", new byte[] { 1 }, "金桥街道铁西社区", "公安局"), "A-1", 7, false, ISSUED);
		ReflectionTestUtils.setField(p, "id", 1L);
		events(p);
		ReflectionTestUtils.invokeMethod(p, "clearDomainEvents");
		return p;
	}

	static List<Object> events(ResidencePermit p) {
		Collection<Object> events = ReflectionTestUtils.invokeMethod(p, "domainEvents");
		return List.copyOf(events);
	}

	/** A permit brought to the status by legal steps. */
	static ResidencePermit in(PermitStatus status) {
		ResidencePermit p = issued();
		switch (status) {
			case VALID -> {
			}
			case LAPSED -> p.lapse(UNTIL.plusDays(1), UNTIL);
			case REPLACED -> p.replace(ReplacementKind.RENEWAL, "2108822026000002", ISSUED.plusMonths(1));
			case CANCELLED -> p.cancel(ISSUED.plusMonths(1));
		}
		ReflectionTestUtils.invokeMethod(p, "clearDomainEvents");
		return p;
	}

	static Stream<Arguments> everyStatusAndStep() {
		return Stream.of(PermitStatus.values())
			.flatMap(status -> Stream.of(Step.values()).map(step -> Arguments.of(status, step)));
	}

	@ParameterizedTest
	@MethodSource("everyStatusAndStep")
	void eachStepIsAllowedFromItsStatusesOnly(PermitStatus from, Step step) {
		ResidencePermit permit = in(from);
		if (ALLOWED.get(step).contains(from)) {
			step.action.accept(permit);
			assertThat(permit.status()).isEqualTo(AFTER.get(step));
		}
		else {
			LocalDate until = permit.validUntil();
			LocalDate ended = permit.endedOn();
			assertThatExceptionOfType(StepRefused.class).isThrownBy(() -> step.action.accept(permit));
			assertThat(permit.status()).isEqualTo(from);
			assertThat(permit.validUntil()).isEqualTo(until);
			assertThat(permit.endedOn()).isEqualTo(ended);
			assertThat(events(permit)).isEmpty();
		}
	}

	@Test
	void issuingCoversAYearAndAnnouncesThePersonKeyOnly() {
		ResidencePermit p = ResidencePermit.issue("2108822026000001", HOLDER,
				new CardData("张三", "M", new byte[] { 1 }, "金桥街道铁西社区", "公安局"), "A-1", 7, false, ISSUED);
		assertThat(p.validFrom()).isEqualTo(ISSUED);
		assertThat(p.validUntil()).isEqualTo(UNTIL);
		assertThat(events(p)).containsExactly(new PermitIssued("2108822026000001", HOLDER, ISSUED, UNTIL));
	}

	@Test
	void anEndorsementOnTimeCoversAnotherYearAndOnlyInTheMonthBefore() {
		ResidencePermit p = issued();
		assertThat(p.endorsementOpens()).isEqualTo(LocalDate.of(2027, 2, 1));
		assertThatExceptionOfType(RuleBroken.class).isThrownBy(() -> p.endorse(LocalDate.of(2027, 1, 31), UNTIL))
			.satisfies(ex -> assertThat(ex.problems().get(0).text().key())
				.isEqualTo("residence.permit.rule.endorsementNotDue"));
		p.endorse(LocalDate.of(2027, 2, 1), UNTIL);
		assertThat(p.validUntil()).isEqualTo(LocalDate.of(2028, 2, 28));
		assertThat(p.validFrom()).isEqualTo(ISSUED);
		assertThat(events(p)).containsExactly(
				new PermitEndorsed("2108822026000001", HOLDER, LocalDate.of(2027, 2, 1), LocalDate.of(2028, 2, 28), false));
	}

	@Test
	void aPermitLapsesOnlyAfterItsDeadlineAndALateEndorsementRestartsItFromItsDay() {
		ResidencePermit p = issued();
		LocalDate deadline = UNTIL.plusDays(3); // a holiday moved it
		assertThatExceptionOfType(StepRefused.class).isThrownBy(() -> p.lapse(deadline, deadline));
		p.lapse(deadline.plusDays(1), deadline);
		assertThat(p.status()).isEqualTo(PermitStatus.LAPSED);
		assertThat(p.endedOn()).isEqualTo(UNTIL.plusDays(1));
		assertThat(events(p)).containsExactly(new PermitLapsed("2108822026000001", HOLDER, UNTIL.plusDays(1)));
		ReflectionTestUtils.invokeMethod(p, "clearDomainEvents");

		LocalDate late = LocalDate.of(2027, 5, 10);
		p.endorse(late, deadline);
		assertThat(p.status()).isEqualTo(PermitStatus.VALID);
		assertThat(p.validFrom()).isEqualTo(late);
		assertThat(p.validUntil()).isEqualTo(LocalDate.of(2028, 5, 9));
		assertThat(p.endedOn()).isNull();
		assertThat(events(p)).containsExactly(
				new PermitEndorsed("2108822026000001", HOLDER, late, LocalDate.of(2028, 5, 9), true));
	}

	@Test
	void aReplacementEndsTheOldCardOnItsDayAndTheNewOneCoversTheRestOfTheYear() {
		ResidencePermit p = issued();
		LocalDate on = LocalDate.of(2026, 6, 15);
		ResidencePermit next = p.replace(ReplacementKind.LOSS, "2108822026000009", on);
		assertThat(p.status()).isEqualTo(PermitStatus.REPLACED);
		assertThat(p.endedOn()).isEqualTo(on);
		assertThat(next.status()).isEqualTo(PermitStatus.VALID);
		assertThat(next.validFrom()).isEqualTo(on);
		assertThat(next.validUntil()).isEqualTo(UNTIL);
		assertThat(next.replacesId()).isEqualTo(1L);
		assertThat(next.holderName()).isEqualTo("张三");
		assertThat(events(next)).containsExactly(new PermitIssued("2108822026000009", HOLDER, on, UNTIL));
		assertThatExceptionOfType(RuleBroken.class)
			.isThrownBy(() -> issued().replace(null, "2108822026000010", on));
	}

}
