package org.chengxiang.training;

import java.math.BigDecimal;
import java.time.Instant;
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
import org.chengxiang.platform.domain.Text;
import org.chengxiang.training.ClaimChecks.CheckedClaim;

import org.springframework.test.util.ReflectionTestUtils;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/** The claim's lifecycle: every status against every step, what each step sets, and the rules frozen in it. */
class ClaimTests {

	static final Instant AT = Instant.parse("2026-06-01T02:00:00Z");

	static final FrozenRules RULES = new FrozenRules(2026, 3, new BigDecimal("0.800"), new BigDecimal("1500.00"), 80);

	enum Step {

		CUT(c -> c.cut(1L, "证书编号与系统不符", "hrss")),
		REVIEW(c -> c.review(AT, "hrss")),
		APPROVE(c -> c.approve(AT, "finance")),
		RETURN(c -> c.returnToProvider("材料不全", AT, "hrss")),
		PAY(Claim::markPaid);

		final Consumer<Claim> action;

		Step(Consumer<Claim> action) {
			this.action = action;
		}

	}

	static final Map<Step, Set<ClaimStatus>> ALLOWED = Map.of(Step.CUT, EnumSet.of(ClaimStatus.SUBMITTED), Step.REVIEW,
			EnumSet.of(ClaimStatus.SUBMITTED), Step.APPROVE, EnumSet.of(ClaimStatus.REVIEWED), Step.RETURN,
			EnumSet.of(ClaimStatus.SUBMITTED, ClaimStatus.REVIEWED), Step.PAY, EnumSet.of(ClaimStatus.APPROVED));

	static final Map<Step, ClaimStatus> AFTER = Map.of(Step.CUT, ClaimStatus.SUBMITTED, Step.REVIEW,
			ClaimStatus.REVIEWED, Step.APPROVE, ClaimStatus.APPROVED, Step.RETURN, ClaimStatus.RETURNED, Step.PAY,
			ClaimStatus.PAID);

	/** Two granted lines (ids 1 and 2) and one refused (id 3). */
	static Claim submitted() {
		CheckedClaim checked = new CheckedClaim(7, RULES,
				List.of(new CheckedLine(11, ClaimPolicyTests.person(1), new BigDecimal("1500.00"), List.of(), List.of()),
						new CheckedLine(12, ClaimPolicyTests.person(2), new BigDecimal("1500.00"), List.of(), List.of()),
						new CheckedLine(13, ClaimPolicyTests.person(3), BigDecimal.ZERO,
								List.of(ClaimRule.NOT_COMPLETED, ClaimRule.ATTENDANCE_SHORT),
								List.of(Text.of("training.rule.NOT_COMPLETED"),
										Text.of("training.rule.ATTENDANCE_SHORT", "40", "100", "80")))));
		Claim claim = Claim.submit("PXBT2026-000001", 5, true, false, checked, AT, "school01");
		ReflectionTestUtils.setField(claim, "id", 1L);
		List<ClaimLine> lines = claim.lines().stream().sorted((a, b) -> Long.compare(a.enrolmentId(), b.enrolmentId())).toList();
		for (int i = 0; i < lines.size(); i++) {
			ReflectionTestUtils.setField(lines.get(i), "id", (long) i + 1);
		}
		ReflectionTestUtils.invokeMethod(claim, "clearDomainEvents");
		return claim;
	}

	static List<Object> events(Claim claim) {
		Collection<Object> events = ReflectionTestUtils.invokeMethod(claim, "domainEvents");
		return List.copyOf(events);
	}

	/** A claim brought to the status by legal steps. */
	static Claim in(ClaimStatus status) {
		Claim claim = submitted();
		switch (status) {
			case SUBMITTED -> {
			}
			case REVIEWED -> claim.review(AT, "hrss");
			case APPROVED -> {
				claim.review(AT, "hrss");
				claim.approve(AT, "finance");
			}
			case PAID -> {
				claim.review(AT, "hrss");
				claim.approve(AT, "finance");
				claim.markPaid();
			}
			case RETURNED -> claim.returnToProvider("材料不全", AT, "hrss");
		}
		ReflectionTestUtils.invokeMethod(claim, "clearDomainEvents");
		return claim;
	}

	static Stream<Arguments> matrix() {
		return Stream.of(ClaimStatus.values())
			.flatMap(status -> Stream.of(Step.values()).map(step -> Arguments.of(status, step)));
	}

	@ParameterizedTest(name = "{1} on a {0} claim")
	@MethodSource("matrix")
	void everyStepIsAllowedExactlyFromItsStatuses(ClaimStatus status, Step step) {
		Claim claim = in(status);
		if (ALLOWED.get(step).contains(status)) {
			step.action.accept(claim);
			assertThat(claim.status()).isEqualTo(AFTER.get(step));
		}
		else {
			assertThatExceptionOfType(StepRefused.class).isThrownBy(() -> step.action.accept(claim));
			assertThat(claim.status()).isEqualTo(status);
			assertThat(events(claim)).isEmpty();
		}
	}

	@Test
	void submissionFreezesTheRulesAndGrantsTheGrantedLines() {
		Claim claim = submitted();

		assertThat(claim.status()).isEqualTo(ClaimStatus.SUBMITTED);
		assertThat(claim.rules()).isEqualTo(RULES);
		assertThat(claim.granted()).isEqualByComparingTo("3000");
		assertThat(claim.count(ClaimLineStatus.REFUSED)).isEqualTo(1);
		ClaimLine refused = claim.lines().get(2);
		assertThat(refused.refusedBy()).containsExactly(ClaimRule.NOT_COMPLETED, ClaimRule.ATTENDANCE_SHORT);
		assertThat(refused.reasons()).containsExactly(Text.of("training.rule.NOT_COMPLETED"),
				Text.of("training.rule.ATTENDANCE_SHORT", "40", "100", "80"));
	}

	@Test
	void aClaimIsMadeOnlyForAClosedClassWithNoOpenClaim() {
		CheckedClaim checked = new CheckedClaim(7, RULES, List.of(new CheckedLine(11, ClaimPolicyTests.person(1),
				new BigDecimal("1500.00"), List.of(), List.of())));
		assertThatExceptionOfType(StepRefused.class)
			.isThrownBy(() -> Claim.submit("PXBT2026-000002", 5, false, false, checked, AT, "school01"))
			.satisfies(ex -> assertThat(ex.reason().key()).isEqualTo("training.claim.refused.notClosed"));
		assertThatExceptionOfType(StepRefused.class)
			.isThrownBy(() -> Claim.submit("PXBT2026-000002", 5, true, true, checked, AT, "school01"))
			.satisfies(ex -> assertThat(ex.reason().key()).isEqualTo("training.claim.refused.open"));
		assertThatExceptionOfType(StepRefused.class)
			.isThrownBy(() -> Claim.submit("PXBT2026-000002", 5, true, false, new CheckedClaim(7, RULES, List.of()), AT,
					"school01"));
	}

	@Test
	void aCutLineNeedsAReasonAndLeavesNothingGranted() {
		Claim claim = submitted();

		assertThatExceptionOfType(RuleBroken.class).isThrownBy(() -> claim.cut(1L, "  ", "hrss"))
			.satisfies(ex -> assertThat(ex.problems().get(0).field()).isEqualTo("reason"));
		assertThatExceptionOfType(RuleBroken.class).isThrownBy(() -> claim.cut(1L, "长".repeat(201), "hrss"));
		assertThatExceptionOfType(StepRefused.class).as("a refused line").isThrownBy(() -> claim.cut(3L, "重复", "hrss"));
		assertThatExceptionOfType(RuleBroken.class).as("no such line").isThrownBy(() -> claim.cut(9L, "重复", "hrss"));
		ClaimLine cut = claim.cut(1L, "证书编号与系统不符", "hrss");

		assertThat(cut.status()).isEqualTo(ClaimLineStatus.CUT);
		assertThat(cut.amount()).isZero();
		assertThat(cut.cutReason()).isEqualTo("证书编号与系统不符");
		assertThat(claim.granted()).isEqualByComparingTo("1500");
		assertThatExceptionOfType(StepRefused.class).as("twice").isThrownBy(() -> claim.cut(1L, "again", "hrss"));
	}

	@Test
	void aReturnNeedsAReasonAndEachStepRegistersItsEvent() {
		Claim claim = submitted();
		assertThatExceptionOfType(RuleBroken.class).isThrownBy(() -> claim.returnToProvider(null, AT, "hrss"));
		assertThat(claim.status()).isEqualTo(ClaimStatus.SUBMITTED);

		claim.review(AT, "hrss");
		claim.approve(AT, "finance");
		claim.markPaid();

		assertThat(events(claim)).containsExactly(new ClaimReviewed("PXBT2026-000001", new BigDecimal("3000.00")),
				new ClaimApproved("PXBT2026-000001", 5, new BigDecimal("3000.00")),
				new ClaimPaid("PXBT2026-000001", 5, new BigDecimal("3000.00")));
		assertThat(claim.reviewedBy()).isEqualTo("hrss");
		assertThat(claim.decidedBy()).isEqualTo("finance");
		assertThat(claim.rules()).as("never changed by a step").isEqualTo(RULES);
	}

}
