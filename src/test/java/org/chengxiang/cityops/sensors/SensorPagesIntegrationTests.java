package org.chengxiang.cityops.sensors;

import java.util.Map;

import org.junit.jupiter.api.Test;

import org.chengxiang.cityops.grid.GridLocator;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.chengxiang.directory.TestRegistrations.PASSWORD;

@SpringBootTest
@AutoConfigureMockMvc
class SensorPagesIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	GridLocator grid;

	@Autowired
	JdbcClient jdbc;

	@Test
	void operatorRegistersADeviceOnThePageAndSeesItWithItsChart() throws Exception {
		double[] at = SensorFixtures.centreOfCell(grid, "");
		String code = SensorFixtures.unique("PG");
		mvc.perform(post("/cityops/sensors/new").with(httpBasic("operator", PASSWORD)).with(csrf())
			.param("code", code).param("typeCode", "WATER_LEVEL").param("name", "页面登记的水位计")
			.param("longitude", "0").param("latitude", "0").param("intervalSeconds", "60").param("active", "true"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("该位置不在任何网格内")))
			.andExpect(content().string(containsString(code)));
		mvc.perform(post("/cityops/sensors/new").with(httpBasic("operator", PASSWORD)).with(csrf())
			.param("code", code).param("typeCode", "WATER_LEVEL").param("name", "页面登记的水位计")
			.param("longitude", "abc").param("latitude", String.valueOf(at[1])).param("intervalSeconds", "60"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<p class=\"error\">经度须为数字")))
			.andExpect(content().string(containsString("value=\"abc\"")));
		mvc.perform(post("/cityops/sensors/new").with(httpBasic("operator", PASSWORD)).with(csrf())
			.param("code", code).param("typeCode", "WATER_LEVEL").param("name", "页面登记的水位计")
			.param("longitude", String.valueOf(at[0])).param("latitude", String.valueOf(at[1]))
			.param("intervalSeconds", "3600").param("active", "true"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("请选择设备所属网关")));
		mvc.perform(post("/cityops/sensors/new").with(httpBasic("operator", PASSWORD)).with(csrf())
			.param("code", code).param("typeCode", "WATER_LEVEL").param("name", "页面登记的水位计")
			.param("longitude", String.valueOf(at[0])).param("latitude", String.valueOf(at[1]))
			.param("intervalSeconds", "3600").param("active", "true").param("gatewayCode", "DEMO-GW"))
			.andExpect(redirectedUrl("/cityops/sensors/" + code));
		mvc.perform(get("/cityops/sensors/{code}", code).with(httpBasic("operator", PASSWORD)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("页面登记的水位计")))
			.andExpect(content().string(containsString("sensor-chart")));
		mvc.perform(get("/cityops/sensors?type=WATER_LEVEL&size=200").with(httpBasic("operator", PASSWORD)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("排水点水位")));
		mvc.perform(get("/cityops/sensors/{code}/edit", code).with(httpBasic("operator", PASSWORD)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("value=\"DEMO-GW\" selected=\"selected\">")));
	}

	@Test
	void aRefusedRuleComesBackAsTypedWithItsErrorBesideTheFieldAndNothingChanges() throws Exception {
		int rules = jdbc.sql("select count(*) from cityops.rule").query(Integer.class).single();
		mvc.perform(post("/cityops/sensors/rules").with(httpBasic("operator", PASSWORD)).with(csrf())
			.param("typeCode", "WATER_LEVEL").param("comparison", "BELOW").param("threshold", "一米二")
			.param("durationMinutes", "5").param("severity", "SEVERE").param("active", "true"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("规则未保存")))
			.andExpect(content().string(containsString("value=\"一米二\"")))
			.andExpect(content().string(containsString("<p class=\"error\">请填写数字")));
		assertThat(jdbc.sql("select count(*) from cityops.rule").query(Integer.class).single()).isEqualTo(rules);

		Map<String, Object> rule = jdbc.sql("select id, type_code, threshold, duration_minutes, version from cityops.rule order by id limit 1")
			.query().singleRow();
		mvc.perform(post("/cityops/sensors/rules").with(httpBasic("operator", PASSWORD)).with(csrf())
			.param("id", rule.get("id").toString()).param("version", rule.get("version").toString())
			.param("typeCode", rule.get("type_code").toString()).param("comparison", "ABOVE")
			.param("threshold", "7").param("durationMinutes", "-3").param("severity", "SEVERE").param("active", "true"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("value=\"-3\"")))
			.andExpect(content().string(containsString("aria-invalid=\"true\"")));
		assertThat(jdbc.sql("select threshold, duration_minutes from cityops.rule where id = :id").param("id", rule.get("id"))
			.query().singleRow()).containsEntry("threshold", rule.get("threshold"))
			.containsEntry("duration_minutes", rule.get("duration_minutes"));
	}

	@Test
	void alarmsAndRulesPagesShowTheirActionsOnlyToTheOperationsCentre() throws Exception {
		mvc.perform(get("/cityops/alarms").with(httpBasic("operator", PASSWORD)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("/cityops/alarms/flood")));
		mvc.perform(get("/cityops/alarms?state=ACTIVE&severity=SEVERE").with(httpBasic("supervisor", PASSWORD)))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("/cityops/alarms/flood"))));
		mvc.perform(get("/cityops/sensors/rules").with(httpBasic("operator", PASSWORD)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("name=\"threshold\"")));
		mvc.perform(get("/cityops/sensors/rules").with(httpBasic("zjj", PASSWORD)))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("name=\"threshold\""))));
		mvc.perform(post("/cityops/sensors/rules").with(httpBasic("zjj", PASSWORD)).with(csrf())
			.param("typeCode", "WATER_LEVEL").param("comparison", "ABOVE").param("threshold", "3")
			.param("durationMinutes", "0").param("severity", "CRITICAL")).andExpect(status().isForbidden());
		mvc.perform(get("/cityops/sensors/new").with(httpBasic("supervisor", PASSWORD))).andExpect(status().isForbidden());
		mvc.perform(get("/cityops/alarms").with(httpBasic("resident", PASSWORD))).andExpect(status().isForbidden());
		mvc.perform(post("/cityops/alarms/flood").with(httpBasic("zjj", PASSWORD)).with(csrf()))
			.andExpect(status().isForbidden());
	}

}
