package org.chengxiang.cityops.cases;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import org.chengxiang.cityops.AlarmCleared;
import org.chengxiang.cityops.AlarmRaised;
import org.chengxiang.cityops.AlarmSeverity;
import org.chengxiang.cityops.AlarmUpdated;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;
import org.springframework.transaction.support.TransactionTemplate;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.chengxiang.directory.TestRegistrations.PASSWORD;
import static org.chengxiang.directory.TestRegistrations.STRONG_PASSWORD;

@SpringBootTest
@AutoConfigureMockMvc
class CasesIntegrationTests {

	static final byte[] PNG = { (byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13 };

	static final byte[] JPEG = { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 16, 'J', 'F', 'I', 'F' };

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	JsonMapper json;

	@Autowired
	CaseEscalationJob escalation;

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	CaseBoard cityOps;

	@Autowired
	PhotoStore photos;

	@Test
	void aManholeCoverGoesThroughTheSevenStepsAndEachStepIsRecorded() throws Exception {
		double[] p = CasePoints.next(jdbc);
		long id = report("grid01", "C-0103", "雨水井盖破损", p, new MockMultipartFile("photos", "cover.jpg", "image/jpeg", JPEG))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.merged").value(false))
			.andExpect(jsonPath("$.number").value(org.hamcrest.Matchers.matchesPattern("CG-\\d{8}-\\d{4,}")))
			.andReturn()
			.getResponse()
			.getContentAsString()
			.transform(this::caseId);
		step("grid01", id, "filing").andExpect(status().isForbidden());
		step("operator", id, "filing").andExpect(jsonPath("$.status").value("FILED"));
		step("operator", id, "filing").andExpect(status().isConflict());
		mvc.perform(post("/api/cityops/cases/{id}/dispatch", id).with(httpBasic("operator", PASSWORD)))
			.andExpect(jsonPath("$.status").value("DISPATCHED"))
			.andExpect(jsonPath("$.departmentName").value("住建局"));
		step("zjj", id, "start").andExpect(jsonPath("$.status").value("HANDLING"));
		mvc.perform(multipart("/api/cityops/cases/{id}/photos", id).file(new MockMultipartFile("photos", "done.png",
				"image/png", PNG)).with(httpBasic("zjj", PASSWORD)))
			.andExpect(jsonPath("$.photos.length()").value(2));
		mvc.perform(multipart("/api/cityops/cases/{id}/feedback", id).param("note", " ").with(httpBasic("zjj", PASSWORD)))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("note"));
		mvc.perform(multipart("/api/cityops/cases/{id}/feedback", id).param("note", "已更换井盖").with(httpBasic("zjj", PASSWORD)))
			.andExpect(jsonPath("$.status").value("FEEDBACK"))
			.andExpect(jsonPath("$.late").value(false));
		mvc.perform(multipart("/api/cityops/cases/{id}/verification", id).param("passed", "true")
			.with(httpBasic("zjj", PASSWORD))).andExpect(status().isForbidden());
		mvc.perform(multipart("/api/cityops/cases/{id}/verification", id).param("passed", "true")
			.file(new MockMultipartFile("photos", "check.png", "image/png", PNG))
			.with(httpBasic("grid01", PASSWORD)))
			.andExpect(jsonPath("$.status").value("VERIFIED"));
		step("operator", id, "closure").andExpect(jsonPath("$.status").value("CLOSED"))
			.andExpect(jsonPath("$.timeline[*].action").value(hasItem("close")))
			.andExpect(jsonPath("$.photos[0].sha256").value(PhotoStore.sha256(JPEG)))
			.andExpect(jsonPath("$.photos[0].stage").value("REPORT"))
			.andExpect(jsonPath("$.photos[2].stage").value("VERIFICATION"));

		String number = jdbc.sql("select number from cityops.city_case where id = :id").param("id", id).query(String.class).single();
		assertThat(jdbc.sql("select action from platform.audit_entry where subject_type = 'case' and subject_id = :n order by id")
			.param("n", number).query(String.class).list()).containsSubsequence("case.reported", "case.file",
					"case.dispatch", "case.start", "case.photos", "case.feedback", "case.verify-pass", "case.close");
		String path = jdbc.sql("select storage_path from cityops.case_photo where case_id = :id order by id limit 1")
			.param("id", id).query(String.class).single();
		assertThat(photos.read(path)).isEqualTo(JPEG);
		mvc.perform(get("/api/cityops/cases/{id}/photos/{p}", id,
				jdbc.sql("select id from cityops.case_photo where case_id = :id order by id limit 1").param("id", id)
					.query(Long.class).single()).with(httpBasic("zjj", PASSWORD)))
			.andExpect(status().isOk())
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content().contentType(MediaType.IMAGE_JPEG));
	}

	@Test
	void aReportNearAnOpenCaseOfTheSameClassIsMergedNotOpenedTwice() throws Exception {
		double[] p = CasePoints.next(jdbc);
		long first = caseId(report("grid01", "E-0101", "路边暴露垃圾", p).andExpect(status().isCreated())
			.andReturn().getResponse().getContentAsString());
		String number = jdbc.sql("select number from cityops.city_case where id = :id").param("id", first).query(String.class).single();
		// about 30 m north-east: the same case
		double[] near = { p[0] + 0.00025, p[1] + 0.00015 };
		report("operator", "E-0101", "12345：同一处垃圾", near).andExpect(status().isOk())
			.andExpect(jsonPath("$.merged").value(true))
			.andExpect(jsonPath("$.caseId").value(first))
			.andExpect(jsonPath("$.message").value(containsString("已合并至 案件 " + number)));
		// the same place, another class: its own case
		report("grid01", "E-0103", "道路不洁", near).andExpect(status().isCreated());
		// about 80 m away: its own case
		double[] far = { p[0] + 0.0009, p[1] };
		report("grid01", "E-0101", "另一处垃圾", far).andExpect(status().isCreated());
		mvc.perform(get("/api/cityops/cases/{id}", first).with(httpBasic("operator", PASSWORD)))
			.andExpect(jsonPath("$.reports.length()").value(2))
			.andExpect(jsonPath("$.reports[1].merged").value(true))
			.andExpect(jsonPath("$.timeline[*].action").value(hasItem("merged")));
		// once closed (or rejected), a new report opens a new case
		step("operator", first, "rejection").andExpect(status().isBadRequest());
		mvc.perform(post("/api/cityops/cases/{id}/rejection", first).with(httpBasic("operator", PASSWORD))
			.contentType(MediaType.APPLICATION_JSON).content("{\"reason\":\"NOT_IN_SCOPE\"}"))
			.andExpect(jsonPath("$.status").value("REJECTED"));
		report("grid01", "E-0101", "又有垃圾", near).andExpect(status().isCreated());
	}

	@Test
	void badReportsAreRefusedNamingTheFieldAndLeaveNothingBehind() throws Exception {
		double[] p = CasePoints.next(jdbc);
		int cases = count("cityops.city_case");
		int reports = count("cityops.case_report");
		long files = files();
		byte[] fake = "this is not a jpeg".getBytes();
		report("grid01", "C-0103", "井盖", p, new MockMultipartFile("photos", "fake.jpg", "image/jpeg", fake))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("photos"))
			.andExpect(jsonPath("$.errors[0].message").value(containsString("JPEG")));
		// a good photo, then a fake one: neither is kept
		report("grid01", "C-0103", "井盖", p, new MockMultipartFile("photos", "a.png", "image/png", PNG),
				new MockMultipartFile("photos", "b.jpg", "image/jpeg", fake))
			.andExpect(status().isBadRequest());
		report("grid01", "C-0103", "井盖", new double[] { 100.0, 30.0 })
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("longitude"))
			.andExpect(jsonPath("$.detail").value(containsString("网格")));
		report("grid01", "X-9999", "井盖", p).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("classCode"));
		report("grid01", "C-0103", " ", p).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("description"))
			.andExpect(jsonPath("$.errors[0].label").value(containsString("问题描述")));
		mvc.perform(multipart("/api/cityops/cases").param("classCode", "C-0103").param("description", "x")
			.param("longitude", "abc").param("latitude", "40.6").with(httpBasic("grid01", PASSWORD)))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("longitude"));
		mvc.perform(get("/api/cityops/grid/locate").param("lng", "100").param("lat", "30").with(httpBasic("grid01", PASSWORD)))
			.andExpect(status().isBadRequest());
		assertThat(count("cityops.city_case")).isEqualTo(cases);
		assertThat(count("cityops.case_report")).isEqualTo(reports);
		assertThat(files()).isEqualTo(files);
	}

	@Test
	void eachUserSeesOnlyTheCasesOfTheirScope() throws Exception {
		double[] p = CasePoints.next(jdbc);
		long id = caseId(report("grid01", "C-0103", "井盖丢失", p).andReturn().getResponse().getContentAsString());
		step("operator", id, "filing");
		mvc.perform(post("/api/cityops/cases/{id}/dispatch", id).with(httpBasic("operator", PASSWORD)));
		String number = jdbc.sql("select number from cityops.city_case where id = :id").param("id", id).query(String.class).single();
		String other = otherGridOfficer();

		for (String user : new String[] { "operator", "supervisor", "admin", "zjj", "grid01" }) {
			mvc.perform(get("/api/cityops/cases/{id}", id).with(httpBasic(user, PASSWORD))).andExpect(status().isOk());
		}
		for (String user : new String[] { "police", "health", "resident", other }) {
			mvc.perform(get("/api/cityops/cases/{id}", id).with(httpBasic(user, PASSWORD))).andExpect(status().isNotFound());
			mvc.perform(get("/api/cityops/cases").param("tab", "ALL").param("size", "100").with(httpBasic(user, PASSWORD)))
				.andExpect(status().isOk())
				.andExpect(jsonPath("$.items[*].number").value(not(hasItem(number))));
		}
		mvc.perform(get("/api/cityops/cases").param("tab", "HANDLING").with(httpBasic("zjj", PASSWORD)))
			.andExpect(jsonPath("$.items[*].number").value(hasItem(number)))
			.andExpect(jsonPath("$.items[*].departmentName").value(not(hasItem("交通运输局"))));
		// acting on it: the wrong department finds nothing, the wrong role is forbidden
		step("health", id, "start").andExpect(status().isNotFound());
		step("operator", id, "start").andExpect(status().isForbidden());
		step(other, id, "start").andExpect(status().isForbidden());
		mvc.perform(get("/api/cityops/cases/{id}/photos/1", id).with(httpBasic("police", PASSWORD)))
			.andExpect(status().isNotFound());
		// the grid's open-case counts follow the same scope
		JsonNode grid = json.readTree(mvc.perform(get("/api/cityops/grid/cells").with(httpBasic("police", PASSWORD)))
			.andReturn().getResponse().getContentAsString());
		assertThat(grid.path("type").asString()).isEqualTo("FeatureCollection");
		long cell = (long) p[2];
		for (JsonNode f : grid.path("features")) {
			if (f.path("id").asLong() == cell) {
				assertThat(f.path("properties").path("openCases").asInt()).isZero();
			}
		}
		JsonNode mine = json.readTree(mvc.perform(get("/api/cityops/grid/cells").with(httpBasic("grid01", PASSWORD)))
			.andReturn().getResponse().getContentAsString());
		for (JsonNode f : mine.path("features")) {
			if (f.path("id").asLong() == cell) {
				assertThat(f.path("properties").path("openCases").asInt()).isPositive();
				assertThat(f.path("properties").path("officers").toString()).contains("吴网格员");
			}
		}
	}

	@Test
	void theDepartmentDisputesTheOperatorRedispatchesAndAnExtensionIsDecided() throws Exception {
		double[] p = CasePoints.next(jdbc);
		long id = caseId(report("grid01", "E-0303", "路面坑洼", p).andReturn().getResponse().getContentAsString());
		step("operator", id, "filing");
		long hurd = jdbc.sql("select id from directory.department where code = 'HURD'").query(Long.class).single();
		mvc.perform(post("/api/cityops/cases/{id}/dispatch", id).with(httpBasic("operator", PASSWORD))
			.contentType(MediaType.APPLICATION_JSON).content("{\"departmentId\":" + hurd + "}"))
			.andExpect(jsonPath("$.departmentName").value("住建局"));
		mvc.perform(post("/api/cityops/cases/{id}/dispute", id).with(httpBasic("zjj", PASSWORD))
			.contentType(MediaType.APPLICATION_JSON).content("{\"reason\":\" \"}"))
			.andExpect(status().isBadRequest());
		mvc.perform(post("/api/cityops/cases/{id}/dispute", id).with(httpBasic("zjj", PASSWORD))
			.contentType(MediaType.APPLICATION_JSON).content("{\"reason\":\"道路养护属交通运输局\"}"))
			.andExpect(jsonPath("$.status").value("FILED"))
			.andExpect(jsonPath("$.disputes").value(1));
		mvc.perform(get("/api/cityops/cases/{id}", id).with(httpBasic("zjj", PASSWORD))).andExpect(status().isNotFound());
		mvc.perform(post("/api/cityops/cases/{id}/dispatch", id).with(httpBasic("operator", PASSWORD))
			.contentType(MediaType.APPLICATION_JSON).content("{\"departmentId\":999999}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("departmentId"));
		mvc.perform(post("/api/cityops/cases/{id}/dispatch", id).with(httpBasic("operator", PASSWORD)))
			.andExpect(jsonPath("$.departmentName").value("交通运输局"));
		long transport = jdbc.sql("select department_id from cityops.city_case where id = :id").param("id", id)
			.query(Long.class).single();
		assertThat(jdbc.sql("select count(*) from cityops.notification where case_id = :id and role = 'CLERK' and department_id = :d")
			.param("id", id).param("d", transport).query(Integer.class).single()).isEqualTo(1);

		// extensions: asked by the department, decided by the operator
		double[] q = CasePoints.next(jdbc);
		long lamp = caseId(report("grid01", "C-0104", "路灯不亮", q).andReturn().getResponse().getContentAsString());
		step("operator", lamp, "filing");
		mvc.perform(post("/api/cityops/cases/{id}/dispatch", lamp).with(httpBasic("operator", PASSWORD)));
		step("zjj", lamp, "start");
		mvc.perform(post("/api/cityops/cases/{id}/extension", lamp).with(httpBasic("zjj", PASSWORD))
			.contentType(MediaType.APPLICATION_JSON).content("{\"until\":\"2020-01-01T00:00\",\"reason\":\"等待灯具\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("until"));
		String until = java.time.LocalDateTime.now(java.time.ZoneId.of("Asia/Shanghai")).plusDays(10).withNano(0).withSecond(0).toString();
		mvc.perform(post("/api/cityops/cases/{id}/extension", lamp).with(httpBasic("zjj", PASSWORD))
			.contentType(MediaType.APPLICATION_JSON).content("{\"until\":\"" + until + "\",\"reason\":\"等待灯具\"}"))
			.andExpect(jsonPath("$.extensionReason").value("等待灯具"));
		mvc.perform(post("/api/cityops/cases/{id}/extension/decision", lamp).with(httpBasic("zjj", PASSWORD))
			.contentType(MediaType.APPLICATION_JSON).content("{\"approved\":true}"))
			.andExpect(status().isForbidden());
		mvc.perform(post("/api/cityops/cases/{id}/extension/decision", lamp).with(httpBasic("operator", PASSWORD))
			.contentType(MediaType.APPLICATION_JSON).content("{\"approved\":true}"))
			.andExpect(jsonPath("$.extensions").value(1))
			.andExpect(jsonPath("$.extensionUntil").doesNotExist());
	}

	@Test
	void overdueStepsAreEscalatedOnceEachToTheRightPeople() throws Exception {
		double[] p = CasePoints.next(jdbc);
		long id = caseId(report("grid01", "E-0405", "道路积水", p).andReturn().getResponse().getContentAsString());
		Instant now = Instant.now();
		escalation.run(now.plus(Duration.ofMinutes(90)));
		assertThat(escalations(id)).as("filing is due in 2 hours").isZero();
		escalation.run(now.plus(Duration.ofHours(3)));
		escalation.run(now.plus(Duration.ofHours(4)));
		assertThat(escalations(id)).as("once per step").isEqualTo(1);
		assertThat(notices(id, "SUPERVISOR")).isEqualTo(1);
		step("operator", id, "filing");
		mvc.perform(post("/api/cityops/cases/{id}/dispatch", id).with(httpBasic("operator", PASSWORD)));
		escalation.run(now.plus(Duration.ofHours(3)));
		assertThat(escalations(id)).as("handling of 道路积水 is due in 4 hours").isEqualTo(1);
		escalation.run(now.plus(Duration.ofHours(5)));
		assertThat(escalations(id)).isEqualTo(2);
		long hurd = jdbc.sql("select id from directory.department where code = 'HURD'").query(Long.class).single();
		assertThat(jdbc.sql("select count(*) from cityops.notification where case_id = :id and role = 'DEPARTMENT_LEAD' and department_id = :d")
			.param("id", id).param("d", hurd).query(Integer.class).single()).isEqualTo(1);
		String number = jdbc.sql("select number from cityops.city_case where id = :id").param("id", id).query(String.class).single();
		assertThat(jdbc.sql("select count(*) from platform.audit_entry where action = 'case.escalated' and subject_id = :n")
			.param("n", number).query(Integer.class).single()).isEqualTo(2);
		mvc.perform(get("/api/cityops/cases/{id}", id).with(httpBasic("operator", PASSWORD)))
			.andExpect(jsonPath("$.timeline[*].action").value(hasItem("escalated")));
	}

	@Test
	void alarmsOpenACaseLinkNearbyAlarmsToItAndWriteTheirUpdatesOnItsTimeline() throws Exception {
		double[] p = CasePoints.next(jdbc);
		long alarm = System.nanoTime() % 1_000_000_000L + 1_000_000_000L;
		Instant now = Instant.now();
		publish(new AlarmRaised(alarm, "YS-T1", "E-0405", (long) p[2], p[0], p[1], AlarmSeverity.SEVERE,
				"雨水井 YS-T1 水位 1.32 m，超过 1.0 m 持续 5 分钟", now));
		var opened = cityOps.caseOfAlarm(alarm).orElseThrow();
		assertThat(opened.status()).isEqualTo(CaseStatus.REPORTED);
		assertThat(jdbc.sql("select source || ' ' || reporter from cityops.city_case where id = :id").param("id", opened.id())
			.query(String.class).single()).isEqualTo("SENSOR system");
		// delivered again: nothing new
		publish(new AlarmRaised(alarm, "YS-T1", "E-0405", (long) p[2], p[0], p[1], AlarmSeverity.SEVERE, "again", now));
		assertThat(jdbc.sql("select count(*) from cityops.case_report where case_id = :id").param("id", opened.id())
			.query(Integer.class).single()).isEqualTo(1);
		// a second device 20 m away: linked to the same case
		publish(new AlarmRaised(alarm + 1, "YS-T2", "E-0405", (long) p[2], p[0] + 0.0002, p[1], AlarmSeverity.WARNING,
				"雨水井 YS-T2 水位 1.10 m", now));
		assertThat(cityOps.caseOfAlarm(alarm + 1).orElseThrow().id()).isEqualTo(opened.id());
		publish(new AlarmUpdated(alarm, AlarmSeverity.CRITICAL, "水位升至 1.6 m", now));
		publish(new AlarmCleared(alarm, "水位回落至 0.42 m", now));
		// the platform's notes are kept by message key and arguments, worded for each reader
		assertThat(jdbc.sql("""
				select action || ':' || coalesce(note_key || ' ' || note_args::text, note, '') from cityops.case_step
				where case_id = :id order by id
				""").param("id", opened.id()).query(String.class).list())
			.anyMatch(s -> s.startsWith("alarm-linked:cityops.case.note.alarmLinked"))
			.anyMatch(s -> s.startsWith("alarm-updated:cityops.case.note.alarmUpdated") && s.contains("1.6 m")
					&& s.contains("cityops.dashboard.severity.CRITICAL"))
			.anyMatch(s -> s.equals("alarm-cleared:cityops.case.note.alarmCleared [\"水位回落至 0.42 m\"]"));
		mvc.perform(get("/api/cityops/cases/{id}", opened.id()).with(httpBasic("operator", PASSWORD)))
			.andExpect(jsonPath("$.timeline[*].note").value(hasItem("告警已解除：水位回落至 0.42 m")));
		assertThat(cityOps.caseOfAlarm(alarm).orElseThrow().status()).as("stays open for a person").isEqualTo(CaseStatus.REPORTED);
		// an unknown class opens nothing and does not fail the sensor's transaction
		publish(new AlarmRaised(alarm + 2, "X", "E-0999", (long) p[2], p[0], p[1], AlarmSeverity.NOTICE, "x", now));
		assertThat(cityOps.caseOfAlarm(alarm + 2)).isEmpty();
	}

	@Test
	void dispatchFollowsTheMostSpecificRuleOfClassAndGrid() throws Exception {
		jdbc.sql("delete from cityops.dispatch_rule where class_code = 'C-0402' or category_code = 'C-04'").update();
		String community = jdbc.sql("select division_code from directory.grid_cell where division_code like '210882003%' order by code limit 1")
			.query(String.class).single();
		String otherCommunity = jdbc.sql("select division_code from directory.grid_cell where division_code like '210882003%' order by code offset 1 limit 1")
			.query(String.class).single();
		rule("{\"categoryCode\":\"C-04\",\"divisionCode\":\"210882003000\",\"departmentCode\":\"JINQIAO\"}").andExpect(status().isOk());
		rule("{\"classCode\":\"C-0402\",\"divisionCode\":\"" + community + "\",\"departmentCode\":\"EMERGENCY\"}").andExpect(status().isOk());
		rule("{\"classCode\":\"C-0402\",\"divisionCode\":\"" + community + "\",\"departmentCode\":\"ECO\"}").andExpect(status().isBadRequest());
		rule("{\"classCode\":\"C-0402\",\"categoryCode\":\"C-04\",\"divisionCode\":\"" + community + "\",\"departmentCode\":\"ECO\"}")
			.andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("classCode"));
		rule("{\"classCode\":\"C-0402\",\"divisionCode\":\"999999999999\",\"departmentCode\":\"ECO\"}")
			.andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("divisionCode"));
		mvc.perform(post("/api/cityops/dispatch-rules").with(httpBasic("operator", PASSWORD)).contentType(MediaType.APPLICATION_JSON)
			.content("{\"categoryCode\":\"C-04\",\"divisionCode\":\"210882004000\",\"departmentCode\":\"GANGDU\"}"))
			.andExpect(status().isForbidden());

		assertThat(dispatchedTo("C-0402", community)).as("subclass in the community").isEqualTo("应急管理局");
		assertThat(dispatchedTo("C-0402", otherCommunity)).as("major class in the township").isEqualTo("金桥街道");
		assertThat(dispatchedTo("C-0401", community)).as("major class in the township").isEqualTo("金桥街道");
		assertThat(dispatchedTo("C-0402", null)).as("the class's own department elsewhere").isEqualTo("住建局");
	}

	@Test
	void taskThirteenOfThePlanShowsTheCasesAsLiveIndicators(@Autowired java.util.List<org.chengxiang.plan.IndicatorSource> sources) {
		assertThat(jdbc.sql("""
				select distinct t.number from plan.indicator_binding b join plan.task t on t.id = b.task_id
				where b.indicator_key like 'cityops.%'
				""").query(String.class).list()).containsExactly("十三");
		int year = java.time.LocalDate.now(java.time.ZoneId.of("Asia/Shanghai")).getYear();
		var closed = sources.stream().filter(s -> s.key().equals("cityops.cases-closed")).findFirst().orElseThrow()
			.measure(new org.chengxiang.plan.IndicatorSource.IndicatorScope(1, year, 1));
		assertThat(closed).hasValueSatisfying(v -> assertThat(v.value()).isGreaterThanOrEqualTo(1));
		assertThat(sources.stream().filter(s -> s.key().equals("cityops.closure-rate")).findFirst().orElseThrow()
			.measure(new org.chengxiang.plan.IndicatorSource.IndicatorScope(1, 1999, 1))).as("no cases that year").isEmpty();
	}

	/** Reports a case of the class in a cell of the community (or outside 金桥街道) and dispatches it by the rules. */
	private String dispatchedTo(String classCode, String community) throws Exception {
		double[] point;
		if (community == null) {
			String geojson = jdbc.sql("select geojson from directory.grid_cell where division_code like '210882004%' order by code limit 1")
				.query(String.class).single();
			JsonNode first = json.readTree(geojson).path("coordinates").get(0).get(0);
			point = new double[] { first.get(0).asDouble() + 0.0011 + (System.nanoTime() % 50) * 0.0002,
					first.get(1).asDouble() + 0.0011 + (System.nanoTime() % 40) * 0.0002 };
		}
		else {
			point = CasePoints.nextIn(jdbc, community);
		}
		long id = caseId(report("grid01", classCode, "测试派遣", point).andReturn().getResponse().getContentAsString());
		step("operator", id, "filing");
		return json.readTree(mvc.perform(post("/api/cityops/cases/{id}/dispatch", id).with(httpBasic("operator", PASSWORD)))
			.andReturn().getResponse().getContentAsString()).path("departmentName").asString();
	}

	private ResultActions rule(String body) throws Exception {
		return mvc.perform(post("/api/cityops/dispatch-rules").with(httpBasic("admin", PASSWORD))
			.contentType(MediaType.APPLICATION_JSON).content(body));
	}

	private void publish(Object event) {
		transactions.executeWithoutResult(status -> events.publishEvent(event));
	}

	private int escalations(long id) {
		return jdbc.sql("select count(*) from cityops.case_escalation where case_id = :id").param("id", id)
			.query(Integer.class).single();
	}

	private int notices(long id, String role) {
		return jdbc.sql("select count(*) from cityops.notification where case_id = :id and role = :role")
			.param("id", id).param("role", role).query(Integer.class).single();
	}

	/** A second grid officer, of 钢都街道, answering for one of its cells. */
	private String otherGridOfficer() throws Exception {
		String username = "grid-t" + (System.nanoTime() % 1_000_000);
		long gangdu = jdbc.sql("select id from directory.department where code = 'GANGDU'").query(Long.class).single();
		mvc.perform(post("/api/directory/users").with(httpBasic("admin", PASSWORD)).contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"username":"%s","displayName":"钢都 测试网格员","role":"GRID_OFFICER","departmentId":%d,"password":"%s"}
					""".formatted(username, gangdu, STRONG_PASSWORD)))
			.andExpect(status().is2xxSuccessful());
		org.chengxiang.directory.TestRegistrations.useDemoPassword(jdbc, username);
		String cell = jdbc.sql("select code from directory.grid_cell where division_code like '210882004%' order by code limit 1")
			.query(String.class).single();
		mvc.perform(post("/api/cityops/grid/officers").with(httpBasic("admin", PASSWORD)).contentType(MediaType.APPLICATION_JSON)
			.content("{\"cellCode\":\"" + cell + "\",\"username\":\"" + username + "\"}"))
			.andExpect(status().isOk());
		return username;
	}

	private ResultActions report(String user, String classCode, String description, double[] point,
			MockMultipartFile... files) throws Exception {
		MockMultipartHttpServletRequestBuilder request = multipart("/api/cityops/cases");
		for (MockMultipartFile file : files) {
			request.file(file);
		}
		return mvc.perform(request.param("classCode", classCode)
			.param("description", description)
			.param("longitude", String.valueOf(point[0]))
			.param("latitude", String.valueOf(point[1]))
			.with(httpBasic(user, PASSWORD)));
	}

	private ResultActions step(String user, long id, String step) throws Exception {
		return mvc.perform(post("/api/cityops/cases/{id}/{step}", id, step).with(httpBasic(user, PASSWORD)));
	}

	private long caseId(String body) {
		return json.readTree(body).path("caseId").asLong();
	}

	private int count(String table) {
		return jdbc.sql("select count(*) from " + table).query(Integer.class).single();
	}

	private long files() throws IOException {
		Path root = photos.root();
		if (!Files.exists(root)) {
			return 0;
		}
		try (Stream<Path> all = Files.walk(root)) {
			return all.filter(Files::isRegularFile).count();
		}
	}

}
