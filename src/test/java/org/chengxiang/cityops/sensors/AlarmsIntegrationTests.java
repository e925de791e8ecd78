package org.chengxiang.cityops.sensors;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

import jakarta.servlet.http.Cookie;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.chengxiang.cityops.AlarmCleared;
import org.chengxiang.cityops.AlarmRaised;
import org.chengxiang.cityops.AlarmUpdated;
import org.chengxiang.cityops.grid.GridLocator;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.chengxiang.cityops.sensors.SensorFixtures.batch;
import static org.chengxiang.cityops.sensors.SensorFixtures.send;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.chengxiang.directory.TestRegistrations.PASSWORD;

/**
 * Silence alarms, acknowledgement and escalation (jobs driven with an explicit instant), who may change devices
 * and rules, and who sees which devices.
 */
@SpringBootTest
@AutoConfigureMockMvc
@RecordApplicationEvents
class AlarmsIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	GridLocator grid;

	@Autowired
	Gateways gateways;

	@Autowired
	SensorJobs jobs;

	@Autowired
	ApplicationEvents events;

	Gateways.Registered gateway;

	@BeforeEach
	void gateway() {
		gateway = gateways.register(SensorFixtures.unique("GW"), "测试网关", "test");
	}

	@Test
	void silentDeviceRaisesItsAlarmOnceAndDataClearsIt() throws Exception {
		String device = SensorFixtures.device(mvc, grid, gateway, "PIPE_PRESSURE", 60, "");
		Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
		send(mvc, gateway, batch(device, now.minusSeconds(1), 0.3)).andExpect(status().isOk());

		check(now.plus(Duration.ofMinutes(2)));
		assertThat(events.stream(AlarmRaised.class).filter(e -> e.deviceCode().equals(device))).isEmpty();
		check(now.plus(Duration.ofMinutes(4)));
		check(now.plus(Duration.ofMinutes(5)));
		AlarmRaised silence = events.stream(AlarmRaised.class).filter(e -> e.deviceCode().equals(device))
			.reduce((a, b) -> {
				throw new AssertionError("two silence alarms");
			})
			.orElseThrow();
		assertThat(silence.caseClassCode()).isEqualTo("C-0699");
		assertThat(silence.summary()).contains("未上报数据");
		mvc.perform(get("/api/cityops/sensors/{code}", device).with(httpBasic("operator", PASSWORD)))
			.andExpect(jsonPath("$.health").value("ALARM"));

		send(mvc, gateway, batch(device, Instant.now().truncatedTo(ChronoUnit.MILLIS), 0.31)).andExpect(status().isOk());
		assertThat(events.stream(AlarmCleared.class).filter(e -> e.alarmId() == silence.alarmId()))
			.singleElement()
			.satisfies(e -> assertThat(e.summary()).contains("设备恢复上报"));
		mvc.perform(get("/api/cityops/sensors/{code}", device).with(httpBasic("operator", PASSWORD)))
			.andExpect(jsonPath("$.health").value("ONLINE"));
		// switched off, so that the minute job of this test run leaves it alone
		update(device, "PIPE_PRESSURE", 60, false, "operator").andExpect(status().isOk())
			.andExpect(jsonPath("$.health").value("INACTIVE"));
	}

	@Test
	void operatorAcknowledgesWithANoteAndAnAlarmNobodyAcknowledgesEscalatesOnce() throws Exception {
		String seen = SensorFixtures.device(mvc, grid, gateway, "COVER_TILT", 3600, "");
		String ignored = SensorFixtures.device(mvc, grid, gateway, "COVER_TILT", 3600, "");
		Instant ts = Instant.now().minusSeconds(10).truncatedTo(ChronoUnit.MILLIS);
		send(mvc, gateway, batch(seen, ts, 50)).andExpect(status().isOk());
		send(mvc, gateway, batch(ignored, ts, 50)).andExpect(status().isOk());
		long seenAlarm = alarmOf(seen);
		long ignoredAlarm = alarmOf(ignored);

		acknowledge(seenAlarm, "zjj", "已通知维修").andExpect(status().isForbidden());
		acknowledge(seenAlarm, "operator", " ").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("note"));
		acknowledge(seenAlarm, "operator", "已通知住建局派人加固井盖").andExpect(status().isOk())
			.andExpect(jsonPath("$.acknowledgedBy").value("operator"))
			.andExpect(jsonPath("$.acknowledgeNote").value("已通知住建局派人加固井盖"));
		acknowledge(seenAlarm, "admin", "再次确认").andExpect(status().isConflict())
			.andExpect(jsonPath("$.detail").value(containsString("该告警已由 operator 确认")));
		// what the alarm says is kept by key and worded for each reader
		mvc.perform(get("/api/cityops/alarms/{id}", seenAlarm).with(httpBasic("operator", PASSWORD)))
			.andExpect(jsonPath("$.summary").value(containsString("井盖倾斜 50 °，超过 45 °，严重")));
		mvc.perform(get("/api/cityops/alarms/{id}", seenAlarm).with(httpBasic("operator", PASSWORD))
			.cookie(new Cookie("cx-lang", "en")))
			.andExpect(jsonPath("$.summary").value(containsString("Manhole cover tilt 50 °, above 45 °, Severe")));
		assertThat(jdbc.sql("select summary_key from cityops.alarm where id = :id").param("id", seenAlarm)
			.query(String.class).single()).isEqualTo("cityops.alarm.text.raised");

		check(Instant.now().plus(Duration.ofMinutes(10)));
		assertThat(escalated(ignoredAlarm)).isFalse();
		check(Instant.now().plus(Duration.ofMinutes(16)));
		check(Instant.now().plus(Duration.ofMinutes(30)));
		assertThat(escalated(ignoredAlarm)).isTrue();
		assertThat(escalated(seenAlarm)).isFalse();
		assertThat(events.stream(AlarmUpdated.class).filter(e -> e.alarmId() == ignoredAlarm))
			.singleElement()
			.satisfies(e -> assertThat(e.summary()).contains("无人确认"));
		assertThat(events.stream(AlarmUpdated.class).filter(e -> e.alarmId() == seenAlarm)).isEmpty();
		assertThat(jdbc.sql("select count(*) from cityops.alarm_notice where alarm_id = :id").param("id", ignoredAlarm)
			.query(Integer.class).single()).isEqualTo(1);
		assertThat(jdbc.sql("select count(*) from platform.audit_entry where action = 'alarm.escalated' and subject_id = :id")
			.param("id", String.valueOf(ignoredAlarm)).query(Integer.class).single()).isEqualTo(1);
	}

	@Test
	void onlyTheOperationsCentreAndAdministratorsChangeDevicesAndRules() throws Exception {
		String device = SensorFixtures.device(mvc, grid, gateway, "WATER_LEVEL", 3600, "");
		update(device, "WATER_LEVEL", 120, true, "zjj").andExpect(status().isForbidden());
		update(device, "WATER_LEVEL", 120, true, "supervisor").andExpect(status().isForbidden());
		update(device, "WATER_LEVEL", 120, true, "admin").andExpect(status().isOk())
			.andExpect(jsonPath("$.intervalSeconds").value(120));
		String rule = """
				{"typeCode":"PIPE_PRESSURE","comparison":"ABOVE","threshold":0.9,"durationMinutes":0,"severity":"NOTICE","active":true}
				""";
		mvc.perform(post("/api/cityops/rules").with(httpBasic("zjj", PASSWORD)).contentType(MediaType.APPLICATION_JSON)
			.content(rule)).andExpect(status().isForbidden());
		mvc.perform(post("/api/cityops/rules").with(httpBasic("grid01", PASSWORD)).contentType(MediaType.APPLICATION_JSON)
			.content(rule)).andExpect(status().isForbidden());
		String created = mvc.perform(post("/api/cityops/rules").with(httpBasic("operator", PASSWORD))
			.contentType(MediaType.APPLICATION_JSON).content(rule))
			.andExpect(status().isCreated())
			.andReturn().getResponse().getContentAsString();
		long id = Long.parseLong(created.replaceAll(".*\"id\":(\\d+).*", "$1"));
		mvc.perform(post("/api/cityops/rules").with(httpBasic("operator", PASSWORD)).contentType(MediaType.APPLICATION_JSON)
			.content(rule)).andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("severity"));
		mvc.perform(post("/api/cityops/rules").with(httpBasic("operator", PASSWORD)).contentType(MediaType.APPLICATION_JSON)
			.content(rule.replace("\"durationMinutes\":0", "\"durationMinutes\":2000")))
			.andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("durationMinutes"));
		// switched off again: other tests' pressure devices keep the default rules
		mvc.perform(put("/api/cityops/rules/{id}", id).with(httpBasic("operator", PASSWORD))
			.contentType(MediaType.APPLICATION_JSON).content(rule.replace("\"active\":true", "\"active\":false")))
			.andExpect(status().isOk()).andExpect(jsonPath("$.active").value(false));
	}

	@Test
	void aPointOutsideTheGridIsRefused() throws Exception {
		mvc.perform(post("/api/cityops/sensors").with(httpBasic("operator", PASSWORD))
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"code":"%s","typeCode":"WATER_LEVEL","name":"海上","longitude":0.0,"latitude":0.0,"intervalSeconds":60,"active":true}
					""".formatted(SensorFixtures.unique("OUT"))))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("longitude"));
		mvc.perform(post("/api/cityops/sensors").with(httpBasic("operator", PASSWORD))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"code\":\"bad code!\",\"typeCode\":\"WATER_LEVEL\",\"name\":\"x\",\"longitude\":122.5,\"latitude\":40.6,\"intervalSeconds\":0}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field").value(hasItem("code")))
			.andExpect(jsonPath("$.errors[*].field").value(hasItem("intervalSeconds")));
	}

	@Test
	void aBureauSeesTheDevicesItAnswersForATownItsOwnAndResidentsNone() throws Exception {
		String water = SensorFixtures.device(mvc, grid, gateway, "WATER_LEVEL", 3600, "210882004");
		String air = SensorFixtures.device(mvc, grid, gateway, "AIR_QUALITY", 3600, "210882004");
		String jinqiao = SensorFixtures.device(mvc, grid, gateway, "AIR_QUALITY", 3600, DemoSensors.JINQIAO);
		// 住建局 answers for drainage points, not for air quality
		mvc.perform(get("/api/cityops/sensors/{code}", water).with(httpBasic("zjj", PASSWORD))).andExpect(status().isOk());
		mvc.perform(get("/api/cityops/sensors/{code}", air).with(httpBasic("zjj", PASSWORD)))
			.andExpect(status().isNotFound());
		mvc.perform(get("/api/cityops/sensors?type=AIR_QUALITY&size=200").with(httpBasic("zjj", PASSWORD)))
			.andExpect(jsonPath("$.items").isEmpty());
		// 金桥街道's grid officer sees what stands in 金桥街道 only
		mvc.perform(get("/api/cityops/sensors/{code}", jinqiao).with(httpBasic("grid01", PASSWORD)))
			.andExpect(status().isOk());
		mvc.perform(get("/api/cityops/sensors/{code}", air).with(httpBasic("grid01", PASSWORD)))
			.andExpect(status().isNotFound());
		mvc.perform(get("/api/cityops/sensors?size=200").with(httpBasic("grid01", PASSWORD)))
			.andExpect(jsonPath("$.items[*].townCode").value(not(hasItem("210882004000"))));
		mvc.perform(get("/api/cityops/sensors").with(httpBasic("resident", PASSWORD))).andExpect(status().isForbidden());
		mvc.perform(get("/api/cityops/alarms").with(httpBasic("resident", PASSWORD))).andExpect(status().isForbidden());
		// and the operations centre sees all of them
		mvc.perform(get("/api/cityops/sensors/{code}", air).with(httpBasic("operator", PASSWORD))).andExpect(status().isOk());
		// one keyset page after the other, newest first
		String first = mvc.perform(get("/api/cityops/sensors?size=2").with(httpBasic("operator", PASSWORD)))
			.andExpect(jsonPath("$.items.length()").value(2))
			.andExpect(jsonPath("$.items[0].code").value(jinqiao))
			.andExpect(jsonPath("$.nextBeforeId").isNumber())
			.andReturn().getResponse().getContentAsString();
		long before = Long.parseLong(first.replaceAll("(?s).*\"nextBeforeId\":(\\d+).*", "$1"));
		mvc.perform(get("/api/cityops/sensors?size=2&beforeId={before}", before).with(httpBasic("operator", PASSWORD)))
			.andExpect(jsonPath("$.items[0].id").value(org.hamcrest.Matchers.lessThan((int) before)));
	}

	/** Runs the minute job at the instant, waiting out a run of the scheduler that holds its lock. */
	private void check(Instant at) {
		await("the alarm check gets its lock").atMost(Duration.ofSeconds(10)).until(() -> jobs.checkAlarms(at).ran());
	}

	private org.springframework.test.web.servlet.ResultActions update(String device, String type, int interval,
			boolean active, String user) throws Exception {
		double[] at = SensorFixtures.centreOfCell(grid, "");
		return mvc.perform(put("/api/cityops/sensors/{code}", device).with(httpBasic(user, PASSWORD))
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"code":"%s","typeCode":"%s","name":"测试设备","longitude":%s,"latitude":%s,"intervalSeconds":%d,"active":%s}
					""".formatted(device, type, at[0], at[1], interval, active)));
	}

	private org.springframework.test.web.servlet.ResultActions acknowledge(long alarm, String user, String note)
			throws Exception {
		return mvc.perform(post("/api/cityops/alarms/{id}/acknowledgement", alarm).with(httpBasic(user, PASSWORD))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"note\":\"" + note + "\"}"));
	}

	private long alarmOf(String device) {
		return jdbc.sql("select a.id from cityops.alarm a join cityops.device d on d.id = a.device_id where d.code = :c and a.state = 'ACTIVE'")
			.param("c", device).query(Long.class).single();
	}

	private boolean escalated(long alarm) {
		return jdbc.sql("select escalated_at is not null from cityops.alarm where id = :id").param("id", alarm)
			.query(Boolean.class).single();
	}

}
