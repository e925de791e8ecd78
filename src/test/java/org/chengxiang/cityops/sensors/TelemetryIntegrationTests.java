package org.chengxiang.cityops.sensors;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.chengxiang.cityops.AlarmCleared;
import org.chengxiang.cityops.AlarmRaised;
import org.chengxiang.cityops.AlarmSeverity;
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
import static org.chengxiang.cityops.sensors.SensorFixtures.batch;
import static org.chengxiang.cityops.sensors.SensorFixtures.send;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.chengxiang.directory.TestRegistrations.PASSWORD;

/**
 * Telemetry over HTTP: idempotent re-delivery, refused batches, gateway credentials, monthly partitions, and the
 * rules with their alarms and events.
 */
@SpringBootTest
@AutoConfigureMockMvc
@RecordApplicationEvents
class TelemetryIntegrationTests {

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
	ReadingPartitions partitions;

	@Autowired
	Simulator simulator;

	@Autowired
	TelemetryIngestion ingestion;

	@Autowired
	DeviceLookup lookup;

	@Autowired
	ApplicationEvents events;

	Gateways.Registered gateway;

	@BeforeEach
	void gateway() {
		gateway = gateways.register(SensorFixtures.unique("GW"), "测试网关", "test");
	}

	@Test
	void reDeliveredReadingIsStoredAndEvaluatedOnce() throws Exception {
		String device = SensorFixtures.device(mvc, grid, gateway, "COVER_TILT", 3600, "");
		Instant ts = Instant.now().minusSeconds(60).truncatedTo(ChronoUnit.MILLIS);
		send(mvc, gateway, batch(device, ts, 20)).andExpect(status().isOk())
			.andExpect(jsonPath("$.received").value(1))
			.andExpect(jsonPath("$.stored").value(1))
			.andExpect(jsonPath("$.evaluated").value(1));
		send(mvc, gateway, batch(device, ts, 20)).andExpect(status().isOk())
			.andExpect(jsonPath("$.stored").value(0))
			.andExpect(jsonPath("$.evaluated").value(0));

		assertThat(readings(device)).isEqualTo(1);
		assertThat(alarms(device)).isEqualTo(1);
		assertThat(events.stream(AlarmRaised.class).filter(e -> e.deviceCode().equals(device)))
			.singleElement()
			.satisfies(e -> {
				assertThat(e.caseClassCode()).isEqualTo("C-0103");
				assertThat(e.severity()).isEqualTo(AlarmSeverity.WARNING);
				assertThat(e.summary()).contains(device).contains("超过 15 °");
				assertThat(e.gridCellId()).isPositive();
			});
	}

	@Test
	void badBatchIsRefusedWholeNamingTheBadEntriesAndStoresNothing() throws Exception {
		String device = SensorFixtures.device(mvc, grid, gateway, "WATER_LEVEL", 3600, "");
		Instant ts = Instant.now().minusSeconds(60);
		String body = "[" + batch(device, ts, 0.2).replaceAll("^\\[|\\]$", "") + ","
				+ "{\"device\":\"NO-SUCH-DEVICE\",\"ts\":\"" + ts + "\",\"value\":0.1},"
				+ "{\"device\":\"" + device + "\",\"ts\":\"" + ts.plusSeconds(1) + "\",\"value\":\"NaN\"},"
				+ "{\"device\":\"" + device + "\",\"ts\":\"" + ts.plusSeconds(86_400) + "\",\"value\":0.1},"
				+ "{\"device\":\"" + device + "\",\"ts\":\"yesterday\",\"value\":0.1}]";
		send(mvc, gateway, body).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("[1].device"))
			.andExpect(jsonPath("$.errors[0].message").value(containsString("未知设备")))
			.andExpect(jsonPath("$.errors[1].field").value("[2].value"))
			.andExpect(jsonPath("$.errors[2].field").value("[3].ts"))
			.andExpect(jsonPath("$.errors[2].message").value(containsString("晚于当前时间")))
			.andExpect(jsonPath("$.errors[3].field").value("[4].ts"));
		send(mvc, gateway, "{\"device\":\"" + device + "\"}").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("readings"));
		assertThat(readings(device)).isZero();
	}

	@Test
	void wrongOrMissingGatewayCredentialsAnswer401() throws Exception {
		String device = SensorFixtures.device(mvc, grid, gateway, "WATER_LEVEL", 3600, "");
		String body = batch(device, Instant.now().minusSeconds(5), 0.1);
		mvc.perform(post("/api/cityops/telemetry").with(httpBasic(gateway.code(), "wrong-key"))
			.contentType(MediaType.APPLICATION_JSON).content(body))
			.andExpect(status().isUnauthorized())
			.andExpect(jsonPath("$.detail").value(containsString("网关")));
		// a staff password does not open the telemetry endpoint
		mvc.perform(post("/api/cityops/telemetry").with(httpBasic("admin", PASSWORD))
			.contentType(MediaType.APPLICATION_JSON).content(body)).andExpect(status().isUnauthorized());
		mvc.perform(post("/api/cityops/telemetry").contentType(MediaType.APPLICATION_JSON).content(body))
			.andExpect(status().isUnauthorized());
		Gateways.Registered revoked = gateways.register(SensorFixtures.unique("GW"), "停用网关", "test");
		gateways.deactivate(revoked.code());
		send(mvc, revoked, body).andExpect(status().isUnauthorized());
		assertThat(readings(device)).isZero();
	}

	@Test
	void readingsLandInTheirMonthsPartitionAndAMonthWithoutOneLosesNothing() throws Exception {
		String device = SensorFixtures.device(mvc, grid, gateway, "AIR_QUALITY", 3600, "");
		long id = lookup.byCode(device).orElseThrow().id();
		Instant march = Instant.parse("2024-03-15T02:00:00Z");
		Instant april = Instant.parse("2024-04-15T02:00:00Z");
		// May 2019 has no partition: the schema creates them from 2020 on
		Instant old = Instant.parse("2019-05-20T02:00:00Z");
		send(mvc, gateway, batch(device, march, 50, april, 60, old, 70)).andExpect(status().isOk())
			.andExpect(jsonPath("$.stored").value(3));
		assertThat(partitions.partitionOf(id, march)).isEqualTo("reading_2024_03");
		assertThat(partitions.partitionOf(id, april)).isEqualTo("reading_2024_04");
		assertThat(partitions.partitionOf(id, old)).isEqualTo("reading_default");

		assertThat(jobs.maintainPartitions(java.time.LocalDate.now())).contains("reading_2019_05");
		assertThat(partitions.partitionOf(id, old)).isEqualTo("reading_2019_05");
		assertThat(readings(device)).isEqualTo(3);
		// a later reading of that month goes straight to its partition, and a re-delivery is still refused
		send(mvc, gateway, batch(device, old, 70, old.plusSeconds(60), 71)).andExpect(jsonPath("$.stored").value(1));
		assertThat(partitions.partitionOf(id, old.plusSeconds(60))).isEqualTo("reading_2019_05");
	}

	@Test
	void durationHoldsAcrossBatchesSeverityRiseUpdatesTheOneAlarmAndRecoveryClearsIt() throws Exception {
		String device = SensorFixtures.device(mvc, grid, gateway, "WATER_LEVEL", 3600, "");
		Instant t0 = Instant.now().minus(30, ChronoUnit.MINUTES).truncatedTo(ChronoUnit.SECONDS);
		// above 0.5 m, but not yet for 5 minutes
		send(mvc, gateway, batch(device, t0, 0.6, t0.plusSeconds(60), 0.7)).andExpect(status().isOk());
		assertThat(alarms(device)).isZero();
		// five minutes after it first rose above 0.5 m, in another batch: WARNING
		send(mvc, gateway, batch(device, t0.plusSeconds(300), 0.8)).andExpect(status().isOk());
		AlarmRaised raised = events.stream(AlarmRaised.class).filter(e -> e.deviceCode().equals(device)).findFirst()
			.orElseThrow();
		assertThat(raised.caseClassCode()).isEqualTo("E-0405");
		assertThat(raised.severity()).isEqualTo(AlarmSeverity.WARNING);
		assertThat(raised.raisedAt()).isEqualTo(t0.plusSeconds(300));
		// above 1.0 m for 2 minutes: the same alarm becomes SEVERE, no second alarm
		send(mvc, gateway, batch(device, t0.plusSeconds(360), 1.2)).andExpect(status().isOk());
		send(mvc, gateway, batch(device, t0.plusSeconds(480), 1.25)).andExpect(status().isOk());
		assertThat(alarms(device)).isEqualTo(1);
		assertThat(events.stream(AlarmRaised.class).filter(e -> e.deviceCode().equals(device))).hasSize(1);
		assertThat(events.stream(AlarmUpdated.class).filter(e -> e.alarmId() == raised.alarmId()))
			.singleElement()
			.satisfies(e -> assertThat(e.severity()).isEqualTo(AlarmSeverity.SEVERE));
		// back below every threshold: cleared
		send(mvc, gateway, batch(device, t0.plusSeconds(540), 0.3)).andExpect(status().isOk());
		assertThat(events.stream(AlarmCleared.class).filter(e -> e.alarmId() == raised.alarmId()))
			.singleElement()
			.satisfies(e -> assertThat(e.summary()).contains("回落至 0.3 m"));
		assertThat(jdbc.sql("select state || ' ' || severity || ' ' || peak_value from cityops.alarm where id = :id")
			.param("id", raised.alarmId()).query(String.class).single()).isEqualTo("CLEARED SEVERE 1.25");
		// a late reading from before the clearing is stored, not evaluated
		send(mvc, gateway, batch(device, t0.plusSeconds(500), 1.3)).andExpect(jsonPath("$.stored").value(1))
			.andExpect(jsonPath("$.evaluated").value(0));
		assertThat(alarms(device)).isEqualTo(1);
	}

	@Test
	void floodScenarioOpensOneAlarmOnTheJinqiaoDrainagePointAndClearsIt() throws Exception {
		DeviceInfo demo = lookup.byCode(DemoSensors.FLOOD_DEVICE).orElseThrow();
		assertThat(demo.name()).isEqualTo("金桥街道 建设路雨水井");
		// the simulator's flood levels, sent to a drainage point of the same type and interval in 金桥街道: the demo
		// point itself may already be flooded by another test (the dashboard's flood button), and an open alarm
		// raises no second one
		DeviceInfo device = lookup.byCode(SensorFixtures.device(mvc, grid, gateway, demo.typeCode(),
				demo.intervalSeconds(), "210882003")).orElseThrow();
		int minutes = 12;
		Instant start = Instant.now().minus(minutes + 1, ChronoUnit.MINUTES).truncatedTo(ChronoUnit.SECONDS);
		for (int batch = 0; batch < minutes * 3; batch += 6) {
			List<TelemetryIngestion.Reading> readings = new java.util.ArrayList<>();
			for (int i = batch; i < batch + 6; i++) {
				readings.add(new TelemetryIngestion.Reading(device, start.plusSeconds(20L * i),
						Simulator.floodLevel(i / 3.0, minutes)));
			}
			ingestion.store(readings);
		}
		List<AlarmRaised> raised = events.stream(AlarmRaised.class)
			.filter(e -> e.deviceCode().equals(device.code()))
			.toList();
		assertThat(raised).singleElement().satisfies(e -> {
			assertThat(e.caseClassCode()).isEqualTo("E-0405");
			assertThat(e.severity()).isEqualTo(AlarmSeverity.SEVERE);
		});
		assertThat(events.stream(AlarmCleared.class).filter(e -> e.alarmId() == raised.get(0).alarmId())).hasSize(1);
	}

	private int readings(String device) {
		return jdbc.sql("select count(*) from cityops.reading r join cityops.device d on d.id = r.device_id where d.code = :c")
			.param("c", device).query(Integer.class).single();
	}

	private int alarms(String device) {
		return jdbc.sql("select count(*) from cityops.alarm a join cityops.device d on d.id = a.device_id where d.code = :c")
			.param("c", device).query(Integer.class).single();
	}

}
