package org.chengxiang.platform.audit;

import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.UUID;

import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
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
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.chengxiang.directory.TestRegistrations.PASSWORD;

@SpringBootTest
@AutoConfigureMockMvc
class AuditPagesIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	AuditTrail trail;

	@Test
	void administratorsAndSupervisorsSeeTheTrailButClerksDoNot() throws Exception {
		String subject = UUID.randomUUID().toString();
		trail.record(AuditEvent.of("page.checked", "PageTest", subject, null, "{\"seen\":true}"));
		for (String user : List.of("admin", "supervisor")) {
			mvc.perform(get("/audit").accept(MediaType.TEXT_HTML).with(httpBasic(user, PASSWORD)))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("审计日志")))
				.andExpect(content().string(containsString(subject)))
				.andExpect(content().string(containsString("page.checked")));
		}
		mvc.perform(get("/audit").accept(MediaType.TEXT_HTML).with(httpBasic("police", PASSWORD)))
			.andExpect(status().isForbidden());
		mvc.perform(get("/audit/export.xlsx").with(httpBasic("police", PASSWORD))).andExpect(status().isForbidden());
	}

	@Test
	void filtersBySubjectAndShowsTheTimeWhereTheCityIs() throws Exception {
		String subject = UUID.randomUUID().toString();
		AuditEntry entry = trail.record(AuditEvent.of("page.filtered", "PageTest", subject, null, null));
		String shanghai = java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
			.withZone(java.time.ZoneId.of("Asia/Shanghai"))
			.format(entry.occurredAt());
		mvc.perform(get("/audit").param("subjectType", "PageTest")
			.param("subjectId", subject)
			.accept(MediaType.TEXT_HTML)
			.with(httpBasic("supervisor", PASSWORD)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(shanghai)))
			.andExpect(content().string(not(containsString("page.checked"))));
	}

	@Test
	void longStatesAreCutWithTheFullTextInDetails() throws Exception {
		String subject = UUID.randomUUID().toString();
		String longState = "{\"text\":\"" + "长".repeat(200) + "\"}";
		trail.record(AuditEvent.of("page.long", "PageTest", subject, null, longState));
		mvc.perform(get("/audit").param("subjectId", subject).with(httpBasic("admin", PASSWORD)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<details>")))
			.andExpect(content().string(containsString(longState.replace("\"", "&quot;"))));
	}

	@Test
	void loadsMoreRowsAfterAFullPage() throws Exception {
		String subject = UUID.randomUUID().toString();
		AuditEntry oldest = trail.record(AuditEvent.of("page.paged", "PageTest", subject, null, "{\"n\":0}"));
		for (int i = 1; i <= 50; i++) {
			trail.record(AuditEvent.of("page.paged", "PageTest", subject, null, "{\"n\":" + i + "}"));
		}
		mvc.perform(get("/audit").param("subjectId", subject).with(httpBasic("admin", PASSWORD)))
			.andExpect(content().string(containsString("hx-get=\"/audit/rows?beforeId=" + (oldest.id() + 1))))
			.andExpect(content().string(not(containsString("{&quot;n&quot;:0}"))));
		mvc.perform(get("/audit/rows").param("subjectId", subject)
			.param("beforeId", String.valueOf(oldest.id() + 1))
			.header("HX-Request", "true")
			.with(httpBasic("admin", PASSWORD)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("{&quot;n&quot;:0}")))
			.andExpect(content().string(not(containsString("<html"))))
			.andExpect(content().string(not(containsString("more-row"))));
	}

	@Test
	void verificationSaysTheChainIsIntact() throws Exception {
		trail.record(AuditEvent.of("page.verified", "PageTest", UUID.randomUUID(), null, null));
		mvc.perform(post("/audit/verification").header("HX-Request", "true")
			.with(csrf())
			.with(httpBasic("supervisor", PASSWORD)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("✓ 完整")))
			.andExpect(content().string(containsString(trail.headHash())))
			.andExpect(content().string(not(containsString("<html"))));
		mvc.perform(post("/audit/verification").header("HX-Request", "true")
			.with(csrf())
			.with(httpBasic("police", PASSWORD))).andExpect(status().isForbidden());
	}

	@Test
	void badDatesReRenderThePageWithTheError() throws Exception {
		mvc.perform(get("/audit").param("from", "2025-13-01").accept(MediaType.TEXT_HTML).with(httpBasic("admin", PASSWORD)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("起始日期应为 yyyy-MM-dd 格式的日期")))
			.andExpect(content().string(containsString("value=\"2025-13-01\"")));
		mvc.perform(get("/audit").param("from", "2025-03-02")
			.param("to", "2025-03-01")
			.accept(MediaType.TEXT_HTML)
			.with(httpBasic("admin", PASSWORD)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("起始日期不能晚于截止日期")));
		mvc.perform(get("/audit").param("to", "yesterday").param("lang", "en").with(httpBasic("admin", PASSWORD)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("To must be a date written yyyy-MM-dd")));
	}

	@Test
	void exportsTheFilteredEntriesAsExcel() throws Exception {
		String subject = UUID.randomUUID().toString();
		trail.record(AuditEvent.of("page.exported", "PageTest", subject, null, "{\"n\":1}"));
		trail.record(AuditEvent.of("page.exported", "PageTest", subject, "{\"n\":1}", "{\"n\":2}"));
		byte[] body = mvc.perform(get("/audit/export.xlsx").param("subjectId", subject).with(httpBasic("admin", PASSWORD)))
			.andExpect(status().isOk())
			.andExpect(content().contentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
			.andExpect(header().string("Content-Disposition", containsString("audit-trail.xlsx")))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		try (Workbook workbook = WorkbookFactory.create(new ByteArrayInputStream(body))) {
			Sheet sheet = workbook.getSheetAt(0);
			assertThat(sheet.getLastRowNum()).isEqualTo(2);
			assertThat(sheet.getRow(0).getCell(4).getStringCellValue()).isEqualTo("动作");
			assertThat(sheet.getRow(1).getCell(6).getStringCellValue()).isEqualTo(subject);
			assertThat(sheet.getRow(1).getCell(8).getStringCellValue()).isEqualTo("{\"n\":2}");
			assertThat(sheet.getRow(2).getCell(7).getStringCellValue()).isEmpty();
		}
		mvc.perform(get("/audit/export.xlsx").param("from", "nonsense").with(httpBasic("admin", PASSWORD)))
			.andExpect(status().isBadRequest());
	}

}
