package org.chengxiang.residence;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import org.chengxiang.directory.TestRegistrations;
import org.chengxiang.platform.crypto.GeneratedIdNumbers;

import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

import tools.jackson.databind.json.JsonMapper;

import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Residence applications through the one-stop core's public API, as a resident and the police department would make
 * them: each test registers residents of its own.
 */
final class ResidenceJourney {

	static final String PASSWORD = TestRegistrations.PASSWORD;

	static final byte[] PNG = { (byte) 0x89, 'P', 'N', 'G', 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 'I', 'H', 'D', 'R',
			0, 0, 0, 1, 0, 0, 0, 1, 8, 2, 0, 0, 0 };

	static final byte[] PDF = "%PDF-1.4 evidence".getBytes();

	private final MockMvc mvc;

	private final JdbcClient jdbc;

	ResidenceJourney(MockMvc mvc, JdbcClient jdbc) {
		this.mvc = mvc;
		this.jdbc = jdbc;
	}

	/**
	 * A resident of the test's own.
	 *
	 * @param username their login
	 * @param idNumber their ID number
	 */
	record Resident(String username, String idNumber) {
	}

	Resident resident() throws Exception {
		ThreadLocalRandom random = ThreadLocalRandom.current();
		String username = "mig" + random.nextInt(100_000, 1_000_000);
		String idNumber = GeneratedIdNumbers.random();
		TestRegistrations.register(mvc, """
				{"username":"%s","displayName":"测试居民","idNumber":"%s","phone":"137%08d"}
				""".formatted(username, idNumber, random.nextInt(100_000_000))).andExpect(status().isCreated());
		return new Resident(username, idNumber);
	}

	/** Drafts, attaches every material and submits; the application's id. */
	long submit(String username, String itemCode, String formJson, int materials) throws Exception {
		String body = mvc.perform(post("/api/services/applications").with(httpBasic(username, PASSWORD))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"itemCode\":\"" + itemCode + "\",\"form\":" + formJson + "}"))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString();
		long id = Long.parseLong(body.replaceAll("(?s)^\\{\"id\":(\\d+).*", "$1"));
		for (int position = 1; position <= materials; position++) {
			mvc.perform(multipart("/api/services/applications/{id}/materials/{p}", id, position)
				.file(new MockMultipartFile("file", "evidence.pdf", "application/pdf", PDF))
				.with(httpBasic(username, PASSWORD))).andExpect(status().isOk());
		}
		mvc.perform(post("/api/services/applications/{id}/submission", id).with(httpBasic(username, PASSWORD)))
			.andExpect(jsonPath("$.status").value("SUBMITTED"));
		return id;
	}

	/** The police department accepts, reviews and approves; the application's number. */
	String approve(long id) throws Exception {
		mvc.perform(post("/api/services/applications/{id}/acceptance", id).with(httpBasic("police", PASSWORD)))
			.andExpect(status().isOk());
		mvc.perform(post("/api/services/applications/{id}/review", id).with(httpBasic("police", PASSWORD)))
			.andExpect(status().isOk());
		mvc.perform(post("/api/services/applications/{id}/approval", id).with(httpBasic("police", PASSWORD)))
			.andExpect(jsonPath("$.status").value("APPROVED"));
		return number(id);
	}

	String number(long id) {
		return jdbc.sql("select number from services.application where id = :id")
			.param("id", id)
			.query(String.class)
			.single();
	}

	/** Waits for the registration an approved application writes; its id. */
	long registrationOf(String applicationNumber) {
		return await().atMost(Duration.ofSeconds(20))
			.until(() -> jdbc.sql("select id from residence.registration where application_number = :n")
				.param("n", applicationNumber)
				.query(Long.class)
				.optional(), java.util.Optional::isPresent)
			.orElseThrow();
	}

	/** A registration form at the first grid cell of the community, begun on the day. */
	static String registrationForm(String divisionCode, long gridCellId, java.time.LocalDate start) {
		return """
				{"divisionCode":"%s","gridCellId":"%d","addressLine":"铁西社区 5 号楼 2 单元 301","startDate":"%s",
				 "basis":"EMPLOYMENT","evidence":"劳动合同"}
				""".formatted(divisionCode, gridCellId, start);
	}

	static Map<String, Object> read(JsonMapper json, String body) {
		@SuppressWarnings("unchecked")
		Map<String, Object> map = json.readValue(body, Map.class);
		return map;
	}

}
