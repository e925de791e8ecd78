package org.chengxiang.plan;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import org.chengxiang.directory.Directory;
import org.chengxiang.platform.security.CurrentUser;
import org.chengxiang.platform.security.CurrentUsers;
import org.chengxiang.platform.web.Workbench;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.chengxiang.directory.TestRegistrations.PASSWORD;

/**
 * The to-do lists, notices answered without escalation, the assessment of departments with nothing due, and
 * indicators on the one task they measure, on a small plan of their own beside the demo plan.
 */
@SpringBootTest
@AutoConfigureMockMvc
class PlanTodoIntegrationTests {

	private static final AtomicInteger PLANS = new AtomicInteger();

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	PlanCatalog catalog;

	@Autowired
	AssignmentWork work;

	@Autowired
	ProgressReports reports;

	@Autowired
	SupervisionNotices notices;

	@Autowired
	PlanTodos todos;

	@Autowired
	PlanQueries queries;

	@Autowired
	PlanAssessment assessment;

	@Autowired
	List<Workbench> workbenches;

	@Autowired
	Directory directory;

	@Test
	void anAnsweredNoticeThatWasNeverEscalatedIsNotShownAsEscalated() throws Exception {
		TestPlan plan = plan();
		long notice = as("supervisor", user -> notices.issue(plan.policeOnA(),
				new Commands.IssueNotice(NoticeLevel.REMIND, "请说明进度", 5), user));
		as("police", user -> {
			notices.respond(notice, new Commands.Respond("已完成摸底，下周报送。"), user);
			return null;
		});
		mvc.perform(get("/api/assignments/{id}", plan.policeOnA()).with(httpBasic("supervisor", PASSWORD)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.notices[0].response").value("已完成摸底，下周报送。"))
			.andExpect(jsonPath("$.notices[0].escalatedTo").value(nullValue()));
		mvc.perform(get("/plans/assignments/{id}", plan.policeOnA()).accept(MediaType.TEXT_HTML)
			.with(httpBasic("supervisor", PASSWORD)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("已完成摸底，下周报送。")))
			.andExpect(content().string(not(containsString("已升级"))))
			// people by name and unit, not by login name
			.andExpect(content().string(containsString("公安局 张警官 于")))
			.andExpect(content().string(containsString("市政府办公室 王督查 下发")))
			.andExpect(content().string(not(containsString("supervisor 下发"))));
	}

	@Test
	void theSupervisorsToDoHoldsWhatNeedsTheOfficeAndNotEveryAssignmentOfTheCity() throws Exception {
		TestPlan plan = plan();
		// measures to approve on task (一), a report to review and an overdue milestone on task (二)
		as("drc", user -> work.sign(plan.drcOnA(), new Commands.Sign("李局长", "张科长", null), user));
		as("drc", user -> work.proposeMeasures(plan.drcOnA(), measures(), user));
		as("drc", user -> work.sign(plan.drcOnB(), new Commands.Sign("李局长", "张科长", null), user));
		as("drc", user -> work.proposeMeasures(plan.drcOnB(), measures(), user));
		as("supervisor", user -> work.approveMeasures(plan.drcOnB(), user));
		as("drc", user -> reports.submit(plan.drcOnB(), new Commands.SubmitReport(
				YearMonth.from(queries.today()).toString(), "完成政策梳理。", "推进", 30, null), List.of(), user));
		jdbc.sql("update plan.milestone set due_on = :due, original_due_on = :due where assignment_id = :a")
			.param("due", queries.today().minusDays(2))
			.param("a", plan.drcOnB())
			.update();
		long notice = as("supervisor", user -> notices.issue(plan.policeOnA(),
				new Commands.IssueNotice(NoticeLevel.URGE, "请说明摸底进度", 5), user));
		as("police", user -> {
			notices.respond(notice, new Commands.Respond("摸底已完成八成。"), user);
			return null;
		});

		CurrentUser supervisor = directory.user("supervisor").orElseThrow();
		PlanTodos.Todo todo = todos.todo(supervisor.scope());
		assertThat(todo.supervision()).isTrue();
		assertThat(todo.assignments()).as("not the city's assignments").isEmpty();
		assertThat(kinds(todo.review(), plan.id())).contains("MEASURES", "REPORT");
		assertThat(kinds(todo.answered(), plan.id())).containsExactly("ANSWERED");
		assertThat(group(todo.answered(), plan.id()).items().get(0).by()).contains("张警官");
		assertThat(group(todo.overdue(), plan.id()).items()).extracting(PlanTodos.TodoItem::assignmentId)
			.containsExactly(plan.drcOnB());
		// the home page counts the same lists
		List<Workbench.Item> counts = workbenches.stream().filter(PlanWorkbench.class::isInstance)
			.flatMap(w -> w.items(supervisor).stream())
			.toList();
		assertThat(counts).extracting(Workbench.Item::labelKey)
			.containsExactly("home.work.plan.review", "home.work.plan.answered", "home.work.plan.overdue");
		assertThat(counts).extracting(Workbench.Item::count)
			.containsExactly((long) PlanTodos.Todo.count(todo.review()), (long) PlanTodos.Todo.count(todo.answered()),
					(long) PlanTodos.Todo.count(todo.overdue()));

		String home = mvc.perform(get("/").accept(MediaType.TEXT_HTML).with(httpBasic("supervisor", PASSWORD)))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(tile(home, "待审核事项")).isEqualTo(PlanTodos.Todo.count(todo.review()));
		assertThat(tile(home, "督办答复待阅")).isEqualTo(PlanTodos.Todo.count(todo.answered()));
		assertThat(tile(home, "逾期任务")).isEqualTo(PlanTodos.Todo.count(todo.overdue()));
		assertThat(home).doesNotContain("方案任务在办");
		mvc.perform(get("/plans/todo").accept(MediaType.TEXT_HTML).with(httpBasic("supervisor", PASSWORD)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(plan.title())))
			.andExpect(content().string(containsString("（一）建设数据共享平台")))
			.andExpect(content().string(containsString("（二）建设便民服务中心")))
			.andExpect(content().string(containsString("摸底已完成八成。")))
			.andExpect(content().string(not(containsString("本单位的任务"))));

		// read, the answer leaves the list; a department cannot mark it read
		mvc.perform(post("/plans/todo/notices/{n}/read", notice).with(csrf()).with(httpBasic("police", PASSWORD)))
			.andExpect(status().isForbidden());
		mvc.perform(post("/plans/todo/notices/{n}/read", notice).with(csrf()).with(httpBasic("supervisor", PASSWORD)))
			.andExpect(status().is3xxRedirection());
		assertThat(todos.todo(supervisor.scope()).answered()).noneMatch(g -> g.planId() == plan.id());
	}

	@Test
	void aDepartmentsToDoNamesThePlanAndTaskOfEveryRowAndHoldsOnlyItsOwn() throws Exception {
		TestPlan plan = plan();
		CurrentUser police = directory.user("police").orElseThrow();
		PlanTodos.Todo todo = todos.todo(police.scope());
		assertThat(todo.supervision()).isFalse();
		assertThat(todo.review()).isEmpty();
		PlanTodos.PlanGroup<PlanTodos.TodoAssignment> mine = todo.assignments()
			.stream()
			.filter(g -> g.planId() == plan.id())
			.findFirst()
			.orElseThrow();
		assertThat(mine.planTitle()).isEqualTo(plan.title());
		assertThat(mine.items()).extracting(PlanTodos.TodoAssignment::taskTitle).containsExactly("建设数据共享平台");
		assertThat(todo.assignments().stream().flatMap(g -> g.items().stream()))
			.allSatisfy(a -> assertThat(a.row().departmentId()).isEqualTo(police.departmentId()));

		mvc.perform(get("/plans/todo").accept(MediaType.TEXT_HTML).with(httpBasic("police", PASSWORD)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(plan.title())))
			.andExpect(content().string(containsString("（一）建设数据共享平台")))
			.andExpect(content().string(not(containsString("（二）建设便民服务中心"))))
			.andExpect(content().string(not(containsString("逾期的任务"))));
	}

	@Test
	void anotherDepartmentsToDoHoldsNeitherTheNoticesOfOthersNorWhatWaitsForTheOffice() throws Exception {
		TestPlan plan = plan();
		long notice = as("supervisor", user -> notices.issue(plan.policeOnA(),
				new Commands.IssueNotice(NoticeLevel.URGE, "请说明另一部门的进度", 5), user));
		as("drc", user -> work.sign(plan.drcOnA(), new Commands.Sign("李局长", "张科长", null), user));
		as("drc", user -> work.proposeMeasures(plan.drcOnA(), measures(), user));

		CurrentUser drc = directory.user("drc").orElseThrow();
		PlanTodos.Todo todo = todos.todo(drc.scope());
		assertThat(todo.supervision()).isFalse();
		assertThat(todo.review()).as("the measures wait for the office, not for the department").isEmpty();
		assertThat(todo.answered()).isEmpty();
		assertThat(todo.overdue()).isEmpty();
		assertThat(todo.notices().stream().flatMap(g -> g.items().stream()))
			.noneMatch(item -> Long.valueOf(notice).equals(item.noticeId()));
		assertThat(todo.assignments().stream().flatMap(g -> g.items().stream()))
			.isNotEmpty()
			.allSatisfy(a -> assertThat(a.row().departmentId()).isEqualTo(drc.departmentId()));
		// the police department, which the notice was issued to, has it
		CurrentUser police = directory.user("police").orElseThrow();
		assertThat(todos.todo(police.scope()).notices().stream().flatMap(g -> g.items().stream()))
			.anyMatch(item -> Long.valueOf(notice).equals(item.noticeId()));
		// a resident does not reach the list at all
		mvc.perform(get("/plans/todo").accept(MediaType.TEXT_HTML).with(httpBasic("resident", PASSWORD)))
			.andExpect(status().isForbidden());
	}

	@Test
	void aDepartmentWithNothingDueYetIsNotAssessedNorRanked() throws Exception {
		TestPlan plan = plan();
		as("drc", user -> work.sign(plan.drcOnB(), new Commands.Sign("李局长", "张科长", null), user));
		as("drc", user -> work.proposeMeasures(plan.drcOnB(), measures(), user));
		as("supervisor", user -> work.approveMeasures(plan.drcOnB(), user));
		jdbc.sql("update plan.milestone set due_on = :due, original_due_on = :due where assignment_id = :a")
			.param("due", queries.today().minusDays(2))
			.param("a", plan.drcOnB())
			.update();
		List<Views.DepartmentScore> scores = assessment.assessment(plan.id());
		Views.DepartmentScore drc = score(scores, "发改局");
		Views.DepartmentScore police = score(scores, "公安局");
		assertThat(drc.assessed()).isTrue();
		assertThat(drc.rank()).isEqualTo(1);
		assertThat(police.assessed()).as("nothing due yet").isFalse();
		assertThat(police.score()).isNull();
		assertThat(police.rank()).isNull();
		assertThat(scores.indexOf(police)).isGreaterThan(scores.indexOf(drc));
		assertThat(PlanAssessment.averageScore(scores)).isEqualTo(drc.score());
		mvc.perform(get("/plans/{id}/departments", plan.id()).accept(MediaType.TEXT_HTML)
			.with(httpBasic("supervisor", PASSWORD)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("未考核")));
	}

	@Test
	void anIndicatorIsBoundToTheOneTaskItMeasures() {
		long demo = jdbc.sql("select id from plan.plan where source_name = 'dashiqiao-2020-urbanization-plan.txt'")
			.query(Long.class)
			.single();
		assertThat(boundTasks(demo, "settlement.%")).as("(一) and (三) also name 落户").containsExactly("二");
		assertThat(boundTasks(demo, "cityops.%")).containsExactly("十三");
		TestPlan plan = plan();
		assertThat(boundTasks(plan.id(), "settlement.%")).as("the first task naming 便捷落户 only").containsExactly("二");
	}

	@Test
	void countsShowWithoutDecimalsAndAnEmptyRateWithoutItsUnit() throws Exception {
		assertThat(new Views.IndicatorRow("k", "n", "件", 2.0, "").shownValue()).isEqualTo("2");
		assertThat(new Views.IndicatorRow("k", "n", "%", 66.7, "").shownValue()).isEqualTo("66.7");
		assertThat(new Views.IndicatorRow("k", "n", "%", null, "").shownValue()).isNull();
		TestPlan plan = plan();
		mvc.perform(get("/plans/{id}", plan.id()).accept(MediaType.TEXT_HTML).with(httpBasic("supervisor", PASSWORD)))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("— %"))))
			.andExpect(content().string(not(containsString(".0 件"))));
	}

	@Test
	void activatingADraftPlanAsksForConfirmationFirst() throws Exception {
		String text = """
				测试市人民政府办公室
				2026年3月1日
				启用确认测试方案
				一、重点任务
				（一）建设数据共享平台。完成市级数据共享平台建设。﹝发改局负责﹞
				""";
		long id = as("supervisor", user -> catalog.importPlan(
				PlanInputs.parse(text.getBytes(StandardCharsets.UTF_8), "confirm-test.txt", "text/plain"),
				"confirm-test.txt", LocalDate.now().getYear(), null));
		String page = mvc.perform(get("/plans/{id}", id).accept(MediaType.TEXT_HTML).with(httpBasic("supervisor", PASSWORD)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		String form = page.substring(page.indexOf("/activation\""), page.indexOf("/activation\"") + 300);
		assertThat(form).contains("data-confirm=\"启用后，").contains("责任单位不能再调整");
	}

	/** The number on the home page's tile with this label. */
	private static long tile(String page, String label) {
		var matcher = java.util.regex.Pattern
			.compile("<span class=\"count\">(\\d+)</span>\\s*<span class=\"label\">" + label + "</span>")
			.matcher(page);
		assertThat(matcher.find()).as("a tile " + label).isTrue();
		return Long.parseLong(matcher.group(1));
	}

	private List<String> boundTasks(long planId, String keys) {
		return jdbc.sql("""
				select distinct t.number from plan.indicator_binding b join plan.task t on t.id = b.task_id
				where t.plan_id = :p and b.indicator_key like :k
				""").param("p", planId).param("k", keys).query(String.class).list();
	}

	private static Views.DepartmentScore score(List<Views.DepartmentScore> scores, String name) {
		return scores.stream().filter(s -> s.departmentName().equals(name)).findFirst().orElseThrow();
	}

	private static List<String> kinds(List<PlanTodos.PlanGroup<PlanTodos.TodoItem>> groups, long planId) {
		return group(groups, planId).items().stream().map(PlanTodos.TodoItem::kind).toList();
	}

	private static <T> PlanTodos.PlanGroup<T> group(List<PlanTodos.PlanGroup<T>> groups, long planId) {
		return groups.stream().filter(g -> g.planId() == planId).findFirst().orElseThrow();
	}

	private Commands.ProposeMeasures measures() {
		return new Commands.ProposeMeasures("制定工作方案，按月调度。",
				List.of(new Commands.PlannedMilestone("完成方案", queries.today().plusDays(30))));
	}

	private <T> T as(String username, java.util.function.Function<CurrentUser, T> step) {
		CurrentUser user = directory.user(username).orElseThrow();
		return CurrentUsers.runAs(user, () -> step.apply(user));
	}

	/** A small active plan: task (一) led by 发改局 with 公安局, task (二) by 发改局 alone, task (三) naming 便捷落户 again. */
	private TestPlan plan() {
		String title = "待办测试方案" + PLANS.incrementAndGet() + "号";
		String text = """
				测试市人民政府办公室
				2026年3月1日
				%s
				一、重点任务
				（一）建设数据共享平台。完成市级数据共享平台建设。﹝发改局、市公安局负责﹞
				（二）建设便民服务中心，推进便捷落户。完成便民服务中心建设。﹝发改局负责﹞
				（三）深化便捷落户改革。总结经验。﹝发改局负责﹞
				""".formatted(title);
		long id = as("supervisor", user -> catalog.importPlan(
				PlanInputs.parse(text.getBytes(StandardCharsets.UTF_8), "todo-test.txt", "text/plain"), "todo-test.txt",
				LocalDate.now().getYear(), null));
		as("supervisor", user -> catalog.activate(id));
		String planTitle = jdbc.sql("select title from plan.plan where id = :id").param("id", id).query(String.class).single();
		return new TestPlan(id, planTitle, assignment(id, 1, "DRC"), assignment(id, 2, "DRC"), assignment(id, 1, "PSB"));
	}

	private long assignment(long planId, int seq, String department) {
		return jdbc.sql("""
				select a.id from plan.assignment a join plan.task t on t.id = a.task_id
				join directory.department d on d.id = a.department_id
				where t.plan_id = :p and t.seq = :seq and d.code = :d
				""").param("p", planId).param("seq", seq).param("d", department).query(Long.class).single();
	}

	record TestPlan(long id, String title, long drcOnA, long drcOnB, long policeOnA) {
	}

}
