package org.chengxiang.plan;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.chengxiang.directory.DepartmentSummary;
import org.chengxiang.directory.Directory;
import org.chengxiang.platform.security.CurrentUser;
import org.chengxiang.platform.security.CurrentUsers;
import org.chengxiang.platform.security.Role;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Demo for the embedded default only: imports the reference plan (Dashiqiao 2020) at first start,
 * activates it, and lets a few departments work on it so that the dashboards have something to show.
 */
@Component
@Order(30)
@ConditionalOnBooleanProperty("chengxiang.embedded.active")
class DemoPlan implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoPlan.class);

	private final JdbcClient jdbc;

	private final PlanCatalog catalog;

	private final AssignmentWork work;

	private final ProgressReports reports;

	private final SupervisionNotices notices;

	private final PlanStatusJob job;

	private final Directory directory;

	private final TransactionTemplate transactions;

	private final Clock clock;

	DemoPlan(JdbcClient jdbc, PlanCatalog catalog, AssignmentWork work, ProgressReports reports,
			SupervisionNotices notices, PlanStatusJob job, Directory directory, TransactionTemplate transactions,
			Clock clock) {
		this.jdbc = jdbc;
		this.catalog = catalog;
		this.work = work;
		this.reports = reports;
		this.notices = notices;
		this.job = job;
		this.directory = directory;
		this.transactions = transactions;
		this.clock = clock;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (jdbc.sql("select count(*) from plan.plan").query(Integer.class).single() > 0) {
			return;
		}
		byte[] text;
		try {
			text = new ClassPathResource("plan/dashiqiao-2020.txt").getContentAsByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		// The demo city works on the reference plan this year, so that its progress, deadlines and the live
		// indicators other modules measure (settlement, cases) fall in the plan's year.
		int year = LocalDate.now(clock).getYear();
		transactions.executeWithoutResult(status -> {
			long planId = catalog.importPlan(PlanInputs.parse(text, "dashiqiao-2020-urbanization-plan.txt", "text/plain"),
					"dashiqiao-2020-urbanization-plan.txt", year, null);
			catalog.activate(planId);
			work(planId);
		});
		job.run(LocalDate.now(clock));
		log.info("Demo plan: the Dashiqiao 2020 plan imported as the plan of {} and activated, with demo progress", year);
	}

	/** Runs a step as the given demo user, so that the audit trail names them. */
	private static void as(CurrentUser user, Runnable step) {
		CurrentUsers.runAs(user, () -> {
			step.run();
			return null;
		});
	}

	/** 发改局 (user drc) works on the first tasks; the supervision office approves and presses one of them. */
	private void work(long planId) {
		DepartmentSummary drc = directory.departmentByName("发改局").orElseThrow();
		CurrentUser lead = new CurrentUser(-1, "drc", "发改局 李局长", "", Role.DEPARTMENT_LEAD, drc.id(), drc.shortName(),
				true, false);
		CurrentUser supervisor = new CurrentUser(-2, "supervisor", "督查室 王督查", "", Role.SUPERVISOR,
				directory.departmentByName("市政府办公室").orElseThrow().id(), "市政府办公室", true, false);
		List<Long> mine = jdbc.sql("""
				select a.id from plan.assignment a join plan.task t on t.id = a.task_id
				where t.plan_id = :plan and a.department_id = :department order by t.seq limit 4
				""").param("plan", planId).param("department", drc.id()).query(Long.class).list();
		LocalDate today = LocalDate.now(clock);
		for (int i = 0; i < mine.size(); i++) {
			long id = mine.get(i);
			as(lead, () -> work.sign(id, new Commands.Sign("李局长", "张科长", "0417-5621234"), lead));
			if (i == 3) {
				continue; // signed for, measures still being drafted
			}
			as(lead, () -> work.proposeMeasures(id, new Commands.ProposeMeasures("梳理政策清单，会同相关部门制定配套措施，按月调度推进。",
					List.of(new Commands.PlannedMilestone("制定配套政策措施", today.plusDays(20)),
							new Commands.PlannedMilestone("完成年度任务并总结", today.plusDays(60)))),
					lead));
			as(supervisor, () -> work.approveMeasures(id, supervisor));
			as(lead, () -> reports.submit(id, new Commands.SubmitReport(YearMonth.from(today).minusMonths(1).toString(),
					"已召开专题会议部署，完成政策梳理。", "部署启动", 30, null), List.of(), lead));
		}
		if (mine.size() > 1) {
			// history the demo needs: one milestone already overdue, so that the dashboard shows red
			jdbc.sql("""
					update plan.milestone set due_on = :due, original_due_on = :due
					where id = (select min(id) from plan.milestone where assignment_id = :a)
					""").param("due", today.minusDays(3)).param("a", mine.get(1)).update();
			as(supervisor, () -> notices.issue(mine.get(1), new Commands.IssueNotice(NoticeLevel.REMIND,
					"“制定配套政策措施”节点已逾期，请说明原因并提出整改措施。", 5), supervisor));
		}
	}

}
