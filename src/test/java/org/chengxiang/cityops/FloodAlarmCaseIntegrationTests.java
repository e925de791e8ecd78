package org.chengxiang.cityops;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.UUID;

import org.chengxiang.cityops.cases.CaseBoard;
import org.chengxiang.cityops.cases.CasePoints;
import org.chengxiang.cityops.cases.CaseRef;
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
 * A flooded drainage point end to end, sensors to cases: readings over the thresholds raise one alarm, which opens
 * one case at the device for the housing bureau; more high readings and a severity rise do not open another; the
 * level falling clears the alarm and the case's timeline says so, while the case stays open for a person to close.
 */
@SpringBootTest
@AutoConfigureMockMvc
class FloodAlarmCaseIntegrationTests {

	static final String GATEWAY = "DEMO-GW";

	static final String GATEWAY_KEY = "Demo-Gateway-Key-2020";

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	CaseBoard cityOps;

	@Autowired
	JsonMapper json;

	@Test
	void floodOpensOneCaseAndItsClearingShowsOnTheCase() throws Exception {
		String device = "TWL-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase(Locale.ROOT);
		double[] point = CasePoints.next(jdbc);
		mvc.perform(post("/api/cityops/sensors").with(httpBasic("operator", PASSWORD))
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"code":"%s","typeCode":"WATER_LEVEL","name":"测试 建设路雨水井 %s","longitude":%s,"latitude":%s,
					 "intervalSeconds":60,"active":true,"gatewayCode":"%s"}
					""".formatted(device, device, point[0], point[1], GATEWAY)))
			.andExpect(status().isCreated());

		Instant start = Instant.now().minus(30, ChronoUnit.MINUTES).truncatedTo(ChronoUnit.SECONDS);
		// dry, then 0.7 m for 6 minutes (一般), then 1.3 m for 4 minutes (严重), in two batches
		send(device, start, 0, 0.10, 0.12, 0.70, 0.72, 0.75, 0.74, 0.73, 0.76, 0.78);
		send(device, start, 9, 1.30, 1.32, 1.35, 1.31, 1.29);

		long alarm = jdbc.sql("""
				select a.id from cityops.alarm a join cityops.device d on d.id = a.device_id where d.code = :d
				""").param("d", device).query(Long.class).single();
		CaseRef opened = cityOps.caseOfAlarm(alarm).orElseThrow();
		assertThat(jdbc.sql("""
				select count(distinct case_id) from cityops.case_alarm where alarm_id in
				    (select a.id from cityops.alarm a join cityops.device d on d.id = a.device_id where d.code = :d)
				""").param("d", device).query(Integer.class).single()).isEqualTo(1);
		JsonNode detail = detail(opened.id());
		assertThat(detail.path("classCode").asString()).isEqualTo("E-0405");
		assertThat(detail.path("source").asString()).isEqualTo("SENSOR");

		// the water goes down: the alarm clears and the case shows it, still open
		send(device, start, 14, 0.30, 0.20, 0.15);
		assertThat(jdbc.sql("select state from cityops.alarm where id = :id").param("id", alarm).query(String.class).single())
			.isEqualTo("CLEARED");
		JsonNode after = detail(opened.id());
		assertThat(after.path("timeline").toString()).contains("告警已解除");
		assertThat(after.path("status").asString()).isNotEqualTo("CLOSED");
	}

	private void send(String device, Instant start, int firstMinute, double... levels) throws Exception {
		StringBuilder batch = new StringBuilder("[");
		for (int i = 0; i < levels.length; i++) {
			batch.append(i == 0 ? "" : ",")
				.append("{\"device\":\"%s\",\"ts\":\"%s\",\"value\":%s}".formatted(device,
						start.plus(firstMinute + i, ChronoUnit.MINUTES), levels[i]));
		}
		mvc.perform(post("/api/cityops/telemetry").with(httpBasic(GATEWAY, GATEWAY_KEY))
			.contentType(MediaType.APPLICATION_JSON)
			.content(batch.append(']').toString())).andExpect(status().isOk());
	}

	private JsonNode detail(long caseId) throws Exception {
		return json.readTree(mvc.perform(get("/api/cityops/cases/{id}", caseId).with(httpBasic("operator", PASSWORD)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString());
	}

}
