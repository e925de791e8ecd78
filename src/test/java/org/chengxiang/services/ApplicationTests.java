package org.chengxiang.services;

import java.time.Instant;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import org.chengxiang.platform.domain.RuleBroken;
import org.chengxiang.platform.domain.StepRefused;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class ApplicationTests {

	static final Instant NOW = Instant.parse("2020-09-30T02:00:00Z");

	static Application draft() {
		return new Application(1, "210882-20200930-000001", "ITEM", 3, 9, true, ApplicationStatus.DRAFT, null, null, null,
				null, null, 0, null, null, null, null, null, null, null, 0);
	}

	@Test
	void runsTheWholeWorkflow() {
		Application a = draft();
		a.submit(NOW);
		a.accept(LocalDate.of(2020, 9, 30), LocalDate.of(2020, 10, 12), "police");
		a.startReview("police");
		a.requestCorrection(LocalDate.of(2020, 10, 9));
		a.resubmit(2, LocalDate.of(2020, 10, 14));
		assertThat(a.pausedWorkingDays()).isEqualTo(2);
		assertThat(a.deadline()).isEqualTo(LocalDate.of(2020, 10, 14));
		a.approve(NOW, 5, "  材料齐全，符合条件，同意办理。 ");
		assertThat(a.status()).isEqualTo(ApplicationStatus.APPROVED);
		assertThat(a.decisionOpinion()).isEqualTo("材料齐全，符合条件，同意办理。");
		a.rate(5, "很满意");
		assertThatExceptionOfType(StepRefused.class).isThrownBy(() -> a.rate(4, null));
	}

	@Test
	void refusesEveryIllegalTransition() {
		Application a = draft();
		assertThatExceptionOfType(StepRefused.class).isThrownBy(() -> a.accept(LocalDate.now(), LocalDate.now(), "x"));
		assertThatExceptionOfType(StepRefused.class).isThrownBy(() -> a.approve(NOW, 0, null));
		assertThatExceptionOfType(StepRefused.class).isThrownBy(() -> a.requestCorrection(LocalDate.now()));
		assertThatExceptionOfType(StepRefused.class).isThrownBy(() -> a.rate(5, null));
		a.submit(NOW);
		assertThatExceptionOfType(StepRefused.class).isThrownBy(() -> a.submit(NOW));
		assertThatExceptionOfType(StepRefused.class).isThrownBy(() -> a.startReview("x"));
		assertThatExceptionOfType(StepRefused.class).isThrownBy(() -> a.reject("r", "b", NOW, 0));
		assertThatExceptionOfType(StepRefused.class).isThrownBy(() -> a.resubmit(0, null));
		a.accept(LocalDate.now(), LocalDate.now(), "x");
		assertThatExceptionOfType(StepRefused.class).isThrownBy(() -> a.refuseAcceptance("r", NOW));
		a.withdraw(NOW);
		assertThatExceptionOfType(StepRefused.class).isThrownBy(() -> a.withdraw(NOW));
		assertThatExceptionOfType(StepRefused.class).isThrownBy(() -> a.startReview("x"));
	}

	@Test
	void refusalAndRejectionNeedTheirReasons() {
		Application a = draft();
		a.submit(NOW);
		assertThatExceptionOfType(RuleBroken.class).isThrownBy(() -> a.refuseAcceptance(" ", NOW));
		a.accept(LocalDate.now(), LocalDate.now(), "x");
		a.startReview("x");
		assertThatExceptionOfType(RuleBroken.class).isThrownBy(() -> a.reject("不符合条件", " ", NOW, 1));
		a.reject("不符合条件", "《户口登记条例》第十条", NOW, 1);
		assertThat(a.status()).isEqualTo(ApplicationStatus.REJECTED);
	}

}
