package org.chengxiang.training;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.chengxiang.directory.DepartmentSummary;
import org.chengxiang.directory.Directory;
import org.chengxiang.platform.crypto.GeneratedIdNumbers;
import org.chengxiang.platform.crypto.PersonalDataProtector;
import org.chengxiang.residence.ResidenceFixtures;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.chengxiang.directory.TestRegistrations.PASSWORD;
import static org.chengxiang.directory.TestRegistrations.STRONG_PASSWORD;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A provider's classes from filing through the roster sheet's preview and confirmation, sessions, attendance and
 * results to closing; who may see and do what; bad input refused with nothing written. Each test makes its own
 * providers, users, occupations and trainees.
 */
@SpringBootTest
@AutoConfigureMockMvc
class ClassesIntegrationTests {

	static final String OCCUPATION = "T-6-18-02-04";

	static final String SPECIAL = "T-SP-0001";

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	JsonMapper json;

	@Autowired
	Directory directory;

	@Autowired
	PersonalDataProtector protector;

	@Autowired
	java.time.Clock clock;

	String division;

	LocalDate today() {
		return LocalDate.now(clock);
	}

	@BeforeEach
	void occupations() {
		jdbc.sql("""
				insert into training.occupation (code, name, kind) values (:o, 'Welder', 'OCCUPATION'), (:s, 'Pastry', 'SPECIAL')
				on conflict (code) do nothing
				""").param("o", OCCUPATION).param("s", SPECIAL).update();
		division = directory.placeChoices().towns().get(0).places().get(0).code();
	}

	@Test
	void aSheetIsPreviewedWithItsBadRowsAndNothingIsOnTheRosterUntilTheGoodRowsAreConfirmed() throws Exception {
		String staff = provider();
		LocalDate start = today().plusDays(10);
		long id = file(staff, start, start.plusDays(9), 2);
		String rural = GeneratedIdNumbers.random();
		String withPermit = GeneratedIdNumbers.random();
		String urban = GeneratedIdNumbers.random();
		ResidenceFixtures.permit(jdbc, protector.personKey(withPermit), start.minusMonths(2), start.plusMonths(10));
		byte[] sheet = RosterSheetTests.workbook(List.of("王一", rural, "13800001111", "农村"),
				List.of("李二", rural.substring(0, 17), "", "农村"), List.of("张三", withPermit, "", "城镇"),
				List.of("赵四", urban, "", "Urban"));

		MvcResult uploaded = mvc.perform(multipart("/training/classes/{id}/roster-imports", id)
			.file(new MockMultipartFile("file", "roster.xlsx", "application/octet-stream", sheet))
			.with(httpBasic(staff, PASSWORD)).with(csrf()))
			.andExpect(redirectedUrlPattern("/training/classes/" + id + "/roster-imports/*"))
			.andReturn();
		assertThat(enrolled(id)).isZero();
		assertThat(jdbc.sql("select count(*) from training.roster_import_row where position(convert_to(:n, 'UTF8') in id_number_enc) > 0")
			.param("n", rural).query(Long.class).single()).isZero();
		String preview = page(get(uploaded.getResponse().getRedirectedUrl()), staff);
		assertThat(preview).contains("bad-row-3", "good-row-2", "good-row-4", "good-row-5", "2108", "import-beyond")
			.doesNotContain(rural);
		assertThat(preview).contains("身份证号码应为 18 位");

		mvc.perform(post(uploaded.getResponse().getRedirectedUrl() + "/confirmation").with(httpBasic(staff, PASSWORD))
			.with(csrf())).andExpect(redirectedUrl("/training/classes/" + id));
		List<Map<String, Object>> roster = jdbc.sql("""
				select e.seat, e.migrant_worker, t.name from training.enrolment e
				join training.trainee t on t.id = e.trainee_id where e.class_id = :id order by e.seat
				""").param("id", id).query().listOfRows();
		assertThat(roster).extracting(r -> r.get("name")).containsExactly("王一", "张三", "赵四");
		assertThat(roster).extracting(r -> r.get("migrant_worker")).containsExactly(true, true, false);
		assertThat(page(get("/training/classes/{id}", id), staff)).contains("class-over-capacity", "enrolment-");

		// a confirmed import is not confirmed twice, and a stale one is refused
		assertThat(page(post(uploaded.getResponse().getRedirectedUrl() + "/confirmation").with(csrf()), staff))
			.contains("import-refused");
		assertThat(enrolled(id)).isEqualTo(3);
		MvcResult again = mvc.perform(multipart("/training/classes/{id}/roster-imports", id)
			.file(new MockMultipartFile("file", "roster.xlsx", "application/octet-stream",
					RosterSheetTests.workbook(List.of("钱五", GeneratedIdNumbers.random(), "", "农村"))))
			.with(httpBasic(staff, PASSWORD)).with(csrf())).andReturn();
		apiPost(staff, "/api/training/classes/" + id + "/trainees", Map.of("name", "孙六", "idNumber",
				GeneratedIdNumbers.random(), "hukouKind", "URBAN")).andExpect(status().isCreated());
		assertThat(page(post(again.getResponse().getRedirectedUrl() + "/confirmation").with(csrf()), staff))
			.contains("import-refused");
		assertThat(enrolled(id)).isEqualTo(4);

		// the same person on the roster again is refused beside the field
		apiPost(staff, "/api/training/classes/" + id + "/trainees", Map.of("name", "王一", "idNumber", rural,
				"hukouKind", "RURAL")).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field").value(hasItem("idNumber")));
		// the trainee is one person across classes
		long second = file(staff, start, start.plusDays(3), 30);
		apiPost(staff, "/api/training/classes/" + second + "/trainees", Map.of("name", "王一", "idNumber", rural,
				"hukouKind", "RURAL")).andExpect(status().isCreated());
		assertThat(jdbc.sql("select count(*) from training.trainee where person_key = :k")
			.param("k", protector.personKey(rural).bytes()).query(Long.class).single()).isEqualTo(1);
	}

	@Test
	void anotherProvidersStaffNeitherSeeNorChangeAClassAndTheBureausOnlyRead() throws Exception {
		String staff = provider();
		String other = provider();
		long id = file(staff, today().plusDays(5), today().plusDays(6), 20);

		mvc.perform(get("/api/training/classes/{id}", id).with(httpBasic(other, PASSWORD))).andExpect(status().isNotFound());
		mvc.perform(get("/training/classes/{id}", id).with(httpBasic(other, PASSWORD))).andExpect(status().isNotFound());
		mvc.perform(get("/api/training/classes").with(httpBasic(other, PASSWORD)))
			.andExpect(jsonPath("$.items[*].id").value(not(hasItem((int) id))));
		assertThat(page(get("/training/classes"), other)).doesNotContain("class-" + id + "\"");
		apiPost(other, "/api/training/classes/" + id + "/trainees", Map.of("name", "王一", "idNumber",
				GeneratedIdNumbers.random(), "hukouKind", "RURAL")).andExpect(status().isNotFound());
		mvc.perform(post("/api/training/classes/{id}/cancellation", id).with(httpBasic(other, PASSWORD)))
			.andExpect(status().isNotFound());

		mvc.perform(get("/api/training/classes/{id}", id).with(httpBasic("hrss", PASSWORD))).andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("FILED"));
		assertThat(page(get("/training/classes"), "hrss")).contains("class-" + id + "\"");
		long before = classes();
		apiPost("hrss", "/api/training/classes", filing(today().plusDays(5), today().plusDays(6), 20))
			.andExpect(status().isForbidden());
		mvc.perform(get("/training/classes/new").with(httpBasic("hrss", PASSWORD))).andExpect(status().isForbidden());
		mvc.perform(post("/api/training/classes/{id}/cancellation", id).with(httpBasic("hrss", PASSWORD)))
			.andExpect(status().isForbidden());
		mvc.perform(get("/api/training/classes").with(httpBasic("edu", PASSWORD))).andExpect(status().isForbidden());
		assertThat(classes()).isEqualTo(before);
	}

	@Test
	void badInputIsRefusedNamingTheFieldWithNothingWrittenAndTheFormShowsWhatWasTyped() throws Exception {
		String staff = provider();
		long before = classes();
		Map<String, Object> tooMany = filing(today().plusDays(5), today().plusDays(6), 501);
		apiPost(staff, "/api/training/classes", tooMany).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field").value(hasItem("capacity")));
		Map<String, Object> backwards = filing(today().plusDays(5), today().plusDays(4), 20);
		apiPost(staff, "/api/training/classes", backwards).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field").value(hasItem("endsOn")));
		Map<String, Object> specialAtJunior = new java.util.HashMap<>(filing(today().plusDays(5),
				today().plusDays(6), 20));
		specialAtJunior.put("occupationCode", SPECIAL);
		apiPost(staff, "/api/training/classes", specialAtJunior).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field").value(hasItem("level")));
		Map<String, Object> nowhere = new java.util.HashMap<>(filing(today().plusDays(5),
				today().plusDays(6), 20));
		nowhere.put("divisionCode", "999999999999");
		apiPost(staff, "/api/training/classes", nowhere).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field").value(hasItem("divisionCode")));
		assertThat(classes()).isEqualTo(before);

		String form = page(post("/training/classes/new").with(csrf()).param("name", "电焊工岗前培训班")
			.param("occupationCode", OCCUPATION).param("level", "JUNIOR").param("trainingType", "PRE_JOB")
			.param("hours", "40").param("capacity", "0").param("startsOn", today().plusDays(5).toString())
			.param("endsOn", today().plusDays(6).toString()).param("divisionCode", division)
			.param("place", "一号楼").param("teacher", "王老师"), staff);
		assertThat(form).contains("电焊工岗前培训班", "备案人数须在 1 到 500 之间", "has-error");
		assertThat(classes()).isEqualTo(before);

		long id = file(staff, today().plusDays(5), today().plusDays(6), 20);
		String bad = page(post("/training/classes/{id}/trainees", id).with(csrf()).param("name", "王一")
			.param("idNumber", "210881199001011234").param("hukouKind", "RURAL"), staff);
		assertThat(bad).contains("210881199001011234", "身份证号码的校验码不正确");
		assertThat(enrolled(id)).isZero();
	}

	@Test
	void aClassLateFiledRecordsAttendanceAndResultsAndClosesAfterItsLastDayOnceEveryoneHasAResult() throws Exception {
		String staff = provider();
		LocalDate start = today().minusDays(10);
		long id = file(staff, start, today().minusDays(1), 20);
		assertThat(page(get("/training/classes/{id}", id), staff)).contains("class-filed-late");
		apiPost(staff, "/api/training/classes/" + id + "/trainees", Map.of("name", "王一", "idNumber",
				GeneratedIdNumbers.random(), "hukouKind", "RURAL")).andExpect(status().isCreated());
		apiPost(staff, "/api/training/classes/" + id + "/trainees", Map.of("name", "李二", "idNumber",
				GeneratedIdNumbers.random(), "phone", "13912345678", "hukouKind", "URBAN")).andExpect(status().isCreated());
		List<Long> enrolments = jdbc.sql("select id from training.enrolment where class_id = :id order by seat")
			.param("id", id).query(Long.class).list();

		apiPost(staff, "/api/training/classes/" + id + "/sessions", Map.of("heldOn", start.minusDays(1).toString(),
				"hours", 4, "topic", "安全")).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field").value(hasItem("heldOn")));
		apiPost(staff, "/api/training/classes/" + id + "/sessions", Map.of("heldOn", start.toString(), "hours", 4,
				"topic", "安全")).andExpect(status().isCreated());
		apiPost(staff, "/api/training/classes/" + id + "/sessions", Map.of("heldOn", start.plusDays(1).toString(),
				"hours", 4, "topic", "实操")).andExpect(status().isCreated());
		List<Long> sessions = jdbc.sql("select id from training.session where class_id = :id order by held_on")
			.param("id", id).query(Long.class).list();
		// the grid ticks everyone at first
		assertThat(page(get("/training/classes/{id}/sessions/{s}/attendance", id, sessions.get(0)), staff))
			.containsPattern("id=\"present-" + enrolments.get(1) + "\"[^>]*checked");
		mvc.perform(post("/training/classes/{id}/sessions/{s}/attendance", id, sessions.get(0))
			.with(httpBasic(staff, PASSWORD)).with(csrf()).param("present", enrolments.get(0).toString(),
					enrolments.get(1).toString())).andExpect(status().is3xxRedirection());
		mvc.perform(put("/api/training/classes/{id}/sessions/{s}/attendance", id, sessions.get(1))
			.with(httpBasic(staff, PASSWORD)).contentType(MediaType.APPLICATION_JSON)
			.content("{\"present\":[" + enrolments.get(0) + "]}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.roster[0].attendance").value(100))
			.andExpect(jsonPath("$.roster[1].attendance").value(50));

		// removing a trainee who attended, closing without results, cancelling with attendance: all refused
		mvc.perform(delete("/api/training/classes/{id}/trainees/{e}", id, enrolments.get(1))
			.with(httpBasic(staff, PASSWORD))).andExpect(status().isConflict());
		mvc.perform(post("/api/training/classes/{id}/closure", id).with(httpBasic(staff, PASSWORD)))
			.andExpect(status().isConflict());
		mvc.perform(post("/api/training/classes/{id}/cancellation", id).with(httpBasic(staff, PASSWORD)))
			.andExpect(status().isConflict());

		String number = "ZS-" + ThreadLocalRandom.current().nextLong(1_000_000_000L, 9_999_999_999L);
		mvc.perform(put("/api/training/classes/{id}/results", id).with(httpBasic(staff, PASSWORD))
			.contentType(MediaType.APPLICATION_JSON)
			.content(results(enrolments, "bad number", today().plusDays(1))))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field").value(hasItem("lines[0].certificateNumber")))
			.andExpect(jsonPath("$.errors[*].field").value(hasItem("lines[0].certifiedOn")));
		assertThat(jdbc.sql("select count(*) from training.enrolment where class_id = :id and exam_result is not null")
			.param("id", id).query(Long.class).single()).isZero();
		mvc.perform(put("/api/training/classes/{id}/results", id).with(httpBasic(staff, PASSWORD))
			.contentType(MediaType.APPLICATION_JSON).content(results(enrolments, number.toLowerCase(), today())))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.roster[0].certificateNumber").value(number))
			.andExpect(jsonPath("$.roster[0].certificateKind").value("SKILL_LEVEL"))
			.andExpect(jsonPath("$.roster[1].examResult").value("FAILED"));

		mvc.perform(post("/training/classes/{id}/closure", id).with(httpBasic(staff, PASSWORD)).with(csrf())
			.param("version", "0")).andExpect(status().is3xxRedirection());
		mvc.perform(get("/api/training/classes/{id}", id).with(httpBasic(staff, PASSWORD)))
			.andExpect(jsonPath("$.status").value("CLOSED"))
			.andExpect(jsonPath("$.closedOn").value(today().toString()))
			.andExpect(jsonPath("$.filedLate").value(true));
		apiPost(staff, "/api/training/classes/" + id + "/sessions", Map.of("heldOn", start.toString(), "hours", 2,
				"topic", "补课")).andExpect(status().isConflict());
	}

	private static String results(List<Long> enrolments, String number, LocalDate on) {
		return """
				{"lines":[{"enrolmentId":%d,"outcome":"PASSED","certificateNumber":"%s","certifiedOn":"%s"},
				{"enrolmentId":%d,"outcome":"FAILED"}]}
				""".formatted(enrolments.get(0), number, on, enrolments.get(1));
	}

	private long enrolled(long classId) {
		return jdbc.sql("select count(*) from training.enrolment where class_id = :id").param("id", classId)
			.query(Long.class).single();
	}

	private long classes() {
		return jdbc.sql("select count(*) from training.training_class").query(Long.class).single();
	}

	private Map<String, Object> filing(LocalDate start, LocalDate end, int capacity) {
		return Map.ofEntries(Map.entry("name", "电焊工初级班"), Map.entry("occupationCode", OCCUPATION),
				Map.entry("level", "JUNIOR"), Map.entry("trainingType", "PRE_JOB"), Map.entry("hours", 40),
				Map.entry("capacity", capacity), Map.entry("startsOn", start.toString()),
				Map.entry("endsOn", end.toString()), Map.entry("divisionCode", division),
				Map.entry("place", "培训楼一层"), Map.entry("teacher", "王老师"));
	}

	private long file(String staff, LocalDate start, LocalDate end, int capacity) throws Exception {
		String body = apiPost(staff, "/api/training/classes", filing(start, end, capacity))
			.andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
		return json.readTree(body).get("id").asLong();
	}

	private org.springframework.test.web.servlet.ResultActions apiPost(String user, String path, Object body)
			throws Exception {
		return mvc.perform(post(path).with(httpBasic(user, PASSWORD)).contentType(MediaType.APPLICATION_JSON)
			.content(json.writeValueAsString(body)));
	}

	private String page(org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request, String user)
			throws Exception {
		MvcResult result = mvc.perform(request.with(httpBasic(user, PASSWORD))).andExpect(status().isOk()).andReturn();
		return result.getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
	}

	/** An approved provider of its own, with a staff member signing in with the demo password; the username. */
	private String provider() throws Exception {
		String suffix = String.valueOf(System.nanoTime() % 100_000_000L);
		DepartmentSummary body = directory.enterProvider("TP-T" + suffix, "Test school " + suffix, "School " + suffix);
		jdbc.sql("""
				insert into training.provider (department_id, name, credit_code, kind, licence_number, contact_name,
					approved_on, status)
				values (:department, :name, :code, 'INSTITUTION', :licence, 'Contact', current_date, 'APPROVED')
				""").param("department", body.id()).param("name", "Test school " + suffix)
			.param("code", ("91210882" + suffix + "0000000000").substring(0, 18)).param("licence", "L" + suffix).update();
		String username = "tp" + suffix;
		mvc.perform(post("/api/directory/users").with(httpBasic("admin", PASSWORD)).contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"username":"%s","displayName":"测试 培训老师","role":"PROVIDER","departmentId":%d,"password":"%s"}
					""".formatted(username, body.id(), STRONG_PASSWORD)))
			.andExpect(status().is2xxSuccessful());
		org.chengxiang.directory.TestRegistrations.useDemoPassword(jdbc, username);
		return username;
	}

}
