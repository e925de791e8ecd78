package org.chengxiang.platform.audit;

import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.chengxiang.directory.Directory;
import org.chengxiang.platform.security.CurrentUsers;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.chengxiang.directory.TestRegistrations.PASSWORD;

/**
 * The audit trail reads as sentences naming people by name and unit, with the codes behind a toggle.
 */
@SpringBootTest
@AutoConfigureMockMvc
class AuditSentencesIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	AuditTrail trail;

	@Autowired
	Directory directory;

	@Test
	void anEntryReadsAsASentenceInTheReadersLanguageWithTheCodesBehindAToggle() throws Exception {
		String number = "210882-" + UUID.randomUUID().toString().substring(0, 8);
		CurrentUsers.runAs(directory.user("police").orElseThrow(),
				() -> trail.record(AuditEvent.of("application.approve", "application", number,
						Map.of("status", "UNDER_REVIEW"), Map.of("status", "APPROVED"))));
		mvc.perform(get("/audit").param("subjectId", number).accept(MediaType.TEXT_HTML)
			.with(httpBasic("supervisor", PASSWORD)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("公安局 张警官 准予办结 办件 " + number)))
			.andExpect(content().string(containsString("<details>")))
			.andExpect(content().string(containsString("<code>application.approve</code>")));
		mvc.perform(get("/audit").param("subjectId", number).param("lang", "en").accept(MediaType.TEXT_HTML)
			.with(httpBasic("supervisor", PASSWORD)))
			.andExpect(content().string(containsString("公安局 张警官 approved application " + number)));
	}

	@Test
	void theDailyJobAndTheSettlementCategoriesReadInWords() throws Exception {
		String subject = "LEGAL_RESIDENCE_OWNED";
		trail.record(AuditEvent.of("settlement.policy.changed", "SettlementPolicy", subject, null, null));
		mvc.perform(get("/audit").param("subjectType", "SettlementPolicy").param("subjectId", subject)
			.accept(MediaType.TEXT_HTML)
			.with(httpBasic("admin", PASSWORD)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("系统 修改 落户政策“合法稳定住所（自有住房）”")));
	}

}
