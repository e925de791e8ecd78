package org.chengxiang.cityops.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.chengxiang.cityops.cases.CasePoints;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import static org.chengxiang.directory.TestRegistrations.PASSWORD;

/**
 * The operations centre's wall and the city map's data: what they answer, and to whom.
 */
@SpringBootTest
@AutoConfigureMockMvc
class WallIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	JsonMapper json;

	@Test
	void wallShowsTrendsRankingsSensorsAndPlanLightsAndCountsANewCaseInTheCurrentHour() throws Exception {
		JsonNode before = read("/api/cityops/wall", "operator");
		assertThat(before.path("hours")).hasSize(24);
		assertThat(before.path("days")).hasSize(30);
		assertThat(before.path("sensorKinds").size()).as("the demo sensors' kinds").isGreaterThanOrEqualTo(5);
		// the demo plan by its id: other tests import and activate plans of this year too, which then come first
		long demo = jdbc.sql("select id from plan.plan where source_name = 'dashiqiao-2020-urbanization-plan.txt'")
			.query(Long.class).single();
		JsonNode plan = before.path("plans").valueStream()
			.filter(p -> p.path("plan").path("planId").asLong() == demo)
			.findFirst()
			.orElseThrow();
		assertThat(plan.path("plan").path("tasks").asInt()).isEqualTo(20);
		int lights = 0;
		for (JsonNode chapter : plan.path("chapters")) {
			lights += chapter.path("green").asInt() + chapter.path("yellow").asInt() + chapter.path("red").asInt();
		}
		assertThat(plan.path("chapters").size()).as("the reference plan's chapters").isEqualTo(4);
		assertThat(lights).as("every assignment has a light").isEqualTo(plan.path("plan").path("assignments").asInt());
		assertThat(before.path("departments").isArray()).isTrue();
		assertThat(before.path("townships").isArray()).isTrue();

		String description = "井盖破损（大屏测试 " + UUID.randomUUID() + "）";
		long id = report(CasePoints.next(jdbc), description);

		JsonNode after = read("/api/cityops/wall", "operator");
		Instant reportedAt = jdbc.sql("select reported_at from cityops.city_case where id = :id").param("id", id)
			.query(java.sql.Timestamp.class).single().toInstant();
		JsonNode hour = bucketOf(after.path("hours"), reportedAt);
		assertThat(hour.path("cases").asInt()).as("the hour of the new case counts every case reported in it")
			.isEqualTo(reportedBetween(Instant.parse(hour.path("at").asString()), Duration.ofHours(1)))
			.isPositive();
		JsonNode day = bucketOf(after.path("days"), reportedAt);
		assertThat(day.path("cases").asInt()).isEqualTo(reportedBetween(Instant.parse(day.path("at").asString()),
				Duration.ofDays(1)));
		assertThat(caseIds(after.path("openCases"))).contains(id);
	}

	@Test
	void onlyThoseWhoSeeTheDashboardSeeTheWall() throws Exception {
		for (String user : new String[] { "operator", "supervisor", "admin" }) {
			mvc.perform(get("/cityops/wall").accept(MediaType.TEXT_HTML).with(httpBasic(user, PASSWORD)))
				.andExpect(status().isOk())
				.andExpect(content().string(org.hamcrest.Matchers.containsString("id=\"wall-map\"")))
				.andExpect(content().string(org.hamcrest.Matchers.containsString("北京时间")));
			mvc.perform(get("/api/cityops/wall").with(httpBasic(user, PASSWORD))).andExpect(status().isOk());
		}
		for (String user : new String[] { "zjj", "grid01", "resident", "police", "drc" }) {
			mvc.perform(get("/cityops/wall").accept(MediaType.TEXT_HTML).with(httpBasic(user, PASSWORD)))
				.andExpect(status().isForbidden());
			mvc.perform(get("/api/cityops/wall").with(httpBasic(user, PASSWORD))).andExpect(status().isForbidden());
		}
		mvc.perform(get("/api/cityops/wall")).andExpect(status().isUnauthorized());
	}

	@Test
	void mapDrawsEveryCellAndTheOutlinesOfTownshipsAndNeighbourhoods() throws Exception {
		JsonNode layers = read("/api/cityops/map", "grid01");
		int cells = jdbc.sql("select count(*) from directory.grid_cell").query(Integer.class).single();
		assertThat(layers.path("cells").path("features")).hasSize(cells);
		JsonNode jinqiao = null;
		for (JsonNode outline : layers.path("outlines")) {
			if ("210882003000".equals(outline.path("code").asString())) {
				jinqiao = outline;
			}
		}
		assertThat(jinqiao).as("金桥街道's outline").isNotNull();
		assertThat(jinqiao.path("name").asString()).isEqualTo("金桥街道");
		assertThat(jinqiao.path("lines").size()).isPositive();
		assertThat(jinqiao.path("label")).hasSize(2);
		// the directory's own grid page draws the same outlines for one township
		JsonNode township = read("/api/directory/map?division=210882003000", "admin");
		assertThat(township.path("outlines").valueStream().map(o -> o.path("code").asString()))
			.contains("210882003000");
	}

	@Test
	void searchFindsVillagesByNameAndCasesByAddressOnlyWithinTheUsersScope() throws Exception {
		String place = "大屏查找测试路" + UUID.randomUUID().toString().substring(0, 6);
		long id = report(CasePoints.next(jdbc), place + " 12 号门前井盖缺失");

		JsonNode village = read("/api/cityops/map/search?q=铁西", "operator");
		assertThat(village.valueStream().filter(p -> "division".equals(p.path("kind").asString()))
			.map(p -> p.path("label").asString())).anyMatch(name -> name.contains("铁西"));
		JsonNode first = village.get(0);
		assertThat(first.path("bounds")).hasSize(4);

		assertThat(caseIds(read("/api/cityops/map/search?q=" + place, "operator"))).contains(id);
		assertThat(caseIds(read("/api/cityops/map/search?q=" + place, "grid01"))).contains(id);
		// a department the case was not dispatched to, and a resident who did not report it, find no case
		assertThat(caseIds(read("/api/cityops/map/search?q=" + place, "zjj"))).doesNotContain(id);
		assertThat(caseIds(read("/api/cityops/map/search?q=" + place, "resident"))).doesNotContain(id);

		mvc.perform(get("/api/cityops/map/search").param("q", " ").with(httpBasic("operator", PASSWORD)))
			.andExpect(status().isBadRequest());
		mvc.perform(get("/api/cityops/map/search").param("q", "路".repeat(51)).with(httpBasic("operator", PASSWORD)))
			.andExpect(status().isBadRequest());
		mvc.perform(get("/api/cityops/map/search").param("q", "铁西")).andExpect(status().isUnauthorized());
	}

	@Test
	void withoutABaseMapThePagesSaySoAndTheSecurityPolicyAllowsNoTileHost() throws Exception {
		mvc.perform(get("/cityops/cases/new").accept(MediaType.TEXT_HTML).with(httpBasic("grid01", PASSWORD)))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("未配置底图")))
			.andExpect(content().string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("data-tiles="))))
			.andExpect(header().string("Content-Security-Policy",
					org.hamcrest.Matchers.containsString("img-src 'self' data: blob:;")));
	}

	private JsonNode read(String path, String user) throws Exception {
		return json.readTree(mvc.perform(get(path).with(httpBasic(user, PASSWORD)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString());
	}

	private static JsonNode bucketOf(JsonNode buckets, Instant at) {
		JsonNode found = null;
		for (JsonNode bucket : buckets) {
			if (!Instant.parse(bucket.path("at").asString()).isAfter(at)) {
				found = bucket;
			}
		}
		assertThat(found).as("a bucket holds " + at).isNotNull();
		return found;
	}

	private int reportedBetween(Instant from, Duration length) {
		return jdbc.sql("select count(*) from cityops.city_case where reported_at >= :from and reported_at < :to")
			.param("from", java.sql.Timestamp.from(from))
			.param("to", java.sql.Timestamp.from(from.plus(length)))
			.query(Integer.class)
			.single();
	}

	private static List<Long> caseIds(JsonNode items) {
		List<Long> ids = new ArrayList<>();
		for (JsonNode item : items) {
			JsonNode id = item.has("caseId") ? item.path("caseId") : item.path("id");
			if (!id.isNull() && !id.isMissingNode()) {
				ids.add(id.asLong());
			}
		}
		return ids;
	}

	private long report(double[] point, String description) throws Exception {
		String body = mvc.perform(multipart("/api/cityops/cases").param("classCode", "C-0103")
			.param("description", description)
			.param("longitude", String.valueOf(point[0]))
			.param("latitude", String.valueOf(point[1]))
			.with(httpBasic("grid01", PASSWORD))).andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
		return json.readTree(body).path("caseId").asLong();
	}

}
