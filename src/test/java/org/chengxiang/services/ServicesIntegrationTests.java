package org.chengxiang.services;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.chengxiang.directory.TestRegistrations.PASSWORD;

@SpringBootTest
@AutoConfigureMockMvc
@RecordApplicationEvents
class ServicesIntegrationTests {

	@org.springframework.beans.factory.annotation.Value("${chengxiang.services.file-dir}")
	Path fileDir;

	@Autowired
	ApplicationEvents events;

	static final byte[] PNG = { (byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0 };

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	org.chengxiang.platform.calendar.WorkingDayCalendar calendar;

	@Autowired
	java.time.Clock clock;

	@BeforeEach
	void item() throws Exception {
		TestItems.policeItem(mvc, jdbc, "TEST-CERT", "测试证明", """
				[{"name":"身份证照片","required":true,"formats":"JPEG,PNG","maxBytes":2048},{"name":"其他材料","required":false}]
				""");
		jdbc.sql("update services.application set status = 'WITHDRAWN' where item_code = 'TEST-CERT' and status in ('DRAFT','SUBMITTED','ACCEPTED','UNDER_REVIEW','CORRECTION_REQUESTED','RESUBMITTED')").update();
	}

	@Test
	void residentAppliesClerkAcceptsRequestsCorrectionAndApproves() throws Exception {
		long id = draft();
		mvc.perform(post("/api/services/applications/{id}/submission", id).with(httpBasic("resident", PASSWORD)))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("materials"))
			.andExpect(jsonPath("$.errors[0].message").value(containsString("身份证照片")))
			.andExpect(jsonPath("$.errors[0].message").value(org.hamcrest.Matchers.not(containsString("其他材料"))));
		upload(id, 1, PNG).andExpect(status().isOk()).andExpect(jsonPath("$.materials[0].contentType").value("PNG"));
		// a client that asks for a minimal answer gets the number and status, not the whole application
		mvc.perform(post("/api/services/applications/{id}/submission", id).with(httpBasic("resident", PASSWORD))
			.header("Prefer", "return=minimal"))
			.andExpect(status().isOk())
			.andExpect(header().string("Preference-Applied", "return=minimal"))
			.andExpect(jsonPath("$.status").value("SUBMITTED"))
			.andExpect(jsonPath("$.number").value(number(id)))
			.andExpect(jsonPath("$.timeline").doesNotExist());
		mvc.perform(get("/api/services/applications/{id}", id).with(httpBasic("resident", PASSWORD)))
			.andExpect(jsonPath("$.status").value("SUBMITTED"))
			.andExpect(jsonPath("$.timeline").isArray());

		// a second open application for the same item is refused, naming the first
		mvc.perform(post("/api/services/applications").with(httpBasic("resident", PASSWORD))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"itemCode\":\"TEST-CERT\",\"form\":{\"purpose\":\"again\"}}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail").value(containsString(number(id))));

		mvc.perform(post("/api/services/applications/{id}/approval", id).with(httpBasic("police", PASSWORD)))
			.andExpect(status().isConflict());
		mvc.perform(post("/api/services/applications/{id}/acceptance", id).with(httpBasic("police", PASSWORD)))
			.andExpect(jsonPath("$.status").value("ACCEPTED"))
			.andExpect(jsonPath("$.deadline").value(calendar.addWorkingDays(LocalDate.now(clock), 3).toString()));
		mvc.perform(post("/api/services/applications/{id}/review", id).with(httpBasic("police", PASSWORD)))
			.andExpect(jsonPath("$.status").value("UNDER_REVIEW"));
		mvc.perform(post("/api/services/applications/{id}/correction", id).with(httpBasic("police", PASSWORD))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"missing\":[]}")).andExpect(status().isBadRequest());
		mvc.perform(post("/api/services/applications/{id}/correction", id).with(httpBasic("police", PASSWORD))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"missing\":[\"身份证照片不清晰\",\"缺少户口簿首页\"],\"note\":\"请一并补齐\"}"))
			.andExpect(jsonPath("$.status").value("CORRECTION_REQUESTED"))
			.andExpect(jsonPath("$.correction.length()").value(2));
		mvc.perform(get("/api/services/applications/{id}", id).with(httpBasic("resident", PASSWORD)))
			.andExpect(jsonPath("$.correction[1]").value("缺少户口簿首页"));
		upload(id, 1, PNG).andExpect(status().isOk());
		mvc.perform(post("/api/services/applications/{id}/resubmission", id).with(httpBasic("resident", PASSWORD)))
			.andExpect(jsonPath("$.status").value("RESUBMITTED"));
		mvc.perform(post("/api/services/applications/{id}/approval", id).with(httpBasic("police", PASSWORD)))
			.andExpect(jsonPath("$.status").value("APPROVED"));
		mvc.perform(post("/api/services/applications/{id}/rating", id).with(httpBasic("resident", PASSWORD))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"level\":5,\"comment\":\"很方便\"}"))
			.andExpect(jsonPath("$.rating").value(5));

		assertThat(jdbc.sql("select count(*) from services.notification where application_id = :id").param("id", id)
			.query(Integer.class).single()).isGreaterThanOrEqualTo(4);
		assertThat(events.stream(ApplicationSubmitted.class).filter(e -> e.applicationId() == id)).hasSize(1);
		assertThat(events.stream(ApplicationDecided.class).filter(e -> e.applicationId() == id))
			.singleElement()
			.satisfies(e -> assertThat(e.approved()).isTrue());
		assertThat(jdbc.sql("select count(*) from platform.audit_entry where subject_type = 'application' and subject_id = :n")
			.param("n", number(id)).query(Integer.class).single()).isGreaterThanOrEqualTo(8);
	}

	@Test
	void draftForAnUnknownItemIsRefusedNamingTheField() throws Exception {
		mvc.perform(post("/api/services/applications").with(httpBasic("resident", PASSWORD))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"itemCode\":\"NO-SUCH-ITEM\",\"form\":{\"purpose\":\"x\"}}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("itemCode"));
	}

	@Test
	void deadlineCountsWorkingDaysAcrossNationalDayAndAddsCorrectionTime() {
		assertThat(calendar.addWorkingDays(LocalDate.of(2020, 9, 30), 3)).isEqualTo(LocalDate.of(2020, 10, 12));
		assertThat(calendar.addWorkingDays(LocalDate.of(2020, 9, 30), 3 + 2)).isEqualTo(LocalDate.of(2020, 10, 14));
	}

	@Test
	void oversizedOrFakeTypedUploadsAreRefusedAndLeaveNothing() throws Exception {
		long id = draft();
		long files = filesStored();
		byte[] big = new byte[4096];
		System.arraycopy(PNG, 0, big, 0, PNG.length);
		upload(id, 1, big).andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.errors[0].field").value("file"));
		upload(id, 1, "not an image, just text".getBytes()).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("file"));
		upload(id, 1, "%PDF-1.4 but the item wants images".getBytes()).andExpect(status().isBadRequest());
		assertThat(jdbc.sql("select count(*) from services.application_material where application_id = :id").param("id", id)
			.query(Integer.class).single()).isZero();
		assertThat(filesStored()).isEqualTo(files);
	}

	@Test
	void othersCannotSeeOrActOnAnApplication() throws Exception {
		long id = draft();
		upload(id, 1, PNG);
		mvc.perform(post("/api/services/applications/{id}/submission", id).with(httpBasic("resident", PASSWORD)))
			.andExpect(status().isOk());
		org.chengxiang.directory.TestRegistrations.register(mvc, ("""
				{"username":"otherresident","displayName":"李四","idNumber":"210882198808080036","phone":"13700000009"}
				"""));
		mvc.perform(get("/api/services/applications/{id}", id).with(httpBasic("otherresident", PASSWORD)))
			.andExpect(status().isNotFound());
		mvc.perform(post("/api/services/applications/{id}/acceptance", id).with(httpBasic("hrss", PASSWORD)))
			.andExpect(status().isNotFound());
		mvc.perform(get("/api/services/applications/{id}", id).with(httpBasic("hrss", PASSWORD)))
			.andExpect(status().isNotFound());
		mvc.perform(post("/api/services/inbox/search").with(httpBasic("police", PASSWORD))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"q\":\"210882199003071516\"}"))
			.andExpect(jsonPath("$[?(@.id == " + id + ")].applicantIdMasked").value(org.hamcrest.Matchers.hasItem("2108**********1516")));
		mvc.perform(post("/api/services/inbox/search").with(httpBasic("hrss", PASSWORD))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"q\":\"210882199003071516\"}"))
			.andExpect(jsonPath("$.length()").value(0));
		mvc.perform(get("/api/services/inbox").param("tray", "WAITING").with(httpBasic("police", PASSWORD)))
			.andExpect(jsonPath("$.items[?(@.id == " + id + ")]").isNotEmpty());
		mvc.perform(get("/api/services/inbox").with(httpBasic("resident", PASSWORD))).andExpect(status().isForbidden());
	}

	@Test
	void inboxSearchSaysWhichFormsItExpectsForTextThatIsNeither() throws Exception {
		for (String q : java.util.List.of("王小明", "210882199003071517", "2108821990", "210882-2020")) {
			mvc.perform(post("/api/services/inbox/search").with(httpBasic("police", PASSWORD))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"q\":\"" + q + "\"}"))
				.andExpect(status().isBadRequest())
				.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
				.andExpect(jsonPath("$.errors[0].field").value("q"))
				.andExpect(jsonPath("$.errors[0].message").value(org.hamcrest.Matchers.allOf(
						org.hamcrest.Matchers.containsString("办件编号"), org.hamcrest.Matchers.containsString("身份证号"))));
		}
		// a full-width, lower-case or padded ID number is the same number
		mvc.perform(post("/api/services/inbox/search").with(httpBasic("police", PASSWORD))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"q\":\" ２１０８８２１９９００３０７１５１６ \"}"))
			.andExpect(status().isOk());
	}

	@Test
	void formsAreStoredEncrypted() throws Exception {
		long id = draft();
		String row = jdbc.sql("select a::text from services.application a where id = :id").param("id", id).query(String.class)
			.single();
		assertThat(row).doesNotContain("办理测试").doesNotContain("210882199003071516");
	}

	private long draft() throws Exception {
		String body = mvc.perform(post("/api/services/applications").with(httpBasic("resident", PASSWORD))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"itemCode\":\"TEST-CERT\",\"form\":{\"purpose\":\"办理测试\"}}"))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.number").value(org.hamcrest.Matchers.matchesPattern("210882-\\d{8}-\\d{6}")))
			.andReturn()
			.getResponse()
			.getContentAsString();
		return Long.parseLong(body.replaceAll("(?s)^\\{\"id\":(\\d+).*", "$1"));
	}

	private org.springframework.test.web.servlet.ResultActions upload(long id, int position, byte[] content)
			throws Exception {
		return mvc.perform(multipart("/api/services/applications/{id}/materials/{p}", id, position)
			.file(new MockMultipartFile("file", "photo.pdf", "application/pdf", content))
			.with(httpBasic("resident", PASSWORD)));
	}

	private String number(long id) {
		return jdbc.sql("select number from services.application where id = :id").param("id", id).query(String.class).single();
	}

	private long filesStored() throws IOException {
		Path root = fileDir;
		if (!Files.exists(root)) {
			return 0;
		}
		try (Stream<Path> files = Files.walk(root)) {
			return files.filter(Files::isRegularFile).count();
		}
	}

}
