package org.chengxiang.cityops.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.request;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.chengxiang.cityops.cases.CasePoints;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import static org.chengxiang.directory.TestRegistrations.PASSWORD;

@SpringBootTest
@AutoConfigureMockMvc
class DashboardIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	DashboardPulse pulse;

	@Autowired
	JsonMapper json;

	@Test
	void operatorSeesTheCityAndAReportedCaseCountsAtOnce() throws Exception {
		JsonNode before = snapshot("operator");
		assertThat(before.path("casesByStatus")).hasSize(9);
		assertThat(before.path("plans").valueStream().map(p -> p.path("tasks").asInt())).as("the demo plan's tasks")
			.contains(20);
		assertThat(before.path("sensorHealth").isObject()).isTrue();

		double[] point = CasePoints.next(jdbc);
		report(point);

		JsonNode after = snapshot("operator");
		assertThat(after.path("openCases").asLong()).isEqualTo(before.path("openCases").asLong() + 1);
		assertThat(reported(after) - reported(before)).isEqualTo(1);
		assertThat(after.path("version").asString()).isNotEqualTo(before.path("version").asString());
		long cell = (long) point[2];
		boolean cellShown = false;
		for (JsonNode c : after.path("cells")) {
			cellShown |= c.path("cellId").asLong() == cell && c.path("openCases").asInt() >= 1;
		}
		assertThat(cellShown).as("the reported case's cell is on the map").isTrue();
	}

	@Test
	void onlyTheOperationsCentreSupervisionAndAdminsSeeTheDashboard() throws Exception {
		mvc.perform(get("/api/cityops/dashboard").with(httpBasic("supervisor", PASSWORD))).andExpect(status().isOk());
		for (String user : new String[] { "zjj", "grid01", "resident", "police" }) {
			mvc.perform(get("/api/cityops/dashboard").with(httpBasic(user, PASSWORD))).andExpect(status().isForbidden());
			mvc.perform(get("/cityops/dashboard/stream").with(httpBasic(user, PASSWORD)))
				.andExpect(status().isForbidden());
		}
		mvc.perform(get("/api/cityops/dashboard")).andExpect(status().isUnauthorized());
	}

	@Test
	void pageShowsThePanels() throws Exception {
		mvc.perform(get("/cityops/dashboard").with(httpBasic("operator", PASSWORD)))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("一屏观全域")))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("id=\"dash-map\"")))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("待立案")));
	}

	@Test
	void streamTellsOpenDashboardsWhenTheCityChanges() throws Exception {
		MvcResult stream = mvc.perform(get("/cityops/dashboard/stream").with(httpBasic("operator", PASSWORD)))
			.andExpect(request().asyncStarted())
			.andReturn();
		assertThat(pulse.connections()).isPositive();
		pulse.tick(); // settles the version the pulse compares with
		String first = stream.getResponse().getContentAsString();
		assertThat(first).startsWith("event:changed").contains("data:");

		report(CasePoints.next(jdbc));
		pulse.tick();

		String events = stream.getResponse().getContentAsString();
		assertThat(events.split("event:changed", -1).length - 1).as(events).isGreaterThanOrEqualTo(2);
		String lastVersion = events.substring(events.lastIndexOf("data:") + 5).trim();
		mvc.perform(get("/api/cityops/dashboard").with(httpBasic("operator", PASSWORD)))
			.andExpect(jsonPath("$.version").value(lastVersion));
		mvc.perform(get("/api/cityops/dashboard").with(httpBasic("operator", PASSWORD)))
			.andExpect(jsonPath("$.casesByStatus[*].status", hasItem("REPORTED")));
	}

	private JsonNode snapshot(String user) throws Exception {
		String body = mvc.perform(get("/api/cityops/dashboard").with(httpBasic(user, PASSWORD)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		return json.readTree(body);
	}

	private static long reported(JsonNode snapshot) {
		for (JsonNode s : snapshot.path("casesByStatus")) {
			if ("REPORTED".equals(s.path("status").asString())) {
				return s.path("count").asLong();
			}
		}
		throw new AssertionError("no REPORTED count");
	}

	private void report(double[] point) throws Exception {
		mvc.perform(multipart("/api/cityops/cases").param("classCode", "C-0103")
			.param("description", "雨水井盖破损（看板测试）")
			.param("longitude", String.valueOf(point[0]))
			.param("latitude", String.valueOf(point[1]))
			.with(httpBasic("grid01", PASSWORD))).andExpect(status().isCreated());
	}

}
