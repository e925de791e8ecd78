package org.chengxiang.cityops.sensors;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.chengxiang.cityops.grid.GridLocator;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.chengxiang.cityops.sensors.SensorFixtures.send;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The HTTP batch body as JSON: fields in any order, fields the batch does not know of, a repeated field, and bodies
 * that are not JSON at all (refused as any unreadable request body, nothing stored).
 */
@SpringBootTest
@AutoConfigureMockMvc
@RecordApplicationEvents
class TelemetryBodyIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	GridLocator grid;

	@Autowired
	Gateways gateways;

	Gateways.Registered gateway;

	String device;

	Instant ts;

	@BeforeEach
	void setUp() throws Exception {
		gateway = gateways.register(SensorFixtures.unique("GW"), "测试网关", "test");
		device = SensorFixtures.device(mvc, grid, gateway, "WATER_LEVEL", 3600, "");
		ts = Instant.now().minusSeconds(120).truncatedTo(ChronoUnit.SECONDS);
	}

	@Test
	void fieldsInAnyOrderUnknownFieldsIgnoredTheLastOfARepeatedFieldCounts() throws Exception {
		String body = """
				[{"value":0.11,"note":{"a":[1,{"b":2}]},"ts":"%s","device":"%s"},
				 {"extra":[[]],"readings":[{"value":0.12,"ts":"%s","x":null}],"device":"%s"},
				 {"device":"%s","ts":"%s","value":0.5,"value":0.13}]
				""".formatted(ts, device, ts.plusSeconds(10), device, device, ts.plusSeconds(20));
		send(mvc, gateway, body).andExpect(status().isOk())
			.andExpect(jsonPath("$.received").value(3))
			.andExpect(jsonPath("$.stored").value(3));
		assertThat(jdbc.sql("""
				select r.value from cityops.reading r join cityops.device d on d.id = r.device_id
				where d.code = :code order by r.ts
				""").param("code", device).query(Double.class).list()).containsExactly(0.11, 0.12, 0.13);
	}

	@Test
	void bodiesThatAreNotJsonAreRefusedAndNothingIsStored() throws Exception {
		String good = SensorFixtures.batch(device, ts, 0.2);
		for (String body : new String[] { good.substring(0, good.length() - 1), good + " [", "", "[{\"device\":}]" }) {
			send(mvc, gateway, body).andExpect(status().isBadRequest())
				.andExpect(jsonPath("$.detail").value(containsString("请求内容无法解析")));
		}
		mvc.perform(post("/api/cityops/telemetry").with(httpBasic(gateway.code(), gateway.key()))
			.contentType(MediaType.TEXT_PLAIN)
			.content(good)).andExpect(status().isUnsupportedMediaType());
		send(mvc, gateway, "{\"device\":\"" + device + "\"} ").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("readings"));
		assertThat(jdbc.sql("""
				select count(*) from cityops.reading r join cityops.device d on d.id = r.device_id where d.code = :code
				""").param("code", device).query(Long.class).single()).isZero();
	}

}
