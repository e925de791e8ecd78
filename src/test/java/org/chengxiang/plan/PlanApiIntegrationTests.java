package org.chengxiang.plan;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.chengxiang.platform.web.Spreadsheets;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.chengxiang.directory.TestRegistrations.PASSWORD;

@SpringBootTest
@AutoConfigureMockMvc
class PlanApiIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Test
	void parsesTheReferencePlanWithResolvedDepartments() throws Exception {
		byte[] plan = new ClassPathResource("plan/dashiqiao-2020.txt").getContentAsByteArray();
		long police = departmentId("PSB");
		mvc.perform(post("/api/plans/parse").with(httpBasic("supervisor", PASSWORD))
			.contentType(MediaType.TEXT_PLAIN)
			.content(plan))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.issuedOn").value("2020-11-24"))
			.andExpect(jsonPath("$.chapters[*].number").value(contains("二", "三", "四", "五")))
			.andExpect(jsonPath("$.chapters[*].tasks[*]", org.hamcrest.Matchers.hasSize(20)))
			.andExpect(jsonPath("$.chapters[0].tasks[0].title").value("全面取消落户限制"))
			.andExpect(jsonPath("$.chapters[0].tasks[0].departments[0].name").value("市公安局"))
			.andExpect(jsonPath("$.chapters[0].tasks[0].departments[0].role").value("LEAD"))
			.andExpect(jsonPath("$.chapters[0].tasks[0].departments[0].departmentId").value((int) police))
			.andExpect(jsonPath("$.chapters[0].tasks[0].departments[1].role").value("CO"));
		assertThat(jdbc.sql("select count(*) from plan.plan where source_name = 'plan.txt'").query(Integer.class).single())
			.isZero();
	}

	@Test
	void garbageIsRefusedWithAProblemSayingWhatWasNotFound() throws Exception {
		mvc.perform(post("/api/plans/parse").with(httpBasic("supervisor", PASSWORD))
			.contentType(MediaType.TEXT_PLAIN)
			.content("今天天气很好，我们去公园散步。".getBytes(StandardCharsets.UTF_8)))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.errors[0].field").value("file"));
	}

	@Test
	void unknownNamesAreFlaggedAndMustBeMappedBeforeActivation() throws Exception {
		String text = """
				测试市人民政府办公室
				2021年3月1日
				测试方案
				一、重点任务
				（一）建设数据共享平台。完成市级数据共享平台建设。﹝市大数据局、发改局负责﹞
				""";
		String body = mvc.perform(post("/api/plans").param("sourceName", "unknown-names.txt")
			.with(httpBasic("supervisor", PASSWORD))
			.contentType(MediaType.TEXT_PLAIN)
			.content(text.getBytes(StandardCharsets.UTF_8)))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.unresolvedNames").value(contains("市大数据局")))
			.andReturn()
			.getResponse()
			.getContentAsString();
		long planId = Long.parseLong(body.replaceAll("(?s).*\"id\":(\\d+).*", "$1"));
		mvc.perform(post("/api/plans/{id}/activation", planId).with(httpBasic("supervisor", PASSWORD)))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("unresolvedNames"));
		mvc.perform(post("/api/plans/{id}/mappings", planId).with(httpBasic("supervisor", PASSWORD))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"writtenName\":\"市大数据局\",\"departmentId\":" + departmentId("MIIT") + ",\"rememberAsAlias\":true}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.unresolvedNames").isEmpty());
		mvc.perform(post("/api/plans/{id}/activation", planId).with(httpBasic("supervisor", PASSWORD)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("ACTIVE"));
		// the directory learned the name
		mvc.perform(get("/api/directory/departments/lookup").param("name", "市大数据局").with(httpBasic("police", PASSWORD)))
			.andExpect(jsonPath("$.code").value("MIIT"));
	}

	@Test
	void departmentSeesOnlyItsOwnAssignments() throws Exception {
		long plan = demoPlan();
		long drc = departmentId("DRC");
		mvc.perform(get("/api/plans/{id}/assignments", plan).with(httpBasic("drc", PASSWORD)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.items[*].departmentId").value(everyItem(is((int) drc))));
		long policeAssignment = jdbc.sql("""
				select a.id from plan.assignment a join plan.task t on t.id = a.task_id
				where t.plan_id = :p and a.department_id = :d order by a.id limit 1
				""").param("p", plan).param("d", departmentId("PSB")).query(Long.class).single();
		mvc.perform(get("/api/assignments/{id}", policeAssignment).with(httpBasic("drc", PASSWORD)))
			.andExpect(status().isNotFound());
		mvc.perform(get("/api/assignments/{id}", policeAssignment).with(httpBasic("supervisor", PASSWORD)))
			.andExpect(status().isOk());
		mvc.perform(post("/api/assignments/{id}/signature", policeAssignment).with(httpBasic("drc", PASSWORD))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"responsibleLeader\":\"x\",\"contactPerson\":\"y\"}"))
			.andExpect(status().isNotFound());
		mvc.perform(get("/api/plans/{id}/assignments", plan).with(httpBasic("grid01", PASSWORD)))
			.andExpect(status().isForbidden());
	}

	@Test
	void ledgerDownloadsWithTheUsualColumnsAndATaskPerRow() throws Exception {
		long plan = demoPlan();
		byte[] sheet = mvc.perform(get("/api/plans/{id}/ledger.xlsx", plan).with(httpBasic("supervisor", PASSWORD)))
			.andExpect(status().isOk())
			.andExpect(content().contentType(Spreadsheets.XLSX))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		List<Spreadsheets.SheetRow> rows = Spreadsheets.read(new ByteArrayInputStream(sheet));
		assertThat(rows).hasSize(20);
		assertThat(rows.get(0).get(1)).isEqualTo("（一）全面取消落户限制");
		assertThat(rows.get(0).get(3)).isEqualTo("公安局");
		assertThat(rows.get(15).get(3)).isEqualTo("人民银行大石桥市支行");
	}

	@Test
	void referencePlanLoadsOnTheEmbeddedDefaultWithDemoProgress() throws Exception {
		long plan = demoPlan();
		mvc.perform(get("/api/plans/{id}/dashboard", plan).with(httpBasic("supervisor", PASSWORD)))
			.andExpect(jsonPath("$.plan.tasks").value(20))
			.andExpect(jsonPath("$.plan.status").value("ACTIVE"))
			.andExpect(jsonPath("$.progress.red").value(org.hamcrest.Matchers.greaterThanOrEqualTo(1)));
		mvc.perform(get("/api/plans/{id}/assessment", plan).with(httpBasic("supervisor", PASSWORD)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.items[*].departmentName").value(hasItem("发改局")));
		mvc.perform(get("/api/plans/{id}/assessment", plan).with(httpBasic("drc", PASSWORD)))
			.andExpect(status().isForbidden());
	}

	long demoPlan() {
		return jdbc.sql("select id from plan.plan where source_name = 'dashiqiao-2020-urbanization-plan.txt'")
			.query(Long.class)
			.single();
	}

	long departmentId(String code) {
		return jdbc.sql("select id from directory.department where code = :c").param("c", code).query(Long.class).single();
	}

}
