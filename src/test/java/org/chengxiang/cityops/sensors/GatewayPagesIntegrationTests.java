package org.chengxiang.cityops.sensors;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
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
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.chengxiang.directory.TestRegistrations.PASSWORD;

/** The administrator registers and deactivates gateways on a page; the key is shown once. */
@SpringBootTest
@AutoConfigureMockMvc
class GatewayPagesIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Gateways gateways;

	@Test
	void administratorRegistersAGatewaySeesItsKeyOnceAndDeactivatesIt() throws Exception {
		String page = mvc.perform(post("/cityops/gateways").with(csrf()).with(httpBasic("admin", PASSWORD))
			.param("code", "GW-PAGE-01").param("name", "页面登记网关").accept(MediaType.TEXT_HTML))
			.andExpect(status().isOk())
			.andExpect(header().string("Cache-Control", containsString("no-store")))
			.andReturn().getResponse().getContentAsString();
		Matcher key = Pattern.compile("<code id=\"gateway-key\">([^<]+)</code>").matcher(page);
		assertThat(key.find()).isTrue();
		assertThat(gateways.authenticate("GW-PAGE-01", key.group(1))).isTrue();
		// stored only as a hash, and never shown again
		assertThat(jdbc.sql("select g::text from cityops.gateway g where code = 'GW-PAGE-01'").query(String.class).single())
			.doesNotContain(key.group(1));
		mvc.perform(get("/cityops/gateways").accept(MediaType.TEXT_HTML).with(httpBasic("admin", PASSWORD)))
			.andExpect(content().string(containsString("页面登记网关")))
			.andExpect(content().string(not(containsString(key.group(1)))));

		// bad or taken codes come back beside the field, as typed
		mvc.perform(post("/cityops/gateways").with(csrf()).with(httpBasic("admin", PASSWORD))
			.param("code", "GW PAGE/01").param("name", "坏编码").accept(MediaType.TEXT_HTML))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("编码为 1–40 位字母、数字、- 或 _")))
			.andExpect(content().string(containsString("value=\"GW PAGE/01\"")))
			.andExpect(content().string(not(containsString("gateway-key"))));
		mvc.perform(post("/cityops/gateways").with(csrf()).with(httpBasic("admin", PASSWORD))
			.param("code", "GW-PAGE-01").param("name", "重复").accept(MediaType.TEXT_HTML))
			.andExpect(content().string(containsString("网关编码已存在")));
		assertThat(jdbc.sql("select count(*) from cityops.gateway where code like 'GW%PAGE%'").query(Long.class).single())
			.isOne();

		// nobody but the administrator
		for (String user : new String[] { "operator", "supervisor", "zjj" }) {
			mvc.perform(get("/cityops/gateways").accept(MediaType.TEXT_HTML).with(httpBasic(user, PASSWORD)))
				.andExpect(status().isForbidden());
			mvc.perform(post("/cityops/gateways/GW-PAGE-01/deactivation").with(csrf()).with(httpBasic(user, PASSWORD)))
				.andExpect(status().isForbidden());
		}
		mvc.perform(post("/cityops/gateways/GW-PAGE-01/deactivation").with(csrf()).with(httpBasic("admin", PASSWORD)))
			.andExpect(redirectedUrl("/cityops/gateways"));
		assertThat(gateways.authenticate("GW-PAGE-01", key.group(1))).isFalse();
		assertThat(jdbc.sql("select count(*) from platform.audit_entry where subject_type = 'gateway' and subject_id = 'GW-PAGE-01'")
			.query(Long.class).single()).isEqualTo(2);
	}

}
