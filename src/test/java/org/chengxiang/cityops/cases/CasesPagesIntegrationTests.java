package org.chengxiang.cityops.cases;

import java.io.ByteArrayInputStream;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import jakarta.servlet.http.Cookie;

import org.junit.jupiter.api.Test;

import org.chengxiang.platform.web.Flash;
import org.chengxiang.platform.web.Spreadsheets;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;
import static org.chengxiang.directory.TestRegistrations.PASSWORD;

@SpringBootTest
@AutoConfigureMockMvc
class CasesPagesIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	JsonMapper json;

	@Test
	void eachRoleStartsOnWhatItWorksOnAndAdminPagesAreTheAdministrators() throws Exception {
		mvc.perform(get("/cityops/cases").accept(MediaType.TEXT_HTML).with(httpBasic("operator", PASSWORD)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("待立案")))
			.andExpect(content().string(containsString("乱停乱放")));
		mvc.perform(get("/cityops/cases").param("tab", "ALL").accept(MediaType.TEXT_HTML).with(httpBasic("zjj", PASSWORD)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("雨水井盖")))
			.andExpect(content().string(not(containsString("交通运输局"))));
		mvc.perform(get("/cityops/cases").param("tab", "HANGING").accept(MediaType.TEXT_HTML).with(httpBasic("operator", PASSWORD)))
			.andExpect(content().string(containsString("挂账")));
		mvc.perform(get("/cityops/cases/new").accept(MediaType.TEXT_HTML).with(httpBasic("grid01", PASSWORD)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("case-map")));
		mvc.perform(get("/cityops/cases/new").accept(MediaType.TEXT_HTML).with(httpBasic("zjj", PASSWORD)))
			.andExpect(status().isForbidden());
		mvc.perform(get("/cityops/classes").accept(MediaType.TEXT_HTML).with(httpBasic("admin", PASSWORD)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("雨水井盖")));
		mvc.perform(get("/cityops/grid-officers").accept(MediaType.TEXT_HTML).with(httpBasic("admin", PASSWORD)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("吴网格员")));
		for (String path : new String[] { "/cityops/classes", "/cityops/grid-officers" }) {
			mvc.perform(get(path).accept(MediaType.TEXT_HTML).with(httpBasic("operator", PASSWORD)))
				.andExpect(status().isForbidden());
		}
		long demo = jdbc.sql("select id from cityops.city_case where class_code = 'C-0103' and status = 'CLOSED' order by id limit 1")
			.query(Long.class).single();
		mvc.perform(get("/cityops/cases/{id}", demo).accept(MediaType.TEXT_HTML).with(httpBasic("grid01", PASSWORD)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("结案")))
			.andExpect(content().string(containsString("case-photo")));
		mvc.perform(get("/cityops/cases/{id}", demo).accept(MediaType.TEXT_HTML).with(httpBasic("police", PASSWORD)))
			.andExpect(status().isNotFound());
	}

	@Test
	void theDispatchRuleAndGridOfficerFormsComeBackWithTheirErrorsBesideTheFieldsAndWriteNothing() throws Exception {
		int rules = jdbc.sql("select count(*) from cityops.dispatch_rule").query(Integer.class).single();
		mvc.perform(post("/cityops/classes/rules").param("target", "C-0103").param("divisionCode", "210882999999")
			.param("departmentCode", "ZJJ").with(csrf()).with(httpBasic("admin", PASSWORD)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<p class=\"error\">区划代码不存在")))
			.andExpect(content().string(containsString("value=\"210882999999\"")))
			.andExpect(content().string(containsString("<option value=\"C-0103\" selected=\"selected\"")));
		assertThat(jdbc.sql("select count(*) from cityops.dispatch_rule").query(Integer.class).single()).isEqualTo(rules);
		// in English, the same: the reader's wording beside the field, what was typed kept, the class form left empty
		mvc.perform(post("/cityops/classes/rules").param("target", "E-04").param("divisionCode", "210882999999")
			.param("departmentCode", "ZJJ").cookie(new Cookie("cx-lang", "en")).with(csrf()).with(httpBasic("admin", PASSWORD)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<p class=\"error\">No such township or community code</p>")))
			.andExpect(content().string(containsString("<option value=\"E-04\" selected=\"selected\">E-04 Event·Emergencies</option>")))
			.andExpect(content().string(containsString("value=\"210882999999\"")))
			.andExpect(content().string(containsString("Waterlogged road")));
		// neither a subclass nor a major class: the problem stands beside the one field that chooses either
		mvc.perform(post("/cityops/classes/rules").param("target", "X-9").param("divisionCode", "210882004001")
			.param("departmentCode", "ZJJ").with(csrf()).with(httpBasic("admin", PASSWORD)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<p class=\"error\">案件类别不存在</p>")));
		assertThat(jdbc.sql("select count(*) from cityops.dispatch_rule").query(Integer.class).single()).isEqualTo(rules);

		int officers = jdbc.sql("select count(*) from cityops.grid_officer").query(Integer.class).single();
		String cell = jdbc.sql("select code from directory.grid_cell order by code limit 1").query(String.class).single();
		mvc.perform(post("/cityops/grid-officers").param("cellCode", cell).param("username", "zjj")
			.with(csrf()).with(httpBasic("admin", PASSWORD)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<p class=\"error\">该用户不是网格员")))
			.andExpect(content().string(containsString("value=\"zjj\"")));
		assertThat(jdbc.sql("select count(*) from cityops.grid_officer").query(Integer.class).single()).isEqualTo(officers);
		// the wrong user gets neither the form nor its answer
		mvc.perform(post("/cityops/grid-officers").param("cellCode", cell).param("username", "grid01")
			.with(csrf()).with(httpBasic("operator", PASSWORD)))
			.andExpect(status().isForbidden());
	}

	@Test
	void aBadMonthOfTheBulletinStandsBesideItsFieldAsTypedAboveThisMonthsFigures() throws Exception {
		mvc.perform(get("/cityops/bulletin").param("month", "2019-13").accept(MediaType.TEXT_HTML).with(httpBasic("supervisor", PASSWORD)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<span class=\"error\">月份格式应为 2026-11</span>")))
			.andExpect(content().string(containsString("value=\"2019-13\"")))
			.andExpect(content().string(containsString("id=\"bulletin-total\"")));
		mvc.perform(get("/cityops/bulletin").param("month", "1999-01").cookie(new Cookie("cx-lang", "en"))
			.accept(MediaType.TEXT_HTML).with(httpBasic("supervisor", PASSWORD)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<span class=\"error\">Month out of range</span>")))
			.andExpect(content().string(containsString("value=\"1999-01\"")));
		mvc.perform(get("/cityops/bulletin").param("month", "2019-03").accept(MediaType.TEXT_HTML).with(httpBasic("supervisor", PASSWORD)))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("class=\"error\""))))
			.andExpect(content().string(containsString("value=\"2019-03\"")));
	}

	@Test
	void theReportFormComesBackWithItsErrorsAndWritesNothing() throws Exception {
		int before = jdbc.sql("select count(*) from cityops.city_case").query(Integer.class).single();
		mvc.perform(multipart("/cityops/cases/new").param("classCode", "").param("description", "井盖")
			.param("longitude", "abc").param("latitude", "40.6").with(csrf()).with(httpBasic("grid01", PASSWORD)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("经度须为数字")));
		mvc.perform(multipart("/cityops/cases/new").param("classCode", "C-0103").param("description", "井盖")
			.param("longitude", "100").param("latitude", "30").with(csrf()).with(httpBasic("grid01", PASSWORD)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("该位置不在任何网格内")))
			.andExpect(content().string(containsString("value=\"100.0\"")));
		mvc.perform(multipart("/cityops/cases/new").param("classCode", "").param("description", "井盖")
			.param("longitude", "122.5").param("latitude", "40.6").with(csrf()).with(httpBasic("grid01", PASSWORD)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("请选择案件类别")));
		assertThat(jdbc.sql("select count(*) from cityops.city_case").query(Integer.class).single()).isEqualTo(before);

		double[] p = CasePoints.next(jdbc);
		mvc.perform(multipart("/cityops/cases/new").param("classCode", "C-0103").param("description", "井盖破损")
			.param("longitude", String.valueOf(p[0])).param("latitude", String.valueOf(p[1]))
			.with(csrf()).with(httpBasic("grid01", PASSWORD)))
			.andExpect(redirectedUrlPattern("/cityops/cases/*"))
			.andExpect(flash().attributeExists("flash"));
		long id = jdbc.sql("select max(id) from cityops.city_case where reporter = 'grid01'").query(Long.class).single();
		// a step the case's status does not allow: the same page again, saying why above the form
		mvc.perform(post("/cityops/cases/{id}/closure", id).with(csrf()).with(httpBasic("operator", PASSWORD)))
			.andExpect(status().isOk())
			.andExpect(view().name("cityops/cases/detail"))
			.andExpect(model().attributeHasErrors("closureForm"))
			.andExpect(content().string(containsString("不能结案")));
		Flash filed = (Flash) mvc.perform(post("/cityops/cases/{id}/filing", id).with(csrf()).with(httpBasic("operator", PASSWORD)))
			.andReturn().getFlashMap().get("flash");
		assertThat(filed.error()).isFalse();
		assertThat(jdbc.sql("select status from cityops.city_case where id = :id").param("id", id).query(String.class).single())
			.isEqualTo("FILED");
	}

	@Test
	void theBulletinCountsASmallKnownSetOfCasesPerDepartmentTownAndOfficer() throws Exception {
		// three cases, moved into a month no other test uses
		long closed = report(CasePoints.next(jdbc), "C-0103");
		step(closed, "operator", "filing");
		step(closed, "operator", "dispatch");
		step(closed, "zjj", "start");
		mvc.perform(multipart("/api/cityops/cases/{id}/feedback", closed).param("note", "已修复").with(httpBasic("zjj", PASSWORD)));
		mvc.perform(multipart("/api/cityops/cases/{id}/verification", closed).param("passed", "true").with(httpBasic("grid01", PASSWORD)));
		step(closed, "operator", "closure");
		long dispatched = report(CasePoints.next(jdbc), "C-0103");
		step(dispatched, "operator", "filing");
		step(dispatched, "operator", "dispatch");
		long rejected = report(CasePoints.next(jdbc), "C-0103");
		mvc.perform(post("/api/cityops/cases/{id}/rejection", rejected).with(httpBasic("operator", PASSWORD))
			.contentType(MediaType.APPLICATION_JSON).content("{\"reason\":\"OTHER\",\"note\":\"测试\"}"));
		Duration back = Duration.between(LocalDate.of(2019, 3, 15).atStartOfDay(java.time.ZoneId.of("Asia/Shanghai")).toInstant(), Instant.now());
		for (long id : List.of(closed, dispatched, rejected)) {
			jdbc.sql("""
					update cityops.city_case set reported_at = reported_at - cast(:i as interval),
					    filed_at = filed_at - cast(:i as interval), dispatched_at = dispatched_at - cast(:i as interval),
					    feedback_at = feedback_at - cast(:i as interval), closed_at = closed_at - cast(:i as interval),
					    handling_due_at = handling_due_at - cast(:i as interval), due_at = due_at - cast(:i as interval),
					    last_action_at = last_action_at - cast(:i as interval)
					where id = :id
					""").param("i", back.toSeconds() + " seconds").param("id", id).update();
		}

		mvc.perform(get("/api/cityops/bulletin").param("month", "2019-03").with(httpBasic("operator", PASSWORD)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.total.reported").value(3))
			.andExpect(jsonPath("$.total.filed").value(2))
			.andExpect(jsonPath("$.total.dispatched").value(2))
			.andExpect(jsonPath("$.total.handled").value(1))
			.andExpect(jsonPath("$.total.handledOnTime").value(1))
			.andExpect(jsonPath("$.total.overdue").value(1))
			.andExpect(jsonPath("$.total.closed").value(1))
			.andExpect(jsonPath("$.total.closureRate").value(50.0))
			.andExpect(jsonPath("$.total.onTimeRate").value(100.0))
			.andExpect(jsonPath("$.total.reworkRate").value(0.0))
			.andExpect(jsonPath("$.departments.length()").value(1))
			.andExpect(jsonPath("$.departments[0].name").value("住建局"))
			.andExpect(jsonPath("$.departments[0].reported").value(2))
			.andExpect(jsonPath("$.townships[0].name").value("金桥街道"))
			.andExpect(jsonPath("$.townships[0].reported").value(3))
			.andExpect(jsonPath("$.officers[0].name").value("金桥街道 吴网格员"))
			.andExpect(jsonPath("$.officers[0].filed").value(2));
		// a lead of another department sees none of them; a clerk no bulletin
		mvc.perform(get("/api/cityops/bulletin").param("month", "2019-03").with(httpBasic("drc", PASSWORD)))
			.andExpect(jsonPath("$.total.reported").value(0));
		mvc.perform(get("/api/cityops/bulletin").param("month", "2019-03").with(httpBasic("zjj", PASSWORD)))
			.andExpect(status().isForbidden());
		mvc.perform(get("/api/cityops/bulletin").param("month", "2019-13").with(httpBasic("operator", PASSWORD)))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("month"));
		mvc.perform(get("/cityops/bulletin").param("month", "2019-03").accept(MediaType.TEXT_HTML).with(httpBasic("supervisor", PASSWORD)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("住建局")))
			.andExpect(content().string(containsString("50.0%")));
		byte[] xlsx = mvc.perform(get("/cityops/bulletin/export").param("month", "2019-03").with(httpBasic("operator", PASSWORD)))
			.andExpect(status().isOk())
			.andExpect(content().contentType(Spreadsheets.XLSX))
			.andReturn().getResponse().getContentAsByteArray();
		List<Spreadsheets.SheetRow> rows = Spreadsheets.read(new ByteArrayInputStream(xlsx));
		assertThat(rows).anySatisfy(row -> {
			assertThat(row.get(0)).isEqualTo("部门");
			assertThat(row.get(1)).isEqualTo("住建局");
			assertThat(row.get(2)).isEqualTo("2");
		});
	}

	@Test
	void theOperatorsInstructionReachesTheDepartmentAndTheCasePageNamesPeopleAndShowsPhotosNotHashes() throws Exception {
		byte[] png = { (byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, 'I', 'H', 'D', 'R' };
		double[] p = CasePoints.next(jdbc);
		String body = mvc.perform(multipart("/api/cityops/cases")
			.file(new org.springframework.mock.web.MockMultipartFile("photos", "manhole.png", "image/png", png))
			.param("classCode", "C-0103").param("description", "派遣意见测试").param("longitude", String.valueOf(p[0]))
			.param("latitude", String.valueOf(p[1])).with(httpBasic("grid01", PASSWORD)))
			.andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
		long id = json.readTree(body).path("caseId").asLong();
		step(id, "operator", "filing");

		// an instruction over 500 characters is refused and nothing is dispatched
		mvc.perform(post("/cityops/cases/{id}/dispatch", id).param("instruction", "长".repeat(501))
			.with(csrf()).with(httpBasic("operator", PASSWORD)))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrors("dispatchForm", "instruction"))
			.andExpect(content().string(containsString("派遣意见不超过 500 字")));
		assertThat(jdbc.sql("select status from cityops.city_case where id = :id").param("id", id).query(String.class)
			.single()).isEqualTo("FILED");
		mvc.perform(post("/api/cityops/cases/{id}/dispatch", id).contentType(MediaType.APPLICATION_JSON)
			.content("{\"instruction\":\"" + "长".repeat(501) + "\"}").with(httpBasic("operator", PASSWORD)))
			.andExpect(status().isBadRequest());
		// only the operations centre dispatches
		mvc.perform(post("/api/cityops/cases/{id}/dispatch", id).contentType(MediaType.APPLICATION_JSON)
			.content("{\"instruction\":\"自己派给自己\"}").with(httpBasic("zjj", PASSWORD)))
			.andExpect(status().isForbidden());

		mvc.perform(post("/cityops/cases/{id}/dispatch", id).param("instruction", "  请今日内加装警示桩，注意夜间照明。 ")
			.with(csrf()).with(httpBasic("operator", PASSWORD)))
			.andExpect(redirectedUrlPattern("/cityops/cases/*"));
		assertThat(jdbc.sql("select dispatch_instruction from cityops.city_case where id = :id").param("id", id)
			.query(String.class).single()).isEqualTo("请今日内加装警示桩，注意夜间照明。");
		// the notice keeps its message key and the instruction as typed, worded when the clerk reads it
		assertThat(jdbc.sql("select message_args::text from cityops.notification where case_id = :id and role = 'CLERK' "
				+ "order by id desc limit 1").param("id", id).query(String.class).single())
			.contains("请今日内加装警示桩，注意夜间照明。");
		String sha = jdbc.sql("select sha256 from cityops.case_photo where case_id = :id").param("id", id)
			.query(String.class).single();
		long photo = jdbc.sql("select id from cityops.case_photo where case_id = :id").param("id", id)
			.query(Long.class).single();

		// the handling department reads the instruction, sees who reported and dispatched by name and unit, and the photo
		mvc.perform(get("/cityops/cases/{id}", id).accept(MediaType.TEXT_HTML).with(httpBasic("zjj", PASSWORD)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("派遣意见")))
			.andExpect(content().string(containsString("请今日内加装警示桩，注意夜间照明。")))
			.andExpect(content().string(containsString("金桥街道 吴网格员")))
			.andExpect(content().string(containsString(">周值班员<")))
			.andExpect(content().string(containsString("/cityops/cases/" + id + "/photos/" + photo)))
			.andExpect(content().string(not(containsString(sha.substring(0, 12)))))
			.andExpect(content().string(not(containsString(">grid01<"))))
			.andExpect(content().string(not(containsString("case.dispatch"))))
			.andExpect(content().string(not(containsString("{&quot;status"))));
		mvc.perform(get("/cityops/cases/{id}", id).param("lang", "en").accept(MediaType.TEXT_HTML).with(httpBasic("zjj", PASSWORD)))
			.andExpect(content().string(containsString("Instruction to the department")));
		mvc.perform(get("/cityops/cases/{id}/photos/{p}", id, photo).with(httpBasic("zjj", PASSWORD)))
			.andExpect(status().isOk());
		// a clerk of another department neither sees the case nor its photo
		mvc.perform(get("/cityops/cases/{id}/photos/{p}", id, photo).with(httpBasic("police", PASSWORD)))
			.andExpect(status().isNotFound());
	}

	@Test
	void aResidentWhoReportedIsNamedToTheOperationsCentreButNotToTheDepartment() throws Exception {
		double[] p = CasePoints.next(jdbc);
		String body = mvc.perform(multipart("/api/cityops/cases").param("classCode", "C-0103").param("description", "居民上报测试")
			.param("longitude", String.valueOf(p[0])).param("latitude", String.valueOf(p[1]))
			.with(httpBasic("resident", PASSWORD))).andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
		long id = json.readTree(body).path("caseId").asLong();
		mvc.perform(get("/cityops/cases/{id}", id).accept(MediaType.TEXT_HTML).with(httpBasic("operator", PASSWORD)))
			.andExpect(content().string(containsString("王小明")));
		step(id, "operator", "filing");
		step(id, "operator", "dispatch");
		mvc.perform(get("/cityops/cases/{id}", id).accept(MediaType.TEXT_HTML).with(httpBasic("zjj", PASSWORD)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("居民")))
			.andExpect(content().string(not(containsString("王小明"))))
			.andExpect(content().string(not(containsString(">resident<"))));
	}

	private long report(double[] p, String classCode) throws Exception {
		String body = mvc.perform(multipart("/api/cityops/cases").param("classCode", classCode).param("description", "考核测试")
			.param("longitude", String.valueOf(p[0])).param("latitude", String.valueOf(p[1]))
			.with(httpBasic("grid01", PASSWORD))).andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
		return json.readTree(body).path("caseId").asLong();
	}

	private void step(long id, String user, String step) throws Exception {
		mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/api/cityops/cases/{id}/{step}", id, step)
			.with(httpBasic(user, PASSWORD))).andExpect(status().isOk());
	}

}
