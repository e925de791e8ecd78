package org.chengxiang.plan;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.chengxiang.directory.Directory;
import org.chengxiang.platform.security.CurrentUser;
import org.chengxiang.platform.security.Role;
import org.chengxiang.platform.domain.RuleBroken;
import org.chengxiang.platform.domain.StepRefused;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Runs a small plan through a month: signing, measures, milestones turning yellow and red, reminders,
 * an extension, a late report, a notice escalated and answered, completion and archiving.
 */
@SpringBootTest
@AutoConfigureMockMvc
class PlanLifecycleIntegrationTests {

	@Autowired
	PlanCatalog catalog;

	@Autowired
	AssignmentWork work;

	@Autowired
	ProgressReports reports;

	@Autowired
	SupervisionNotices notices;

	@Autowired
	PlanStatusJob job;

	@Autowired
	Directory directory;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Assignments assignments;

	@Autowired
	java.time.Clock clock;

	@Test
	void aPlanRunsThroughAMonth() {
		long planId = catalog.importPlan(new PlanDocumentParser().parse("""
				大石桥市人民政府办公室
				2026年1月5日
				月度测试方案
				一、重点任务
				（一）推进老旧小区改造。完成改造任务。﹝市住建局、发改局负责﹞
				"""), "lifecycle.txt", 2026, null);
		catalog.activate(planId);
		long hurd = directory.departmentByName("住建局").orElseThrow().id();
		long assignmentId = jdbc.sql("""
				select a.id from plan.assignment a join plan.task t on t.id = a.task_id
				where t.plan_id = :p and a.department_id = :d
				""").param("p", planId).param("d", hurd).query(Long.class).single();
		CurrentUser lead = new CurrentUser(-10, "zjj-lead", "住建局 局长", "", Role.DEPARTMENT_LEAD, hurd, "住建局", true, false);
		CurrentUser clerk = new CurrentUser(-11, "zjj", "住建局 科员", "", Role.CLERK, hurd, "住建局", true, false);
		CurrentUser supervisor = new CurrentUser(-12, "supervisor", "督查", "", Role.SUPERVISOR,
				directory.departmentByName("市政府办公室").orElseThrow().id(), "市政府办公室", true, false);
		LocalDate today = LocalDate.now(clock);

		// illegal steps are refused
		assertThatExceptionOfType(StepRefused.class).isThrownBy(() -> work.approveMeasures(assignmentId, supervisor));

		work.sign(assignmentId, new Commands.Sign("王局长", "李科长", "0417-5620000"), lead);
		assertThatExceptionOfType(StepRefused.class)
			.isThrownBy(() -> work.sign(assignmentId, new Commands.Sign("王局长", "李科长", null), lead));
		assertThatExceptionOfType(RuleBroken.class).isThrownBy(() -> work.proposeMeasures(assignmentId,
				new Commands.ProposeMeasures("措施", List.of(new Commands.PlannedMilestone("过去", today.minusDays(1)))),
				lead));
		work.proposeMeasures(assignmentId, new Commands.ProposeMeasures("摸底、设计、施工", List.of(
				new Commands.PlannedMilestone("完成摸底", today.plusDays(5)),
				new Commands.PlannedMilestone("完成施工", today.plusDays(40)))), lead);
		work.returnMeasures(assignmentId, new Commands.Comment("请细化节点"), supervisor);
		work.proposeMeasures(assignmentId, new Commands.ProposeMeasures("摸底、设计、施工（细化）", List.of(
				new Commands.PlannedMilestone("完成摸底", today.plusDays(5)),
				new Commands.PlannedMilestone("完成施工", today.plusDays(40)))), lead);
		work.approveMeasures(assignmentId, supervisor);

		job.run(today);
		assertThat(light(assignmentId)).isEqualTo("YELLOW"); // a milestone due within 7 days

		job.run(today.plusDays(3));
		assertThat(reminders(assignmentId, "milestone-due")).isEqualTo(1);
		job.run(today.plusDays(3));
		assertThat(reminders(assignmentId, "milestone-due")).as("sent once").isEqualTo(1);

		job.run(today.plusDays(6));
		assertThat(light(assignmentId)).isEqualTo("RED");
		assertThat(status(assignmentId)).isEqualTo("DELAYED");
		assertThat(audits(assignmentId, "milestone.overdue")).isEqualTo(1);

		// a notice nobody answers escalates; the escalated one is answered
		long notice = notices.issue(assignmentId, new Commands.IssueNotice(NoticeLevel.REMIND, "请说明摸底滞后原因", 2), supervisor);
		job.run(today.plusDays(20));
		Long escalated = jdbc.sql("select escalated_to from plan.notice where id = :id").param("id", notice).query(Long.class).single();
		assertThat(escalated).isNotNull();
		assertThat(jdbc.sql("select level from plan.notice where id = :id").param("id", escalated).query(String.class).single())
			.isEqualTo("URGE");
		assertThatExceptionOfType(StepRefused.class)
			.isThrownBy(() -> notices.respond(notice, new Commands.Respond("迟到的答复"), clerk));
		notices.respond(escalated, new Commands.Respond("已补充人员，预计一周内完成摸底。"), clerk);
		assertThatExceptionOfType(StepRefused.class).isThrownBy(() -> notices.escalate(escalated, null, supervisor));

		// an extension moves the date, keeps the original, and the light turns back
		long milestone = jdbc.sql("select min(id) from plan.milestone where assignment_id = :a").param("a", assignmentId)
			.query(Long.class).single();
		long request = work.requestExtension(assignmentId, milestone,
				new Commands.RequestExtension(today.plusDays(30), "拆迁协调需要时间"), lead);
		assertThatExceptionOfType(StepRefused.class).isThrownBy(() -> work.requestExtension(assignmentId, milestone,
				new Commands.RequestExtension(today.plusDays(31), "再次申请"), lead));
		Assignment extended = work.decideExtension(request, new Commands.DecideExtension(true, "同意"), supervisor);
		assertThat(extended.milestone(milestone).originalDueOn()).isEqualTo(today.plusDays(5));
		assertThat(extended.milestone(milestone).dueOn()).isEqualTo(today.plusDays(30));
		assertThat(extended.milestone(milestone).extensions()).isEqualTo(1);
		assertThat(jdbc.sql("select status from plan.extension_request where id = :id").param("id", request)
			.query(String.class).single()).as("the request outlives the milestone's rewrite").isEqualTo("APPROVED");
		job.run(today.plusDays(6));
		assertThat(light(assignmentId)).isNotEqualTo("RED");

		// the month's report: late once its due day has passed, accepted after it arrives
		YearMonth thisMonth = YearMonth.from(today);
		LocalDate due = ProgressReports.dueOn(thisMonth, 5);
		job.run(due.plusDays(1));
		assertThat(reminders(assignmentId, "report-late")).isEqualTo(1);
		long report = reports.submit(assignmentId, new Commands.SubmitReport(thisMonth.toString(), "已完成摸底 60%", "摸底", 60,
				"拆迁协调难"), List.of(), clerk);
		assertThatExceptionOfType(RuleBroken.class).isThrownBy(() -> reports.submit(assignmentId,
				new Commands.SubmitReport(thisMonth.toString(), "重复", "摸底", 60, null), List.of(), clerk));
		assertThatExceptionOfType(RuleBroken.class)
			.isThrownBy(() -> reports.review(report, false, " ", supervisor));
		reports.review(report, true, null, supervisor);

		// completion needs every milestone done; archiving needs completion
		assertThatExceptionOfType(StepRefused.class)
			.isThrownBy(() -> work.complete(assignmentId, new Commands.Statement("完成"), lead));
		assertThatExceptionOfType(StepRefused.class)
			.isThrownBy(() -> work.archive(assignmentId, new Commands.Statement("归档"), supervisor));
		jdbc.sql("select id from plan.milestone where assignment_id = :a").param("a", assignmentId).query(Long.class).list()
			.forEach(id -> work.markMilestoneDone(assignmentId, id, new Commands.MilestoneDone(today), clerk));
		work.complete(assignmentId, new Commands.Statement("改造任务全部完成"), lead);
		work.archive(assignmentId, new Commands.Statement("经核查，任务完成，予以归档"), supervisor);
		job.run(today.plusDays(60));
		assertThat(status(assignmentId)).isEqualTo("COMPLETED");
		assertThat(light(assignmentId)).isEqualTo("GREEN");

		// every step is in the audit trail
		assertThat(jdbc.sql("""
				select array_agg(distinct action order by action) from platform.audit_entry
				where subject_type = 'assignment' and subject_id = :id
				""").param("id", String.valueOf(assignmentId)).query(String.class).single())
			.contains("assignment.signed", "assignment.measures-proposed", "assignment.measures-returned",
					"assignment.measures-approved", "milestone.overdue", "notice.issued", "notice.escalated",
					"notice.answered", "extension.requested", "extension.approved", "report.submitted",
					"report.accepted", "milestone.done", "assignment.completed", "assignment.archived",
					"assignment.status");
	}

	@Test
	void theSecondOfTwoConcurrentEditsIsRefused() {
		long planId = catalog.importPlan(new PlanDocumentParser().parse("""
				大石桥市人民政府办公室
				2026年1月5日
				并发测试方案
				一、重点任务
				（一）推进老旧小区改造。完成改造任务。﹝市住建局负责﹞
				"""), "concurrent.txt", 2026, null);
		long id = assignments.findByPlan(planId).get(0).id();
		Assignment first = assignments.findById(id).orElseThrow();
		Assignment second = assignments.findById(id).orElseThrow();
		first.sign("王局长", "李科长", null, "zjj-lead", clock.instant());
		assignments.save(first);
		second.sign("赵局长", "钱科长", null, "zjj-lead", clock.instant());
		assertThatExceptionOfType(org.springframework.dao.OptimisticLockingFailureException.class)
			.isThrownBy(() -> assignments.save(second));
		assertThat(assignments.findById(id).orElseThrow().responsibleLeader()).isEqualTo("王局长");
	}

	@Test
	void onlyOneInstanceRunsTheJobAtATime() throws Exception {
		var first = new java.util.concurrent.CompletableFuture<PlanStatusJob.Result>();
		var transactions = new org.springframework.transaction.support.TransactionTemplate(transactionManager);
		transactions.executeWithoutResult(status -> {
			jdbc.sql("select pg_advisory_xact_lock(:key)").param("key", 0x706c616e5f6a6f62L).query().singleRow();
			Thread other = new Thread(() -> first.complete(job.run(LocalDate.now(clock))));
			other.start();
			try {
				other.join();
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
		});
		assertThat(first.get().ran()).isFalse();
	}

	@Autowired
	org.springframework.transaction.PlatformTransactionManager transactionManager;

	String light(long id) {
		return jdbc.sql("select light from plan.assignment where id = :id").param("id", id).query(String.class).single();
	}

	String status(long id) {
		return jdbc.sql("select status from plan.assignment where id = :id").param("id", id).query(String.class).single();
	}

	int reminders(long id, String kind) {
		return jdbc.sql("select count(*) from plan.reminder where assignment_id = :id and kind = :k")
			.param("id", id)
			.param("k", kind)
			.query(Integer.class)
			.single();
	}

	int audits(long id, String action) {
		return jdbc.sql("select count(*) from platform.audit_entry where subject_type = 'assignment' and subject_id = :id and action = :a")
			.param("id", String.valueOf(id))
			.param("a", action)
			.query(Integer.class)
			.single();
	}

}
