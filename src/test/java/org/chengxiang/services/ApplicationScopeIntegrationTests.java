package org.chengxiang.services;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.chengxiang.directory.Directory;
import org.chengxiang.platform.security.CurrentUser;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.chengxiang.directory.TestRegistrations.PASSWORD;

/**
 * Who finds an application is decided by the query: its applicant, and the clerks and leads of the department
 * handling it once it is submitted. For anyone else (another resident, a clerk of another department, the
 * administrator, the supervision office, the city operations centre, a grid officer) it does not exist, by id or by
 * number, whatever department they belong to.
 */
@SpringBootTest
@AutoConfigureMockMvc
class ApplicationScopeIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Applications applications;

	@Autowired
	Directory directory;

	@Test
	void theApplicantAloneFindsADraftAndTheHandlingDepartmentASubmittedApplication() throws Exception {
		String applicant = TestResidents.register(mvc, "scoped", "蒋范围");
		String neighbour = TestResidents.register(mvc, "unscoped", "沈邻居");
		long draft = draft(applicant);
		String draftNumber = number(draft);
		long submitted = jdbc.sql("""
				select id from services.application where item_code = 'SETTLEMENT' and applicant_name = '王小明'
				and status <> 'DRAFT' order by id limit 1
				""").query(Long.class).single();
		String submittedNumber = number(submitted);

		assertThat(applications.findVisible(draft, user(applicant))).map(Application::id).contains(draft);
		assertThat(applications.findVisibleByNumber(draftNumber, user(applicant))).map(Application::id).contains(draft);
		// the department that will handle it sees nothing before it is submitted
		for (String other : List.of(neighbour, "resident", "police", "hrss", "drc", "admin", "supervisor", "operator",
				"grid01")) {
			assertThat(applications.findVisible(draft, user(other))).as(other).isEmpty();
			assertThat(applications.findVisibleByNumber(draftNumber, user(other))).as(other).isEmpty();
		}

		for (String allowed : List.of("resident", "police")) {
			assertThat(applications.findVisible(submitted, user(allowed))).as(allowed).map(Application::id)
				.contains(submitted);
			assertThat(applications.findVisibleByNumber(submittedNumber, user(allowed))).as(allowed)
				.map(Application::id)
				.contains(submitted);
		}
		for (String other : List.of(applicant, "hrss", "zjj", "drc", "admin", "supervisor", "operator", "grid01")) {
			assertThat(applications.findVisible(submitted, user(other))).as(other).isEmpty();
			assertThat(applications.findVisibleByNumber(submittedNumber, user(other))).as(other).isEmpty();
		}
		assertThat(applications.findVisible(-1, user("police"))).isEmpty();
	}

	private CurrentUser user(String username) {
		return directory.user(username).orElseThrow();
	}

	private long draft(String resident) throws Exception {
		String body = mvc.perform(post("/api/services/applications").with(httpBasic(resident, PASSWORD))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"itemCode\":\"SETTLEMENT\",\"form\":" + ApplicationStepsPagesIntegrationTests.FORM + "}"))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString();
		return Long.parseLong(body.replaceAll("(?s)^\\{\"id\":(\\d+).*", "$1"));
	}

	private String number(long id) {
		return jdbc.sql("select number from services.application where id = :id").param("id", id)
			.query(String.class)
			.single();
	}

}
