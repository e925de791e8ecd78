package org.chengxiang.cityops.sensors;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.chengxiang.cityops.AlarmRaised;
import org.chengxiang.cityops.grid.GridLocator;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.chengxiang.cityops.sensors.SensorFixtures.send;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Readings newer than everything stored of their device go in by COPY, the others one by one: a batch that mixes
 * new, late, re-delivered and repeated readings stores and evaluates each exactly as before.
 */
@SpringBootTest
@AutoConfigureMockMvc
@RecordApplicationEvents
class TelemetryCopyIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	GridLocator grid;

	@Autowired
	Gateways gateways;

	@Autowired
	ApplicationEvents events;

	Gateways.Registered gateway;

	@BeforeEach
	void gateway() {
		gateway = gateways.register(SensorFixtures.unique("GW"), "测试网关", "test");
	}

	@Test
	void aBatchMixingNewLateReDeliveredAndRepeatedReadingsStoresAndEvaluatesEachOnce() throws Exception {
		String cover = SensorFixtures.device(mvc, grid, gateway, "COVER_TILT", 3600, "");
		String other = SensorFixtures.device(mvc, grid, gateway, "COVER_TILT", 3600, "");
		Instant t1 = Instant.now().minusSeconds(600).truncatedTo(ChronoUnit.MILLIS);
		Instant t2 = t1.plusSeconds(60);
		Instant t3 = t1.plusSeconds(120);
		Instant t4 = t1.plusSeconds(180);
		send(mvc, gateway, body(cover, t1, 1.0, cover, t3, 2.0)).andExpect(status().isOk())
			.andExpect(jsonPath("$.stored").value(2))
			.andExpect(jsonPath("$.evaluated").value(2));

		// t1 again (stored before), t2 (late: older than t3), t4 twice (the first counts), another device's first
		send(mvc, gateway, body(cover, t4, 30.0, cover, t1, 1.0, other, t1, 3.0, cover, t2, 40.0, cover, t4, 99.0))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.received").value(5))
			.andExpect(jsonPath("$.stored").value(3))
			.andExpect(jsonPath("$.evaluated").value(2));

		assertThat(values(cover)).containsExactly(1.0, 40.0, 2.0, 30.0);
		assertThat(values(other)).containsExactly(3.0);
		assertThat(lastValue(cover)).isEqualTo(30.0);
		assertThat(events.stream(AlarmRaised.class).filter(e -> e.deviceCode().equals(cover)))
			.as("the late 40° is stored but not evaluated; the new 30° raises the one alarm")
			.singleElement()
			.satisfies(e -> assertThat(e.summary()).contains(" 30 °"));

		send(mvc, gateway, body(cover, t4, 30.0, cover, t2, 40.0, other, t1, 3.0)).andExpect(status().isOk())
			.andExpect(jsonPath("$.stored").value(0))
			.andExpect(jsonPath("$.evaluated").value(0));
		assertThat(values(cover)).hasSize(4);
	}

	@Test
	void aReadingStoredBehindTheStatusRowsBackIsStillStoredOnce() throws Exception {
		String cover = SensorFixtures.device(mvc, grid, gateway, "COVER_TILT", 3600, "");
		Instant t1 = Instant.now().minusSeconds(600).truncatedTo(ChronoUnit.MILLIS);
		Instant t2 = t1.plusSeconds(60);
		send(mvc, gateway, body(cover, t1, 1.0)).andExpect(status().isOk());
		// newer than what the device's status knows of, as if written by other means
		jdbc.sql("""
				insert into cityops.reading (device_id, ts, value)
				select id, :ts, 2.0 from cityops.device where code = :code
				""").param("ts", Timestamp.from(t2)).param("code", cover).update();

		send(mvc, gateway, body(cover, t2, 25.0, cover, t2.plusSeconds(60), 3.0)).andExpect(status().isOk())
			.andExpect(jsonPath("$.received").value(2))
			.andExpect(jsonPath("$.stored").value(1))
			.andExpect(jsonPath("$.evaluated").value(1));
		assertThat(values(cover)).containsExactly(1.0, 2.0, 3.0);
		assertThat(events.stream(AlarmRaised.class).filter(e -> e.deviceCode().equals(cover))).isEmpty();
	}

	private static String body(Object... deviceTsValue) {
		StringBuilder json = new StringBuilder("[");
		for (int i = 0; i < deviceTsValue.length; i += 3) {
			json.append(i > 0 ? "," : "").append("{\"device\":\"").append(deviceTsValue[i]).append("\",\"ts\":\"")
				.append(deviceTsValue[i + 1]).append("\",\"value\":").append(deviceTsValue[i + 2]).append('}');
		}
		return json.append(']').toString();
	}

	private List<Double> values(String device) {
		return jdbc.sql("""
				select r.value from cityops.reading r join cityops.device d on d.id = r.device_id
				where d.code = :c order by r.ts
				""").param("c", device).query(Double.class).list();
	}

	private double lastValue(String device) {
		return jdbc.sql("""
				select s.last_value from cityops.device_status s join cityops.device d on d.id = s.device_id
				where d.code = :c
				""").param("c", device).query(Double.class).single();
	}

}
