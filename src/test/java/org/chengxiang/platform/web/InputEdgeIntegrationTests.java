package org.chengxiang.platform.web;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.boot.webmvc.test.autoconfigure.MockMvcPrint;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.chengxiang.directory.TestRegistrations.PASSWORD;

/**
 * Control characters and impossible dates are refused at the edge with the field named, wherever they come in; a
 * date-time may carry an ISO-8601 offset; and the answers Spring gives before a controller is chosen are problems.
 */
@SpringBootTest
@AutoConfigureMockMvc(print = MockMvcPrint.NONE)
class InputEdgeIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Test
	void nulInAJsonFieldIsRefusedNamingTheField() throws Exception {
		mvc.perform(post("/api/directory/departments").with(httpBasic("admin", PASSWORD))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"name\":\"测试\\u0000局\",\"shortName\":\"测试局\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.errors[0].field").value("name"));
	}

	@Test
	void nulInAQueryParameterIsRefusedNamingTheParameter() throws Exception {
		mvc.perform(get("/api/directory/users").param("q", "张\u0000三").with(httpBasic("admin", PASSWORD)))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("q"));
	}

	@Test
	void nulInAnUploadedFileNameIsRefusedNamingThePart() throws Exception {
		mvc.perform(multipart("/api/cityops/cases").file(new MockMultipartFile("photos", "a\u0000.jpg", "image/jpeg",
				new byte[] { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF }))
			.param("description", "井盖缺失")
			.with(httpBasic("grid01", PASSWORD)))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("photos"));
	}

	@Test
	void nulInAPageFormIsRefused() throws Exception {
		mvc.perform(post("/directory/departments/new").param("name", "测试\u0000局")
			.with(httpBasic("admin", PASSWORD))
			.with(csrf())).andExpect(status().isBadRequest());
	}

	@Test
	void auditSearchRefusesADayBeyond2100() throws Exception {
		mvc.perform(get("/api/audit/entries").param("to", "+999999999-12-31").with(httpBasic("admin", PASSWORD)))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.field").value("to"));
	}

	@Test
	void planExtensionRefusesADayBeyond2100() throws Exception {
		mvc.perform(post("/api/assignments/{id}/milestones/{m}/extensions", 987654321, 987654321)
			.with(httpBasic("drc", PASSWORD))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"requestedDueOn\":\"+999999999-12-31\",\"reason\":\"工期\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("requestedDueOn"));
	}

	@Test
	void calendarRefusesADayBefore1900InThePath() throws Exception {
		mvc.perform(put("/api/calendar/days/{date}", "1899-12-31").with(httpBasic("admin", PASSWORD))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"kind\":\"HOLIDAY\",\"name\":\"测试\"}"))
			.andExpect(status().isBadRequest());
	}

	@Test
	void caseExtensionTakesAnIsoOffset() throws Exception {
		// read as Beijing time: the body is valid, so the answer is about the case, which does not exist
		mvc.perform(post("/api/cityops/cases/{id}/extension", 987654321).with(httpBasic("zjj", PASSWORD))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"until\":\"2026-12-20T18:00+08:00\",\"reason\":\"等待配件\"}"))
			.andExpect(status().isNotFound());
		mvc.perform(post("/api/cityops/cases/{id}/extension", 987654321).with(httpBasic("zjj", PASSWORD))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"until\":\"+999999999-12-31T00:00+08:00\",\"reason\":\"等待配件\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("until"));
	}

	@Test
	void unsupportedMediaTypeAndMethodAreProblems() throws Exception {
		mvc.perform(post("/api/directory/departments").with(httpBasic("admin", PASSWORD))
			.contentType(MediaType.APPLICATION_XML)
			.content("<department/>"))
			.andExpect(status().isUnsupportedMediaType())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
		mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch("/api/directory/departments")
			.with(httpBasic("admin", PASSWORD))).andExpect(status().isMethodNotAllowed())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
	}

}
