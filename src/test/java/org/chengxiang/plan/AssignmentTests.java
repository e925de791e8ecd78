package org.chengxiang.plan;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.junit.jupiter.api.Test;

import org.chengxiang.platform.domain.RuleBroken;
import org.chengxiang.platform.domain.StepRefused;

import org.springframework.test.util.ReflectionTestUtils;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class AssignmentTests {

	static final LocalDate TODAY = LocalDate.of(2026, 3, 10);

	static final Instant NOW = Instant.parse("2026-03-10T02:00:00Z");

	/** A stored assignment, as the repository gives it: with its id, and its milestones with theirs. */
	static Assignment issued() {
		Assignment a = Assignment.issue(3, "市住建局", 5L, UnitRole.LEAD);
		ReflectionTestUtils.setField(a, "id", 1L);
		return a;
	}

	static List<Milestone> planned() {
		return List.of(Milestone.planned("完成摸底", TODAY.plusDays(5)), Milestone.planned("完成施工", TODAY.plusDays(40)));
	}

	/** Gives the milestones ids 11, 12, … as saving them would. */
	static void saved(Assignment a) {
		long id = 11;
		for (Milestone m : a.milestones()) {
			ReflectionTestUtils.setField(m, "id", id++);
		}
	}

	/** An assignment brought to the stage by legal steps, its events cleared as a save clears them. */
	static Assignment in(AssignmentStage stage) {
		Assignment a = issued();
		if (stage.ordinal() >= AssignmentStage.SIGNED.ordinal()) {
			a.sign("王局长", "李科长", "0417-5620000", "zjj-lead", NOW);
		}
		if (stage.ordinal() >= AssignmentStage.MEASURES_SUBMITTED.ordinal()) {
			a.proposeMeasures("摸底、设计、施工", planned(), TODAY);
			saved(a);
		}
		if (stage.ordinal() >= AssignmentStage.IN_PROGRESS.ordinal()) {
			a.approveMeasures();
		}
		if (stage.ordinal() >= AssignmentStage.COMPLETED.ordinal()) {
			a.markMilestoneDone(11, TODAY, TODAY);
			a.markMilestoneDone(12, TODAY, TODAY);
			a.complete("改造任务全部完成", NOW);
		}
		if (stage == AssignmentStage.ARCHIVED) {
			a.archive("经核查，予以归档", NOW);
		}
		assertThat(a.stage()).isEqualTo(stage);
		ReflectionTestUtils.invokeMethod(a, "clearDomainEvents");
		return a;
	}

	static Collection<?> events(Assignment a) {
		return ReflectionTestUtils.invokeMethod(a, "domainEvents");
	}

	@Test
	void runsFromIssuedToArchivedRegisteringEachStep() {
		Assignment a = issued();
		a.sign(" 王局长 ", "李科长", null, "zjj-lead", NOW);
		assertThat(a.responsibleLeader()).isEqualTo("王局长");
		assertThat(a.signedAt()).isEqualTo(NOW);
		a.proposeMeasures("措施", planned(), TODAY);
		a.returnMeasures("请细化节点");
		assertThat(a.stage()).isEqualTo(AssignmentStage.SIGNED);
		assertThat(a.measuresComment()).isEqualTo("请细化节点");
		a.proposeMeasures("措施（细化）", planned(), TODAY);
		assertThat(a.measuresComment()).isNull();
		saved(a);
		a.approveMeasures();
		a.markMilestoneDone(11, TODAY.minusDays(1), TODAY);
		a.markMilestoneDone(12, TODAY, TODAY);
		a.complete("完成", NOW);
		a.archive("归档", NOW);
		assertThat(a.stage()).isEqualTo(AssignmentStage.ARCHIVED);
		assertThat(events(a)).hasSize(9)
			.last()
			.isEqualTo(new AssignmentStepTaken(1, AssignmentStage.ARCHIVED));
	}

	@Test
	void measuresNeedAMilestoneAndNoneInThePast() {
		Assignment a = in(AssignmentStage.SIGNED);
		assertThatExceptionOfType(RuleBroken.class).isThrownBy(() -> a.proposeMeasures("措施", List.of(), TODAY))
			.satisfies(ex -> assertThat(ex.problems().get(0).field()).isEqualTo("milestones"));
		assertThatExceptionOfType(RuleBroken.class)
			.isThrownBy(() -> a.proposeMeasures("措施",
					List.of(Milestone.planned("明天", TODAY.plusDays(1)), Milestone.planned("昨天", TODAY.minusDays(1))),
					TODAY))
			.satisfies(ex -> assertThat(ex.problems().get(0).field()).isEqualTo("milestones[1].dueOn"));
		assertThat(a.stage()).isEqualTo(AssignmentStage.SIGNED);
		assertThat(a.milestones()).isEmpty();
	}

	@Test
	void completionNeedsEveryMilestoneDone() {
		Assignment a = in(AssignmentStage.IN_PROGRESS);
		a.markMilestoneDone(11, TODAY, TODAY);
		assertThatExceptionOfType(StepRefused.class).isThrownBy(() -> a.complete("完成", NOW))
			.satisfies(ex -> assertThat(ex.reason().key()).isEqualTo("plan.refused.milestonesOpen"));
		assertThat(a.stage()).isEqualTo(AssignmentStage.IN_PROGRESS);
	}

	@Test
	void aMilestoneIsDoneOnceAndNotInTheFuture() {
		Assignment a = in(AssignmentStage.IN_PROGRESS);
		assertThatExceptionOfType(RuleBroken.class).isThrownBy(() -> a.markMilestoneDone(11, TODAY.plusDays(1), TODAY));
		assertThatExceptionOfType(RuleBroken.class).isThrownBy(() -> a.markMilestoneDone(99, TODAY, TODAY))
			.satisfies(ex -> assertThat(ex.problems().get(0).field()).isEqualTo("milestoneId"));
		a.markMilestoneDone(11, TODAY, TODAY);
		assertThat(a.milestone(11).doneOn()).isEqualTo(TODAY);
		assertThatExceptionOfType(StepRefused.class).isThrownBy(() -> a.markMilestoneDone(11, TODAY, TODAY));
		assertThatExceptionOfType(StepRefused.class)
			.isThrownBy(() -> a.checkExtensionRequest(11, TODAY.plusDays(30)));
	}

	@Test
	void anExtensionMovesTheDateLaterAndKeepsTheOriginal() {
		Assignment a = in(AssignmentStage.IN_PROGRESS);
		assertThatExceptionOfType(RuleBroken.class).isThrownBy(() -> a.checkExtensionRequest(11, TODAY.plusDays(5)))
			.satisfies(ex -> assertThat(ex.problems().get(0).field()).isEqualTo("requestedDueOn"));
		a.checkExtensionRequest(11, TODAY.plusDays(30));
		a.extendMilestone(11, TODAY.plusDays(30));
		assertThat(a.milestone(11).dueOn()).isEqualTo(TODAY.plusDays(30));
		assertThat(a.milestone(11).originalDueOn()).isEqualTo(TODAY.plusDays(5));
		assertThat(a.milestone(11).extensions()).isEqualTo(1);
	}

	@Test
	void reportsStartWithApprovedMeasuresAndNeverForAFutureMonth() {
		Assignment a = in(AssignmentStage.IN_PROGRESS);
		a.checkReport(YearMonth.from(TODAY), YearMonth.from(TODAY));
		assertThatExceptionOfType(RuleBroken.class)
			.isThrownBy(() -> a.checkReport(YearMonth.from(TODAY).plusMonths(1), YearMonth.from(TODAY)))
			.satisfies(ex -> assertThat(ex.problems().get(0).field()).isEqualTo("period"));
	}

	@Test
	void statusAndLightFollowTheMilestones() {
		Assignment a = in(AssignmentStage.IN_PROGRESS);
		assertThat(a.status(TODAY, false)).isEqualTo(AssignmentStatus.IN_PROGRESS);
		assertThat(a.light(TODAY, false)).as("a milestone due within 7 days").isEqualTo(Light.YELLOW);
		assertThat(a.light(TODAY.minusDays(10), false)).isEqualTo(Light.GREEN);
		assertThat(a.light(TODAY.minusDays(10), true)).as("a report late").isEqualTo(Light.YELLOW);
		assertThat(a.status(TODAY.plusDays(6), false)).isEqualTo(AssignmentStatus.DELAYED);
		assertThat(a.light(TODAY.plusDays(6), false)).isEqualTo(Light.RED);
		assertThat(in(AssignmentStage.SIGNED).status(TODAY, false)).isEqualTo(AssignmentStatus.NOT_STARTED);
		assertThat(in(AssignmentStage.SIGNED).status(TODAY, true)).isEqualTo(AssignmentStatus.IN_PROGRESS);
		assertThat(in(AssignmentStage.ARCHIVED).status(TODAY.plusYears(1), false)).isEqualTo(AssignmentStatus.COMPLETED);
		assertThat(in(AssignmentStage.COMPLETED).light(TODAY.plusYears(1), true)).isEqualTo(Light.GREEN);
	}

	/** Every step from every stage: the allowed ones land where they should, the others change nothing. */
	@Test
	void refusesEveryIllegalTransition() {
		List<Step> steps = List.of(
				new Step("sign", Map.of(AssignmentStage.ISSUED, AssignmentStage.SIGNED),
						a -> a.sign("赵局长", "钱科长", null, "zjj-lead", NOW)),
				new Step("proposeMeasures", Map.of(AssignmentStage.SIGNED, AssignmentStage.MEASURES_SUBMITTED),
						a -> a.proposeMeasures("措施", planned(), TODAY)),
				new Step("approveMeasures", Map.of(AssignmentStage.MEASURES_SUBMITTED, AssignmentStage.IN_PROGRESS),
						Assignment::approveMeasures),
				new Step("returnMeasures", Map.of(AssignmentStage.MEASURES_SUBMITTED, AssignmentStage.SIGNED),
						a -> a.returnMeasures("请细化")),
				new Step("markMilestoneDone", Map.of(AssignmentStage.IN_PROGRESS, AssignmentStage.IN_PROGRESS),
						a -> a.markMilestoneDone(12, TODAY, TODAY)),
				new Step("requestExtension", Map.of(AssignmentStage.IN_PROGRESS, AssignmentStage.IN_PROGRESS),
						a -> a.checkExtensionRequest(12, TODAY.plusDays(60))),
				new Step("extendMilestone", Map.of(AssignmentStage.IN_PROGRESS, AssignmentStage.IN_PROGRESS),
						a -> a.extendMilestone(12, TODAY.plusDays(60))),
				// every milestone met first, so that only the stage decides
				new Step("complete", Map.of(AssignmentStage.IN_PROGRESS, AssignmentStage.COMPLETED), a -> {
					a.milestones().forEach(m -> m.markDone(TODAY));
					a.complete("完成", NOW);
				}), new Step("archive", Map.of(AssignmentStage.COMPLETED, AssignmentStage.ARCHIVED),
						a -> a.archive("归档", NOW)),
				new Step("report", Map.of(AssignmentStage.IN_PROGRESS, AssignmentStage.IN_PROGRESS),
						a -> a.checkReport(YearMonth.from(TODAY), YearMonth.from(TODAY))),
				new Step("notice", Map.of(AssignmentStage.ISSUED, AssignmentStage.ISSUED, AssignmentStage.SIGNED,
						AssignmentStage.SIGNED, AssignmentStage.MEASURES_SUBMITTED, AssignmentStage.MEASURES_SUBMITTED,
						AssignmentStage.IN_PROGRESS, AssignmentStage.IN_PROGRESS, AssignmentStage.COMPLETED,
						AssignmentStage.COMPLETED), Assignment::checkNotice));
		int checked = 0;
		for (Step step : steps) {
			for (AssignmentStage stage : AssignmentStage.values()) {
				Assignment a = in(stage);
				AssignmentStage expected = step.allowed().get(stage);
				if (expected != null) {
					step.action().accept(a);
					assertThat(a.stage()).as("%s from %s", step.name(), stage).isEqualTo(expected);
				}
				else {
					assertThatExceptionOfType(StepRefused.class).as("%s from %s", step.name(), stage)
						.isThrownBy(() -> step.action().accept(a));
					assertThat(a.stage()).as("%s from %s", step.name(), stage).isEqualTo(stage);
					assertThat(events(a)).as("%s from %s registers nothing", step.name(), stage).isEmpty();
				}
				checked++;
			}
		}
		assertThat(checked).isEqualTo(steps.size() * AssignmentStage.values().length);
	}

	record Step(String name, Map<AssignmentStage, AssignmentStage> allowed, Consumer<Assignment> action) {
	}

}
