package org.chengxiang.services;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Two edits of the same draft made on the same version (two tabs, two devices): the first is kept, the second is
 * refused instead of silently overwriting it.
 */
@SpringBootTest
@AutoConfigureMockMvc
class ConcurrentFormEditsIntegrationTests {

	static final String PASSWORD = "Chengxiang@2020";

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ApplicationForms desk;

	@Test
	void theSecondOfTwoEditsOfTheSameVersionIsRefusedAndTheFirstKept() throws Exception {
		TestItems.policeItem(mvc, jdbc, "LOST-UPDATE-TEST", "并发修改测试", "[]");
		String resident = TestResidents.register(mvc, "twotabs", "韩两页");
		String created = mvc.perform(post("/api/services/applications").with(httpBasic(resident, PASSWORD))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"itemCode\":\"LOST-UPDATE-TEST\",\"form\":{\"description\":\"原来的说明\"}}"))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString();
		long id = Long.parseLong(created.replaceAll("(?s)^\\{\"id\":(\\d+).*", "$1"));
		// both writers read the same version
		int seen = jdbc.sql("select version from services.application where id = :id").param("id", id)
			.query(Integer.class).single();

		mvc.perform(put("/api/services/applications/{id}/form", id).with(httpBasic(resident, PASSWORD))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"version\":" + seen + ",\"form\":{\"description\":\"第一处的修改\"}}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.version").value(seen + 1));
		mvc.perform(put("/api/services/applications/{id}/form", id).with(httpBasic(resident, PASSWORD))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"version\":" + seen + ",\"form\":{\"description\":\"第二处的修改\"}}"))
			.andExpect(status().isConflict());

		assertThat(desk.form(id)).contains("第一处的修改").doesNotContain("第二处的修改");
	}

}
