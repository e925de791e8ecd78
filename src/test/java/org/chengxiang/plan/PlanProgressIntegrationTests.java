package org.chengxiang.plan;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.chengxiang.directory.Directory;
import org.chengxiang.platform.security.CurrentUser;
import org.chengxiang.platform.security.Role;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * City-wide totals of a plan of its own, built step by step: five assignments in three tasks and two chapters,
 * one completed, one with a milestone due within a week, one overdue, two not started.
 */
@SpringBootTest
class PlanProgressIntegrationTests {

	@Autowired
	PlanProgress progress;

	@Autowired
	PlanCatalog catalog;

	@Autowired
	AssignmentWork work;

	@Autowired
	Assignments assignments;

	@Autowired
	AssignmentStatusRecorder recorder;

	@Autowired
	Directory directory;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Clock clock;

	@Test
	void totalsCountEveryDepartmentsAssignmentByStatusAndLight() {
		long planId = catalog.importPlan(new PlanDocumentParser().parse("""
				大石桥市人民政府办公室
				2026年1月5日
				进度汇总测试方案
				一、城镇建设
				（一）推进老旧小区改造。完成改造任务。﹝市住建局、发改局负责﹞
				（二）深化户籍制度改革。放开落户限制。﹝市公安局负责﹞
				二、公共服务
				（三）促进教育卫生公平。保障随迁子女入学。﹝市教育局、卫健局负责﹞
				"""), "progress-totals.txt", 2026, null);
		catalog.activate(planId);
		LocalDate today = LocalDate.now(clock);
		CurrentUser supervisor = user(Role.SUPERVISOR, "市政府办公室");

		long hurd = assignment(planId, "住建局");
		run(hurd, today.plusDays(30), supervisor);
		CurrentUser hurdLead = user(Role.DEPARTMENT_LEAD, "住建局");
		work.markMilestoneDone(hurd, onlyMilestone(hurd), new Commands.MilestoneDone(today), hurdLead);
		work.complete(hurd, new Commands.Statement("改造完成"), hurdLead);
		work.archive(hurd, new Commands.Statement("予以归档"), supervisor);

		run(assignment(planId, "发改局"), today.plusDays(3), supervisor);

		long edu = assignment(planId, "教育局");
		run(edu, today.plusDays(5), supervisor);
		// ten days on, its milestone is overdue
		recorder.record(assignments.findById(edu).orElseThrow(), today.plusDays(10), 5);

		PlanOverview overview = progress.activePlans()
			.stream()
			.filter(p -> p.planId() == planId)
			.findFirst()
			.orElseThrow();
		assertThat(overview).isEqualTo(new PlanOverview(planId, "进度汇总测试方案", 2026, 3, 5, 1, 1, 3, 1, 1));
		assertThat(overview.completionPercent()).isEqualTo(20.0);
		assertThat(progress.chapterLights(planId)).containsExactly(new ChapterLights("一", "城镇建设", 2, 1, 0),
				new ChapterLights("二", "公共服务", 1, 0, 1));
	}

	@Test
	void aPlanNotYetActiveIsNotAmongTheActive() {
		long planId = catalog.importPlan(new PlanDocumentParser().parse("""
				大石桥市人民政府办公室
				2026年1月5日
				草稿测试方案
				一、城镇建设
				（一）推进老旧小区改造。完成改造任务。﹝市住建局负责﹞
				"""), "progress-draft.txt", 2026, null);
		assertThat(progress.activePlans()).noneMatch(p -> p.planId() == planId);
	}

	/** Signs, proposes one milestone due on {@code due} and approves it, as the department and the office do. */
	void run(long assignmentId, LocalDate due, CurrentUser supervisor) {
		String department = jdbc.sql("""
				select d.short_name from plan.assignment a join directory.department d on d.id = a.department_id
				where a.id = :id
				""").param("id", assignmentId).query(String.class).single();
		CurrentUser lead = user(Role.DEPARTMENT_LEAD, department);
		work.sign(assignmentId, new Commands.Sign("局长", "科长", null), lead);
		work.proposeMeasures(assignmentId,
				new Commands.ProposeMeasures("措施", List.of(new Commands.PlannedMilestone("节点", due))), lead);
		work.approveMeasures(assignmentId, supervisor);
	}

	long assignment(long planId, String department) {
		long departmentId = directory.departmentByName(department).orElseThrow().id();
		return assignments.findByPlan(planId)
			.stream()
			.filter(a -> Long.valueOf(departmentId).equals(a.departmentId()))
			.findFirst()
			.orElseThrow()
			.id();
	}

	long onlyMilestone(long assignmentId) {
		return assignments.findById(assignmentId).orElseThrow().milestones().get(0).id();
	}

	CurrentUser user(Role role, String department) {
		long id = directory.departmentByName(department).orElseThrow().id();
		return new CurrentUser(-20, role.name().toLowerCase() + "-" + id, department, "", role, id, department, true,
				false);
	}

}
