package org.chengxiang.cityops.cases;

import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.function.Consumer;

import org.junit.jupiter.api.Test;

import org.chengxiang.directory.GridCellSummary;
import org.chengxiang.platform.domain.RuleBroken;
import org.chengxiang.platform.domain.StepRefused;

import org.springframework.test.util.ReflectionTestUtils;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class CaseTests {

	static final Instant NOW = Instant.parse("2026-11-02T02:00:00Z");

	static Case reported() {
		Case c = Case.report("CG-20261102-0001", new Report(CaseSource.GRID_PATROL, "C-0103", "雨水井盖松动", 122.5, 40.6,
				new GridCellSummary(7, "210882003001-01", "金桥 1 号网格", "210882003001", "{}", false), "grid01", 11L,
				"GRID_OFFICER", NOW), "210882003", NOW.plus(Duration.ofHours(2)));
		// as stored: the first case of the table
		ReflectionTestUtils.setField(c, "id", 1L);
		return c;
	}

	static List<Object> events(Case c) {
		Collection<Object> events = ReflectionTestUtils.invokeMethod(c, "domainEvents");
		return List.copyOf(events);
	}

	static Instant at(int hours) {
		return NOW.plus(Duration.ofHours(hours));
	}

	/** A case brought to the status by legal steps. */
	static Case in(CaseStatus status) {
		Case c = reported();
		switch (status) {
			case REPORTED -> {
			}
			case REJECTED -> c.reject(RejectReason.NOT_IN_SCOPE, null, null, at(1));
			case FILED -> c.file(at(1), at(2));
			case DISPATCHED -> {
				c.file(at(1), at(2));
				c.dispatch(5, null, at(1), at(25));
			}
			case HANDLING -> {
				c.file(at(1), at(2));
				c.dispatch(5, null, at(1), at(25));
				c.start(at(2));
			}
			case FEEDBACK -> {
				c.file(at(1), at(2));
				c.dispatch(5, null, at(1), at(25));
				c.start(at(2));
				c.feedback("已更换井盖", at(3), at(27));
			}
			case VERIFIED -> {
				c.file(at(1), at(2));
				c.dispatch(5, null, at(1), at(25));
				c.start(at(2));
				c.feedback("已更换井盖", at(3), at(27));
				c.pass(at(4), at(12));
			}
			case REWORK -> {
				c.file(at(1), at(2));
				c.dispatch(5, null, at(1), at(25));
				c.start(at(2));
				c.feedback("已更换井盖", at(3), at(27));
				c.fail("井盖仍松动", at(4), at(28));
			}
			case CLOSED -> {
				c.file(at(1), at(2));
				c.dispatch(5, null, at(1), at(25));
				c.start(at(2));
				c.feedback("已更换井盖", at(3), at(27));
				c.pass(at(4), at(12));
				c.close(at(5));
			}
		}
		assertThat(c.status()).isEqualTo(status);
		return c;
	}

	@Test
	void runsTheSevenSteps() {
		Case c = reported();
		c.file(at(1), at(2));
		assertThat(c.status()).isEqualTo(CaseStatus.FILED);
		assertThat(c.dueAt()).isEqualTo(at(2));
		c.dispatch(5, null, at(1), at(25));
		assertThat(c.departmentId()).isEqualTo(5L);
		assertThat(c.handlingDueAt()).isEqualTo(at(25));
		c.start(at(2));
		assertThat(c.status()).isEqualTo(CaseStatus.HANDLING);
		c.feedback("已更换井盖", at(3), at(27));
		assertThat(c.late()).isFalse();
		assertThat(c.dueAt()).isEqualTo(at(27));
		c.pass(at(4), at(12));
		assertThat(c.status()).isEqualTo(CaseStatus.VERIFIED);
		c.close(at(5));
		assertThat(c.status()).isEqualTo(CaseStatus.CLOSED);
		assertThat(c.closedAt()).isEqualTo(at(5));
		assertThat(c.dueAt()).isNull();
		assertThat(c.stepSeq()).isEqualTo(7);
	}

	@Test
	void failedVerificationSendsItBackForReworkWithANewDeadline() {
		Case c = in(CaseStatus.REWORK);
		assertThat(c.reworks()).isEqualTo(1);
		assertThat(c.handlingDueAt()).isEqualTo(at(28));
		c.start(at(5));
		c.feedback("已更换井盖", at(30), at(50));
		assertThat(c.late()).as("fed back after the rework deadline").isTrue();
		c.fail("仍未修复", at(31), at(60));
		assertThat(c.reworks()).isEqualTo(2);
	}

	@Test
	void failedVerificationNeedsItsReason() {
		Case c = in(CaseStatus.FEEDBACK);
		assertThatExceptionOfType(RuleBroken.class).isThrownBy(() -> c.fail(" ", at(4), at(28)));
		assertThat(c.status()).isEqualTo(CaseStatus.FEEDBACK);
	}

	@Test
	void disputedDispatchGoesBackToTheOperatorAndIsCounted() {
		Case c = in(CaseStatus.DISPATCHED);
		assertThatExceptionOfType(RuleBroken.class).isThrownBy(() -> c.dispute("", at(2), at(3)));
		c.dispute("不属于本单位职责", at(2), at(3));
		assertThat(c.status()).isEqualTo(CaseStatus.FILED);
		assertThat(c.departmentId()).isNull();
		assertThat(c.disputes()).isEqualTo(1);
		c.dispatch(6, null, at(3), at(27));
		assertThat(c.departmentId()).isEqualTo(6L);
		assertThat(c.dispatchedAt()).as("first dispatch kept").isEqualTo(at(1));
	}

	@Test
	void rejectionNeedsItsReasonAndADuplicateItsOriginal() {
		assertThatExceptionOfType(RuleBroken.class).isThrownBy(() -> reported().reject(null, null, null, NOW));
		assertThatExceptionOfType(RuleBroken.class)
			.isThrownBy(() -> reported().reject(RejectReason.DUPLICATE, null, null, NOW))
			.satisfies(ex -> assertThat(ex.problems().get(0).field()).isEqualTo("duplicateOf"));
		assertThatExceptionOfType(RuleBroken.class)
			.isThrownBy(() -> reported().reject(RejectReason.DUPLICATE, null, 1L, NOW));
		assertThatExceptionOfType(RuleBroken.class)
			.isThrownBy(() -> reported().reject(RejectReason.OTHER, " ", null, NOW));
		Case c = reported();
		c.reject(RejectReason.DUPLICATE, null, 42L, at(1));
		assertThat(c.status()).isEqualTo(CaseStatus.REJECTED);
		assertThat(c.duplicateOfId()).isEqualTo(42L);
		assertThat(c.dueAt()).isNull();
	}

	@Test
	void extensionIsRequestedByTheDepartmentAndDecidedByTheOperator() {
		Case c = in(CaseStatus.HANDLING);
		assertThatExceptionOfType(RuleBroken.class).isThrownBy(() -> c.requestExtension(at(20), "材料未到", at(3)))
			.as("not later than the current deadline");
		assertThatExceptionOfType(RuleBroken.class).isThrownBy(() -> c.requestExtension(at(48), " ", at(3)));
		c.requestExtension(at(48), "需更换井座，材料未到", at(3));
		assertThatExceptionOfType(StepRefused.class).isThrownBy(() -> c.requestExtension(at(50), "再延", at(3)));
		int seq = c.stepSeq();
		c.decideExtension(true, null, at(4));
		assertThat(c.handlingDueAt()).isEqualTo(at(48));
		assertThat(c.dueAt()).isEqualTo(at(48));
		assertThat(c.extensions()).isEqualTo(1);
		assertThat(c.stepSeq()).as("a new deadline may be escalated again").isEqualTo(seq + 1);
		assertThatExceptionOfType(StepRefused.class).isThrownBy(() -> c.decideExtension(true, null, at(5)));
		c.requestExtension(at(72), "再延一天", at(5));
		c.decideExtension(false, null, at(6));
		assertThat(c.handlingDueAt()).isEqualTo(at(48));
		assertThat(c.extensions()).isEqualTo(1);
		assertThat(c.extensionUntil()).isNull();
	}

	@Test
	void feedbackSaysWhatWasDone() {
		Case c = in(CaseStatus.HANDLING);
		assertThatExceptionOfType(RuleBroken.class).isThrownBy(() -> c.feedback(" ", at(3), at(27)))
			.satisfies(ex -> assertThat(ex.problems().get(0).field()).isEqualTo("note"))
			.satisfies(ex -> assertThat(ex.problems().get(0).text().key()).isEqualTo("cityops.case.rule.feedbackNote"));
		assertThatExceptionOfType(RuleBroken.class).isThrownBy(() -> c.feedback(null, at(3), at(27)));
		assertThat(c.status()).isEqualTo(CaseStatus.HANDLING);
	}

	@Test
	void aRefusedStepNamesTheStatusByKey() {
		Case c = in(CaseStatus.CLOSED);
		assertThatExceptionOfType(StepRefused.class).isThrownBy(() -> c.file(at(9), at(10)))
			.satisfies(ex -> assertThat(ex.reason().key()).isEqualTo("cityops.case.refused.file"))
			.satisfies(ex -> assertThat(ex.reason().args()).containsExactly(CaseStatus.CLOSED.text()));
	}

	@Test
	void aNewReportWaitsToBeFiled() {
		Case c = reported();
		assertThat(c.status()).isEqualTo(CaseStatus.REPORTED);
		assertThat(c.dueAt()).isEqualTo(NOW.plus(Duration.ofHours(2)));
		assertThat(c.stepSeq()).isEqualTo(1);
		assertThat(c.townshipCode()).isEqualTo("210882003");
		assertThat(events(c)).isEmpty();
	}

	@Test
	void stepsThatConcernOthersRegisterTheirEvents() {
		Case c = in(CaseStatus.FILED);
		c.dispatch(5, " 请尽快 ", at(1), at(25));
		assertThat(events(c)).containsExactly(
				new CaseEvent.Dispatched(1, "CG-20261102-0001", "C-0103", 5, at(25), "请尽快"));
		c.dispute("不属于本单位", at(2), at(3));
		assertThat(events(c)).last().isEqualTo(new CaseEvent.Disputed(1, "CG-20261102-0001", 5, "不属于本单位"));

		Case handling = in(CaseStatus.HANDLING);
		handling.requestExtension(at(48), "材料未到", at(3));
		handling.decideExtension(false, "先处置", at(4));
		assertThat(events(handling)).containsSubsequence(
				new CaseEvent.ExtensionRequested(1, "CG-20261102-0001", at(48)),
				new CaseEvent.ExtensionDecided(1, "CG-20261102-0001", 5, false, at(48), "先处置"));

		Case feedback = in(CaseStatus.FEEDBACK);
		feedback.fail(" 井盖仍松动 ", at(4), at(28));
		assertThat(events(feedback)).last()
			.isEqualTo(new CaseEvent.ReworkOrdered(1, "CG-20261102-0001", 5, "井盖仍松动"));
	}

	@Test
	void aRefusedStepRegistersNothing() {
		Case c = in(CaseStatus.REPORTED);
		int before = events(c).size();
		assertThatExceptionOfType(StepRefused.class).isThrownBy(() -> c.dispatch(5, null, at(1), at(25)));
		assertThatExceptionOfType(RuleBroken.class)
			.isThrownBy(() -> in(CaseStatus.FILED).dispatch(5, "长".repeat(Case.MAX_INSTRUCTION + 1), at(1), at(25)));
		assertThat(events(c)).hasSize(before);
	}

	@Test
	void refusesEveryIllegalTransition() {
		List<Step> steps = List.of(new Step("file", EnumSet.of(CaseStatus.REPORTED), c -> c.file(at(9), at(10))),
				new Step("reject", EnumSet.of(CaseStatus.REPORTED),
						c -> c.reject(RejectReason.NOT_IN_SCOPE, null, null, at(9))),
				new Step("dispatch", EnumSet.of(CaseStatus.FILED), c -> c.dispatch(5, null, at(9), at(30))),
				new Step("dispute", EnumSet.of(CaseStatus.DISPATCHED), c -> c.dispute("不是本单位", at(9), at(10))),
				new Step("start", EnumSet.of(CaseStatus.DISPATCHED, CaseStatus.REWORK), c -> c.start(at(9))),
				new Step("feedback", EnumSet.of(CaseStatus.HANDLING), c -> c.feedback("已更换井盖", at(9), at(30))),
				new Step("pass", EnumSet.of(CaseStatus.FEEDBACK), c -> c.pass(at(9), at(12))),
				new Step("fail", EnumSet.of(CaseStatus.FEEDBACK), c -> c.fail("未修复", at(9), at(30))),
				new Step("close", EnumSet.of(CaseStatus.VERIFIED), c -> c.close(at(9))),
				new Step("extension", EnumSet.of(CaseStatus.DISPATCHED, CaseStatus.HANDLING, CaseStatus.REWORK),
						c -> c.requestExtension(at(100), "需要时间", at(9))));
		for (Step step : steps) {
			for (CaseStatus status : CaseStatus.values()) {
				Case c = in(status);
				if (step.allowed().contains(status)) {
					step.action().accept(c);
				}
				else {
					assertThatExceptionOfType(StepRefused.class).as("%s from %s", step.name(), status)
						.isThrownBy(() -> step.action().accept(c));
					assertThat(c.status()).isEqualTo(status);
				}
			}
		}
	}

	@Test
	void noExtensionDecisionWithoutARequest() {
		for (CaseStatus status : CaseStatus.values()) {
			Case c = in(status);
			assertThatExceptionOfType(StepRefused.class).as("decide from %s", status)
				.isThrownBy(() -> c.decideExtension(true, null, at(9)));
		}
	}

	@Test
	void photosBelongToTheirStep() {
		in(CaseStatus.HANDLING).requireAcceptsPhotos(Case.PhotoStage.HANDLING);
		in(CaseStatus.FEEDBACK).requireAcceptsPhotos(Case.PhotoStage.VERIFICATION);
		assertThatExceptionOfType(StepRefused.class)
			.isThrownBy(() -> in(CaseStatus.DISPATCHED).requireAcceptsPhotos(Case.PhotoStage.HANDLING));
		assertThatExceptionOfType(StepRefused.class)
			.isThrownBy(() -> in(CaseStatus.CLOSED).requireAcceptsPhotos(Case.PhotoStage.VERIFICATION));
	}

	record Step(String name, EnumSet<CaseStatus> allowed, Consumer<Case> action) {
	}

}
