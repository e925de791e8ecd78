package org.chengxiang.cityops.cases;

import org.chengxiang.cityops.AlarmRaised;
import org.chengxiang.cityops.AlarmSeverity;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.Test;


import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.modulith.test.EnableScenarios;
import org.springframework.modulith.test.Scenario;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The event that crosses from sensors to cases, on the city operations module and the modules it needs (directory
 * for grid cells and sign-in, plan for the indicators it feeds): an {@link AlarmRaised} opens one case of the alarm's
 * class at the device, a second alarm of the same class close by is linked to that case, and readings over a
 * threshold raise the alarm that does so. Grid cells come from the directory (the demo cells of 金桥街道, a fresh
 * point in one for each test); alarms, devices and cases are the test's own.
 */
@SpringBootTest
@EnableScenarios
@AutoConfigureMockMvc
class AlarmEventsIntegrationTests {

	static final String WATERLOGGING = "E-0405";

	@Autowired
	CaseBoard cityOps;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MockMvc mvc;

	@Test
	void aRaisedAlarmOpensACaseOfItsClassAtTheDevice(Scenario scenario) {
		double[] point = CasePoints.next(jdbc);
		long alarm = freshAlarmId();
		Instant raisedAt = Instant.now().truncatedTo(ChronoUnit.SECONDS);

		scenario.publish(raised(alarm, point, raisedAt))
			.andWaitForStateChange(() -> cityOps.caseOfAlarm(alarm), Optional::isPresent)
			.andVerify(found -> {
				CaseRef opened = found.orElseThrow();
				assertThat(opened.status()).isEqualTo(CaseStatus.REPORTED);
				assertThat(jdbc.sql("""
						select source, class_code, grid_cell_id, longitude, latitude, description, reported_at
						from cityops.city_case where id = :id
						""").param("id", opened.id()).query((rs, n) -> new Object[] { rs.getString(1), rs.getString(2),
						rs.getLong(3), rs.getDouble(4), rs.getDouble(5), rs.getString(6),
						rs.getTimestamp(7).toInstant() }).single())
					.containsExactly("SENSOR", WATERLOGGING, (long) point[2], point[0], point[1],
							"测试水位告警 " + alarm, raisedAt);
			});
	}

	@Test
	void aSecondAlarmOfTheSameClassCloseByIsLinkedToTheOpenCase(Scenario scenario) {
		double[] point = CasePoints.next(jdbc);
		long first = freshAlarmId();
		long second = first + 1;
		Instant raisedAt = Instant.now().truncatedTo(ChronoUnit.SECONDS);
		scenario.publish(raised(first, point, raisedAt))
			.andWaitForStateChange(() -> cityOps.caseOfAlarm(first), Optional::isPresent)
			.andVerify(found -> assertThat(found).isPresent());
		// a few metres away: the same waterlogging
		double[] nearby = { point[0] + 0.00005, point[1], point[2] };

		scenario.publish(raised(second, nearby, raisedAt.plusSeconds(60)))
			.andWaitForStateChange(() -> cityOps.caseOfAlarm(second), Optional::isPresent)
			.andVerify(found -> {
				CaseRef linked = found.orElseThrow();
				CaseRef original = cityOps.caseOfAlarm(first).orElseThrow();
				assertThat(linked.id()).isEqualTo(original.id());
				assertThat(jdbc.sql("select count(*) from cityops.case_alarm where case_id = :id")
					.param("id", original.id()).query(Integer.class).single()).isEqualTo(2);
			});
	}

	@Test
	void readingsOverTheThresholdRaiseTheAlarmThatOpensTheCase(Scenario scenario) throws Exception {
		String device = "SCN-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase(Locale.ROOT);
		double[] point = CasePoints.next(jdbc);
		mvc.perform(post("/api/cityops/sensors").with(httpBasic("operator", "Chengxiang@2020"))
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"code":"%s","typeCode":"WATER_LEVEL","name":"测试雨水井 %s","longitude":%s,"latitude":%s,
					 "intervalSeconds":60,"active":true,"gatewayCode":"DEMO-GW"}
					""".formatted(device, device, point[0], point[1])))
			.andExpect(status().isCreated());
		Instant start = Instant.now().minus(20, ChronoUnit.MINUTES).truncatedTo(ChronoUnit.SECONDS);

		// 0.8 m, over the 0.5 m threshold, for longer than the rule's five minutes
		scenario.stimulate(() -> send(device, start, 0.10, 0.80, 0.82, 0.85, 0.84, 0.83, 0.86, 0.88))
			.andWaitForEventOfType(AlarmRaised.class)
			.matching(event -> event.deviceCode().equals(device))
			.toArriveAndVerify(event -> {
				assertThat(event.caseClassCode()).isEqualTo(WATERLOGGING);
				assertThat(event.severity()).isEqualTo(AlarmSeverity.WARNING);
				assertThat(event.gridCellId()).isEqualTo((long) point[2]);
				assertThat(event.longitude()).isEqualTo(point[0]);
				assertThat(event.latitude()).isEqualTo(point[1]);
				assertThat(event.raisedAt()).isAfter(start);
				CaseRef opened = cityOps.caseOfAlarm(event.alarmId()).orElseThrow();
				assertThat(opened.status()).isEqualTo(CaseStatus.REPORTED);
			});
	}

	private void send(String device, Instant start, double... levels) {
		StringBuilder batch = new StringBuilder("[");
		for (int i = 0; i < levels.length; i++) {
			batch.append(i == 0 ? "" : ",")
				.append("{\"device\":\"%s\",\"ts\":\"%s\",\"value\":%s}".formatted(device,
						start.plus(i, ChronoUnit.MINUTES), levels[i]));
		}
		try {
			mvc.perform(post("/api/cityops/telemetry").with(httpBasic("DEMO-GW", "Demo-Gateway-Key-2020"))
				.contentType(MediaType.APPLICATION_JSON)
				.content(batch.append(']').toString())).andExpect(status().isOk());
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static AlarmRaised raised(long alarm, double[] point, Instant at) {
		return new AlarmRaised(alarm, "SCN-" + alarm, WATERLOGGING, (long) point[2], point[0], point[1],
				AlarmSeverity.WARNING, "测试水位告警 " + alarm, at);
	}

	/** An alarm id far above those the sensors hand out, so that no real alarm shares it. */
	private static long freshAlarmId() {
		return ThreadLocalRandom.current().nextLong(1_000_000_000L, Long.MAX_VALUE / 4) * 2;
	}

}
