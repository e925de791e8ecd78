package org.chengxiang.services;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

import org.junit.jupiter.api.Test;

import org.chengxiang.platform.domain.RuleBroken;
import org.chengxiang.platform.domain.StaleVersion;
import org.chengxiang.platform.domain.StepRefused;
import org.chengxiang.platform.domain.Text;

import org.springframework.test.util.ReflectionTestUtils;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class ApplicationTests {

	static final Instant NOW = Instant.parse("2020-09-30T02:00:00Z");

	static final LocalDate TODAY = LocalDate.of(2020, 9, 30);

	/** Monday to Friday, no holidays: enough for the aggregate, which only adds what it is told. */
	static final Application.WorkingDays WEEKDAYS = new Application.WorkingDays() {

		@Override
		public int between(LocalDate from, LocalDate to) {
			int days = 0;
			for (LocalDate d = from; d.isBefore(to); d = d.plusDays(1)) {
				days += weekday(d) ? 1 : 0;
			}
			return days;
		}

		@Override
		public LocalDate add(LocalDate from, int days) {
			LocalDate d = from;
			for (int left = days; left > 0;) {
				d = d.plusDays(1);
				left -= weekday(d) ? 1 : 0;
			}
			return d;
		}

		private boolean weekday(LocalDate d) {
			return d.getDayOfWeek() != DayOfWeek.SATURDAY && d.getDayOfWeek() != DayOfWeek.SUNDAY;
		}

	};

	/** A stored draft: id 1, version 0. */
	static Application draft() {
		Application a = Application.draft("210882-20200930-000001", "ITEM", 3, 9,
				new Application.ProtectedApplicant("王居民", new byte[] { 1 }, new byte[] { 2 }), new byte[] { 3 }, NOW);
		ReflectionTestUtils.setField(a, "id", 1L);
		ReflectionTestUtils.setField(a, "version", 0);
		return a;
	}

	/** An application brought to the status by legal steps. */
	static Application in(ApplicationStatus status) {
		Application a = draft();
		switch (status) {
			case DRAFT -> {
			}
			case SUBMITTED -> a.submit(NOW);
			case NOT_ACCEPTED -> {
				a.submit(NOW);
				a.refuseAcceptance("材料不属于本部门受理范围", NOW);
			}
			case ACCEPTED -> {
				a.submit(NOW);
				a.accept(TODAY, TODAY.plusDays(12), "police");
			}
			case UNDER_REVIEW -> {
				a.submit(NOW);
				a.accept(TODAY, TODAY.plusDays(12), "police");
				a.startReview("police");
			}
			case CORRECTION_REQUESTED -> {
				a.submit(NOW);
				a.accept(TODAY, TODAY.plusDays(12), "police");
				a.startReview("police");
				a.requestCorrection(TODAY.plusDays(1));
			}
			case RESUBMITTED -> {
				a.submit(NOW);
				a.accept(TODAY, TODAY.plusDays(12), "police");
				a.startReview("police");
				a.requestCorrection(TODAY.plusDays(1));
				a.resubmit(TODAY.plusDays(6), 3, WEEKDAYS);
			}
			case APPROVED -> {
				a.submit(NOW);
				a.accept(TODAY, TODAY.plusDays(12), "police");
				a.startReview("police");
				a.approve(NOW, 3, null);
			}
			case REJECTED -> {
				a.submit(NOW);
				a.accept(TODAY, TODAY.plusDays(12), "police");
				a.startReview("police");
				a.reject("不符合条件", "《户口登记条例》第十条", NOW, 3);
			}
			case WITHDRAWN -> a.withdraw(NOW);
		}
		assertThat(a.status()).isEqualTo(status);
		return a;
	}

	@Test
	void runsTheWholeWorkflow() {
		Application a = draft();
		a.submit(NOW);
		a.accept(TODAY, LocalDate.of(2020, 10, 12), "police");
		a.startReview("police");
		a.requestCorrection(LocalDate.of(2020, 10, 9));
		a.resubmit(LocalDate.of(2020, 10, 13), 3, WEEKDAYS);
		assertThat(a.pausedWorkingDays()).isEqualTo(2);
		assertThat(a.deadline()).isEqualTo(WEEKDAYS.add(TODAY, 5));
		a.approve(NOW, 5, "  材料齐全，符合条件，同意办理。 ");
		assertThat(a.status()).isEqualTo(ApplicationStatus.APPROVED);
		assertThat(a.decisionOpinion()).isEqualTo("材料齐全，符合条件，同意办理。");
		a.rate(5, "很满意", NOW);
		assertThatExceptionOfType(StepRefused.class).isThrownBy(() -> a.rate(4, null, NOW));
	}

	@Test
	void submissionAndDecisionRegisterTheirEvents() {
		Application a = in(ApplicationStatus.UNDER_REVIEW);
		assertThat(events(a)).anySatisfy(e -> assertThat(e).isInstanceOf(ApplicationSubmitted.class))
			.contains(new DocumentDue(1));
		a.approve(NOW, 4, null);
		assertThat(events(a)).contains(new ApplicationDecided(1, "210882-20200930-000001", "ITEM", true, 9, true, 4, NOW));
	}

	@Test
	void refusesEveryIllegalTransition() {
		Set<ApplicationStatus> open = ApplicationStatus.OPEN;
		Set<ApplicationStatus> decided = EnumSet.of(ApplicationStatus.APPROVED, ApplicationStatus.REJECTED,
				ApplicationStatus.NOT_ACCEPTED);
		Set<ApplicationStatus> editable = EnumSet.of(ApplicationStatus.DRAFT, ApplicationStatus.CORRECTION_REQUESTED);
		Set<ApplicationStatus> reviewing = EnumSet.of(ApplicationStatus.UNDER_REVIEW, ApplicationStatus.RESUBMITTED);
		List<Step> steps = List.of(
				new Step("changeForm", editable, null, a -> a.changeForm(a.version(), new byte[] { 4 })),
				new Step("attachMaterial", editable, null, Application::attachMaterial),
				new Step("submit", EnumSet.of(ApplicationStatus.DRAFT), ApplicationStatus.SUBMITTED,
						a -> a.submit(NOW)),
				new Step("accept", EnumSet.of(ApplicationStatus.SUBMITTED), ApplicationStatus.ACCEPTED,
						a -> a.accept(TODAY, TODAY.plusDays(5), "police")),
				new Step("refuseAcceptance", EnumSet.of(ApplicationStatus.SUBMITTED), ApplicationStatus.NOT_ACCEPTED,
						a -> a.refuseAcceptance("不属于受理范围", NOW)),
				new Step("startReview", EnumSet.of(ApplicationStatus.ACCEPTED, ApplicationStatus.RESUBMITTED),
						ApplicationStatus.UNDER_REVIEW, a -> a.startReview("police")),
				new Step("requestCorrection",
						EnumSet.of(ApplicationStatus.ACCEPTED, ApplicationStatus.UNDER_REVIEW,
								ApplicationStatus.RESUBMITTED),
						ApplicationStatus.CORRECTION_REQUESTED, a -> a.requestCorrection(TODAY.plusDays(2))),
				new Step("resubmit", EnumSet.of(ApplicationStatus.CORRECTION_REQUESTED), ApplicationStatus.RESUBMITTED,
						a -> a.resubmit(TODAY.plusDays(8), 3, WEEKDAYS)),
				new Step("approve", reviewing, ApplicationStatus.APPROVED, a -> a.approve(NOW, 3, "同意")),
				new Step("reject", reviewing, ApplicationStatus.REJECTED, a -> a.reject("不符合条件", "第十条", NOW, 3)),
				new Step("withdraw", open, ApplicationStatus.WITHDRAWN, a -> a.withdraw(NOW)),
				new Step("rate", decided, null, a -> a.rate(4, "好", NOW)),
				new Step("handOver",
						EnumSet.of(ApplicationStatus.SUBMITTED, ApplicationStatus.ACCEPTED, ApplicationStatus.UNDER_REVIEW,
								ApplicationStatus.CORRECTION_REQUESTED, ApplicationStatus.RESUBMITTED),
						null, a -> a.handOver("colleague")));
		int checked = 0;
		for (Step step : steps) {
			for (ApplicationStatus status : ApplicationStatus.values()) {
				Application a = in(status);
				if (step.allowed().contains(status)) {
					step.action().accept(a);
					assertThat(a.status()).as("%s from %s", step.name(), status)
						.isEqualTo(step.to() == null ? status : step.to());
				}
				else {
					assertThatExceptionOfType(StepRefused.class).as("%s from %s", step.name(), status)
						.isThrownBy(() -> step.action().accept(a))
						.satisfies(ex -> assertThat(ex.reason().key()).isIn("services.refused.step",
								"services.rating.notYet"));
					assertThat(a).as("%s from %s leaves it unchanged", step.name(), status)
						.usingRecursiveComparison()
						.isEqualTo(in(status));
				}
				checked++;
			}
		}
		assertThat(checked).isEqualTo(13 * ApplicationStatus.values().length);
	}

	@Test
	void theRefusalNamesTheStatusAndTheStepInWords() {
		assertThatExceptionOfType(StepRefused.class).isThrownBy(() -> in(ApplicationStatus.APPROVED).accept(TODAY, TODAY, "x"))
			.satisfies(ex -> assertThat(ex.reason()).isEqualTo(Text.of("services.refused.step",
					Text.of("services.status.APPROVED"), Text.of("services.verb.accept"))));
	}

	@Test
	void aFormChangedSinceItWasSeenIsRefusedAndKept() {
		Application a = in(ApplicationStatus.DRAFT);
		ReflectionTestUtils.setField(a, "version", 3);
		assertThatExceptionOfType(StaleVersion.class).isThrownBy(() -> a.changeForm(2, new byte[] { 9 }));
		assertThat(a.formEnc()).containsExactly(3);
		a.changeForm(3, new byte[] { 9 });
		assertThat(a.formEnc()).containsExactly(9);
	}

	@Test
	void aRatingIsChosenOnceOnTheScale() {
		Application a = in(ApplicationStatus.APPROVED);
		assertThatExceptionOfType(RuleBroken.class).isThrownBy(() -> a.rate(null, null, NOW))
			.satisfies(ex -> assertThat(ex.problems().get(0).text().key()).isEqualTo("services.rating.required"));
		assertThatExceptionOfType(RuleBroken.class).isThrownBy(() -> a.rate(6, null, NOW));
		a.rate(2, " 太慢 ", NOW);
		assertThat(a.ratingComment()).isEqualTo("太慢");
		assertThatExceptionOfType(StepRefused.class).isThrownBy(() -> a.rate(5, null, NOW))
			.satisfies(ex -> assertThat(ex.reason().key()).isEqualTo("services.rating.already"));
	}

	@Test
	void refusalAndRejectionNeedTheirReasons() {
		Application a = draft();
		a.submit(NOW);
		assertThatExceptionOfType(RuleBroken.class).isThrownBy(() -> a.refuseAcceptance(" ", NOW));
		a.accept(TODAY, TODAY, "x");
		a.startReview("x");
		assertThatExceptionOfType(RuleBroken.class).isThrownBy(() -> a.reject("不符合条件", " ", NOW, 1));
		assertThatExceptionOfType(RuleBroken.class)
			.isThrownBy(() -> a.approve(NOW, 1, "长".repeat(Application.MAX_OPINION + 1)));
		assertThat(a.status()).isEqualTo(ApplicationStatus.UNDER_REVIEW);
		a.reject("不符合条件", "《户口登记条例》第十条", NOW, 1);
		assertThat(a.status()).isEqualTo(ApplicationStatus.REJECTED);
	}

	@SuppressWarnings("unchecked")
	private static List<Object> events(Application a) {
		return new ArrayList<>((java.util.Collection<Object>) ReflectionTestUtils.invokeMethod(a, "domainEvents"));
	}

	record Step(String name, Set<ApplicationStatus> allowed, ApplicationStatus to, Consumer<Application> action) {
	}

}
