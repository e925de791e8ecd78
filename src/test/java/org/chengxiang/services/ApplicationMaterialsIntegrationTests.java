package org.chengxiang.services;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.chengxiang.directory.TestRegistrations.PASSWORD;

/**
 * An application's materials open in the browser for its applicant and the handling department's clerks, and for
 * nobody else; staff viewings are audited.
 */
@SpringBootTest
@AutoConfigureMockMvc
class ApplicationMaterialsIntegrationTests {

	static final byte[] PDF = "%PDF-1.4\n1 0 obj << >> endobj\n%%EOF".getBytes();

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	String applicant;

	long id;

	byte[] png;

	@BeforeEach
	void application() throws Exception {
		TestItems.policeItem(mvc, jdbc, "MATERIAL-VIEW", "材料查看测试", """
				[{"name":"身份证照片","required":true,"formats":"JPEG,PNG","maxBytes":2097152},
				 {"name":"居住证明","required":false,"formats":"PDF","maxBytes":2097152}]
				""");
		applicant = TestResidents.register(mvc, "viewer", "钱材料");
		String body = mvc.perform(post("/api/services/applications").with(httpBasic(applicant, PASSWORD))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"itemCode\":\"MATERIAL-VIEW\",\"form\":{\"description\":\"申请查看材料\"}}"))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString();
		id = Long.parseLong(body.replaceAll("(?s)^\\{\"id\":(\\d+).*", "$1"));
		png = TestResidents.png(120, 80);
		mvc.perform(multipart("/api/services/applications/{id}/materials/1", id)
			.file(new MockMultipartFile("file", "C:\\扫描\\身份证 \"正面\".png", "image/png", png))
			.with(httpBasic(applicant, PASSWORD))).andExpect(status().isOk());
		mvc.perform(multipart("/api/services/applications/{id}/materials/2", id)
			.file(new MockMultipartFile("file", "租房合同.pdf", "application/pdf", PDF))
			.with(httpBasic(applicant, PASSWORD))).andExpect(status().isOk());
	}

	@Test
	void theApplicantOpensTheirMaterialsInlineFromTheDraftOn() throws Exception {
		MvcResult image = mvc.perform(get("/services/applications/{id}/materials/1", id)
			.with(httpBasic(applicant, PASSWORD)))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", "image/png"))
			.andExpect(header().string("X-Content-Type-Options", "nosniff"))
			.andExpect(header().string("Cache-Control", containsString("private")))
			.andExpect(header().string("Cache-Control", containsString("no-store")))
			.andReturn();
		assertThat(image.getResponse().getContentAsByteArray()).isEqualTo(png);
		String disposition = image.getResponse().getHeader("Content-Disposition");
		assertThat(disposition).startsWith("inline;")
			.contains("filename*=UTF-8''")
			.contains("%E8%BA%AB%E4%BB%BD%E8%AF%81") // 身份证, RFC 5987 encoded
			.doesNotContain("扫描")
			.doesNotContain("\\");
		mvc.perform(get("/api/services/applications/{id}/materials/2", id).with(httpBasic(applicant, PASSWORD)))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", "application/pdf"))
			.andExpect(header().string("Content-Disposition", containsString("inline;")))
			.andExpect(content().bytes(PDF));
		// the applicant's own viewings are not staff viewings
		assertThat(viewings()).isZero();
		mvc.perform(get("/services/applications/{id}/materials/3", id).with(httpBasic(applicant, PASSWORD)))
			.andExpect(status().isNotFound());
	}

	@Test
	void clerksOfTheHandlingDepartmentOpenThemOnceSubmittedAndEachViewingIsAudited() throws Exception {
		// a draft is the applicant's own
		mvc.perform(get("/services/applications/{id}/materials/1", id).with(httpBasic("police", PASSWORD)))
			.andExpect(status().isNotFound());
		mvc.perform(post("/api/services/applications/{id}/submission", id).with(httpBasic(applicant, PASSWORD)))
			.andExpect(status().isOk());

		mvc.perform(get("/services/applications/{id}", id).accept(MediaType.TEXT_HTML).with(httpBasic("police", PASSWORD)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("href=\"/services/applications/" + id + "/materials/1\"")))
			.andExpect(content().string(containsString("target=\"_blank\"")))
			.andExpect(content().string(containsString("<img src=\"/services/applications/" + id + "/materials/1\"")))
			// the PDF is a link, not a picture
			.andExpect(content().string(not(containsString("<img src=\"/services/applications/" + id + "/materials/2\""))));
		mvc.perform(get("/services/applications/{id}/materials/1", id).with(httpBasic("police", PASSWORD)))
			.andExpect(status().isOk())
			.andExpect(content().bytes(png));
		mvc.perform(get("/api/services/applications/{id}/materials/2", id).with(httpBasic("police", PASSWORD)))
			.andExpect(status().isOk())
			.andExpect(content().bytes(PDF));
		assertThat(viewings()).isEqualTo(2);
		assertThat(jdbc.sql("""
				select after_state from platform.audit_entry where action = 'application.material-viewed'
				and subject_id = :n order by id limit 1
				""").param("n", number()).query(String.class).single()).contains("身份证");
	}

	@Test
	void anyoneElseFindsNothingAndNothingIsAudited() throws Exception {
		mvc.perform(post("/api/services/applications/{id}/submission", id).with(httpBasic(applicant, PASSWORD)))
			.andExpect(status().isOk());
		String other = TestResidents.register(mvc, "other", "孙旁人");
		mvc.perform(get("/services/applications/{id}/materials/1", id).with(httpBasic(other, PASSWORD)))
			.andExpect(status().isNotFound());
		mvc.perform(get("/api/services/applications/{id}/materials/1", id).with(httpBasic(other, PASSWORD)))
			.andExpect(status().isNotFound());
		// a clerk of another department
		mvc.perform(get("/services/applications/{id}/materials/1", id).with(httpBasic("hrss", PASSWORD)))
			.andExpect(status().isNotFound());
		mvc.perform(get("/api/services/applications/{id}/materials/2", id).with(httpBasic("hrss", PASSWORD)))
			.andExpect(status().isNotFound());
		mvc.perform(get("/api/services/applications/{id}/materials/1", id).with(httpBasic("supervisor", PASSWORD)))
			.andExpect(status().isNotFound());
		assertThat(viewings()).isZero();
	}

	private String number() {
		return jdbc.sql("select number from services.application where id = :id").param("id", id)
			.query(String.class).single();
	}

	private long viewings() {
		return jdbc.sql("select count(*) from platform.audit_entry where action = 'application.material-viewed' and subject_id = :n")
			.param("n", number())
			.query(Long.class)
			.single();
	}

}
