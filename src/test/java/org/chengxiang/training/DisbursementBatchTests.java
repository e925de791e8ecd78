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

import org.springframework.test.util.ReflectionTestUtils;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/** The batch's lifecycle: every status against every step, the totals, and the reasons a difference needs. */
class DisbursementBatchTests {

	static final Instant AT = Instant.parse("2026-06-01T02:00:00Z");

	enum Step {

		SEND(b -> b.send("finance", AT)),
		CONFIRM(b -> b.confirm("GK2026-0001", List.of(), "finance", AT));

		final Consumer<DisbursementBatch> action;

		Step(Consumer<DisbursementBatch> action) {
			this.action = action;
		}

	}

	static final Map<Step, Set<BatchStatus>> ALLOWED = Map.of(Step.SEND, EnumSet.of(BatchStatus.OPEN), Step.CONFIRM,
			EnumSet.of(BatchStatus.SENT));

	static final Map<Step, BatchStatus> AFTER = Map.of(Step.SEND, BatchStatus.SENT, Step.CONFIRM,
			BatchStatus.CONFIRMED);

	static DisbursementBatch opened() {
		DisbursementBatch batch = DisbursementBatch.open("BF2026-0001",
				List.of(new Disbursement(11, 1, new BigDecimal("1500.00"), null, null),
						new Disbursement(12, 2, new BigDecimal("900.00"), null, null)),
				"finance", AT);
		ReflectionTestUtils.setField(batch, "id", 7L);
		return batch;
	}

	static DisbursementBatch in(BatchStatus status) {
		DisbursementBatch batch = opened();
		if (status != BatchStatus.OPEN) {
			batch.send("finance", AT);
		}
		if (status == BatchStatus.CONFIRMED) {
			batch.confirm("GK2026-0001", List.of(), "finance", AT);
		}
		ReflectionTestUtils.invokeMethod(batch, "clearDomainEvents");
		return batch;
	}

	static List<Object> events(DisbursementBatch batch) {
		Collection<Object> events = ReflectionTestUtils.invokeMethod(batch, "domainEvents");
		return List.copyOf(events);
	}

	static Stream<Arguments> everyStatusAndStep() {
		return Stream.of(BatchStatus.values())
			.flatMap(status -> Stream.of(Step.values()).map(step -> Arguments.of(status, step)));
	}

	@ParameterizedTest(name = "{1} on {0}")
	@MethodSource("everyStatusAndStep")
	void eachStepIsAllowedOnlyFromItsStatuses(BatchStatus status, Step step) {
		DisbursementBatch batch = in(status);
		if (ALLOWED.get(step).contains(status)) {
			step.action.accept(batch);
			assertThat(batch.status()).isEqualTo(AFTER.get(step));
		}
		else {
			assertThatExceptionOfType(StepRefused.class).isThrownBy(() -> step.action.accept(batch));
			assertThat(batch.status()).isEqualTo(status);
			assertThat(events(batch)).isEmpty();
		}
	}

	@Test
	void theTotalIsTheApprovedAmountsAndABatchNeedsClaimsEachOnce() {
		assertThat(opened().total()).isEqualByComparingTo("2400.00");
		assertThatExceptionOfType(RuleBroken.class)
			.isThrownBy(() -> DisbursementBatch.open("BF2026-0002", List.of(), "finance", AT))
			.satisfies(ex -> assertThat(ex.problems().get(0).field()).isEqualTo("claimIds"));
		Disbursement one = new Disbursement(11, 1, BigDecimal.TEN, null, null);
		assertThatExceptionOfType(RuleBroken.class)
			.isThrownBy(() -> DisbursementBatch.open("BF2026-0002", List.of(one, one), "finance", AT));
	}

	@Test
	void confirmingPaysTheAmountByDefaultAndRegistersTheEvent() {
		DisbursementBatch batch = in(BatchStatus.SENT);
		batch.confirm(" GK2026-0001 ", List.of(), "finance", AT);
		assertThat(batch.voucher()).isEqualTo("GK2026-0001");
		assertThat(batch.paidTotal()).isEqualByComparingTo("2400.00");
		assertThat(batch.difference()).isEqualByComparingTo("0");
		assertThat(events(batch)).containsExactly(new BatchConfirmed(7L, List.of(11L, 12L)));
	}

	@Test
	void aDifferenceNeedsAReasonAndIsReconciled() {
		DisbursementBatch batch = in(BatchStatus.SENT);
		List<DisbursementPayment> withoutReason = List.of(new DisbursementPayment(12L, new BigDecimal("850"), " "));
		assertThatExceptionOfType(RuleBroken.class)
			.isThrownBy(() -> batch.confirm("GK2026-0001", withoutReason, "finance", AT))
			.satisfies(ex -> assertThat(ex.problems().get(0).field()).isEqualTo("payments[0].reason"));
		assertThat(batch.status()).isEqualTo(BatchStatus.SENT);

		batch.confirm("GK2026-0001", List.of(new DisbursementPayment(12L, new BigDecimal("850"), "银行退回一人")),
				"finance", AT);
		assertThat(batch.paidTotal()).isEqualByComparingTo("2350.00");
		assertThat(batch.difference()).isEqualByComparingTo("-50");
		assertThat(batch.disbursements().get(1).differenceReason()).isEqualTo("银行退回一人");
		assertThat(batch.disbursements().get(0).differenceReason()).isNull();
	}

	@Test
	void aVoucherIsRequiredAndOnlyTheBatchsClaimsArePaid() {
		DisbursementBatch batch = in(BatchStatus.SENT);
		assertThatExceptionOfType(RuleBroken.class).isThrownBy(() -> batch.confirm("  ", List.of(), "finance", AT))
			.satisfies(ex -> assertThat(ex.problems().get(0).field()).isEqualTo("voucher"));
		assertThatExceptionOfType(RuleBroken.class)
			.isThrownBy(() -> batch.confirm("GK1", List.of(new DisbursementPayment(99L, BigDecimal.ONE, "x")),
					"finance", AT))
			.satisfies(ex -> assertThat(ex.problems().get(0).field()).isEqualTo("payments[0].claimId"));
		assertThatExceptionOfType(RuleBroken.class)
			.isThrownBy(() -> batch.confirm("GK1",
					List.of(new DisbursementPayment(11L, new BigDecimal("-1"), "x")), "finance", AT))
			.satisfies(ex -> assertThat(ex.problems().get(0).field()).isEqualTo("payments[0].paid"));
		assertThat(batch.status()).isEqualTo(BatchStatus.SENT);
		assertThat(events(batch)).isEmpty();
	}

}
