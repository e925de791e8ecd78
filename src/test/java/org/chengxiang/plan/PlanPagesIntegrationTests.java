package org.chengxiang.plan;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.chengxiang.directory.TestRegistrations.PASSWORD;

@SpringBootTest
@AutoConfigureMockMvc
class PlanPagesIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Test
	void planPagesRenderForTheSupervisor() throws Exception {
		long plan = demoPlan();
		mvc.perform(get("/plans").accept(MediaType.TEXT_HTML).with(httpBasic("supervisor", PASSWORD)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("大石桥市贯彻落实2020年")));
		mvc.perform(get("/plans/{id}", plan).accept(MediaType.TEXT_HTML).with(httpBasic("supervisor", PASSWORD)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("全面取消落户限制")))
			.andExpect(content().string(containsString("按期报送率")));
		mvc.perform(get("/plans/{id}/departments", plan).accept(MediaType.TEXT_HTML).with(httpBasic("supervisor", PASSWORD)))
			.andExpect(content().string(containsString("年度考核得分")));
		mvc.perform(get("/plans/{id}/comparison", plan).accept(MediaType.TEXT_HTML).with(httpBasic("supervisor", PASSWORD)))
			.andExpect(status().isOk());
		mvc.perform(get("/plans/todo").accept(MediaType.TEXT_HTML).with(httpBasic("supervisor", PASSWORD)))
			.andExpect(status().isOk());
	}

	@Test
	void departmentSeesNeitherOtherAssignmentsNorTheAssessment() throws Exception {
		long plan = demoPlan();
		long policeAssignment = jdbc.sql("""
				select a.id from plan.assignment a join plan.task t on t.id = a.task_id join directory.department d on d.id = a.department_id
				where t.plan_id = :p and d.code = 'PSB' order by a.id limit 1
				""").param("p", plan).query(Long.class).single();
		mvc.perform(get("/plans/assignments/{id}", policeAssignment).accept(MediaType.TEXT_HTML)
			.with(httpBasic("drc", PASSWORD))).andExpect(status().isNotFound());
		mvc.perform(get("/plans/assignments/{id}", policeAssignment).accept(MediaType.TEXT_HTML)
			.with(httpBasic("police", PASSWORD))).andExpect(status().isOk());
		mvc.perform(get("/plans/{id}/departments", plan).accept(MediaType.TEXT_HTML).with(httpBasic("drc", PASSWORD)))
			.andExpect(content().string(not(containsString("年度考核得分"))));
		mvc.perform(get("/plans").accept(MediaType.TEXT_HTML).with(httpBasic("resident", PASSWORD)))
			.andExpect(status().isForbidden());
	}

	@Test
	void aRefusedStepComesBackWithTheReason() throws Exception {
		long plan = demoPlan();
		long drcIssued = jdbc.sql("""
				select a.id from plan.assignment a join plan.task t on t.id = a.task_id join directory.department d on d.id = a.department_id
				where t.plan_id = :p and d.code = 'DRC' and a.stage = 'ISSUED' order by a.id desc limit 1
				""").param("p", plan).query(Long.class).single();
		mvc.perform(post("/plans/assignments/{id}/signature", drcIssued).with(csrf()).with(httpBasic("drc", PASSWORD))
			.param("responsibleLeader", "")
			.param("contactPerson", "张三"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("请填写责任领导")));
		mvc.perform(post("/plans/{id}/report-due-day", plan).with(csrf()).with(httpBasic("supervisor", PASSWORD))
			.param("reportDueDay", "31"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("报送日须为 1 到 28")));
		mvc.perform(post("/plans/assignments/{id}/measures/approval", drcIssued).with(csrf())
			.with(httpBasic("supervisor", PASSWORD)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("没有待审核的措施")));
	}

	@Test
	void importPageRefusesGarbageAndShowsWhy() throws Exception {
		mvc.perform(multipart("/plans/import").with(csrf()).with(httpBasic("supervisor", PASSWORD))
			.param("text", "这不是一份方案。"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("未找到编号任务及其责任单位")))
			.andExpect(content().string(containsString("这不是一份方案。")));
		mvc.perform(multipart("/plans/import").with(csrf()).with(httpBasic("drc", PASSWORD)).param("text", "x"))
			.andExpect(status().isForbidden());
	}

	long demoPlan() {
		return jdbc.sql("select id from plan.plan where source_name = 'dashiqiao-2020-urbanization-plan.txt'")
			.query(Long.class)
			.single();
	}

}
