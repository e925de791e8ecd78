package org.chengxiang.services;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.chengxiang.directory.TestRegistrations.PASSWORD;

/**
 * A settlement application from the resident's form to the household registry, across the services and
 * settlement modules.
 */
@SpringBootTest
@AutoConfigureMockMvc
class SettlementThroughServicesIntegrationTests {

	static final byte[] PDF = "%PDF-1.4 evidence".getBytes();

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Test
	void approvedSettlementWritesTheRegistry() throws Exception {
		org.chengxiang.directory.TestRegistrations.register(mvc, ("""
				{"username":"settler","displayName":"赵落户","idNumber":"210882200101010042","phone":"13700000042"}
				""")).andExpect(status().isCreated());
		String form = """
				{"category":"LEGAL_RESIDENCE_RENTED","originHukouAddress":"辽宁省盖州市某村",
				 "destination":{"divisionCode":"210882003001","addressLine":"铁西社区 1 号楼 2 单元 301"},
				 "members":[], "evidence":"租赁合同",
				 "ruralRights":{"hasLandContract":true,"hasHomestead":true,"hasCollectiveIncome":false,"statement":"保留承包地"}}
				""";
		mvc.perform(post("/api/services/applications").with(httpBasic("settler", PASSWORD))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"itemCode\":\"SETTLEMENT\",\"form\":{\"category\":\"NOPE\"}}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("category"));
		String body = mvc.perform(post("/api/services/applications").with(httpBasic("settler", PASSWORD))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"itemCode\":\"SETTLEMENT\",\"form\":" + form + "}"))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString();
		long id = Long.parseLong(body.replaceAll("(?s)^\\{\"id\":(\\d+).*", "$1"));
		for (int position = 1; position <= 2; position++) {
			mvc.perform(multipart("/api/services/applications/{id}/materials/{p}", id, position)
				.file(new MockMultipartFile("file", "evidence.pdf", "application/pdf", PDF))
				.with(httpBasic("settler", PASSWORD))).andExpect(status().isOk());
		}
		mvc.perform(post("/api/services/applications/{id}/submission", id).with(httpBasic("settler", PASSWORD)))
			.andExpect(jsonPath("$.status").value("SUBMITTED"));
		mvc.perform(post("/api/services/applications/{id}/acceptance", id).with(httpBasic("police", PASSWORD)))
			.andExpect(status().isOk());
		mvc.perform(post("/api/services/applications/{id}/review", id).with(httpBasic("police", PASSWORD)))
			.andExpect(status().isOk());
		mvc.perform(post("/api/services/applications/{id}/approval", id).with(httpBasic("police", PASSWORD)))
			.andExpect(jsonPath("$.status").value("APPROVED"));
		String number = jdbc.sql("select number from services.application where id = :id").param("id", id)
			.query(String.class).single();

		await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(jdbc
			.sql("select count(*) from settlement.resident where application_number = :n")
			.param("n", number)
			.query(Integer.class)
			.single()).isEqualTo(1));
		mvc.perform(post("/api/settlement/registry").contentType(org.springframework.http.MediaType.APPLICATION_JSON)
			.content("{\"idNumber\": \"210882200101010042\"}").with(httpBasic("police", PASSWORD)))
			.andExpect(status().isOk());
	}

}
