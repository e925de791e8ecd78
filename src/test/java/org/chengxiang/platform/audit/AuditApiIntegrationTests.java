package org.chengxiang.platform.audit;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.nullValue;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@SpringBootTest
@AutoConfigureMockMvc
class AuditApiIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	AuditTrail trail;

	@Test
	@WithMockUser(roles = "ADMIN")
	void adminPagesThroughEntriesOfASubject() throws Exception {
		String subject = UUID.randomUUID().toString();
		AuditEntry first = trail.record(AuditEvent.of("case.filed", "Case", subject, null, "{\"step\":\"立案\"}"));
		AuditEntry second = trail.record(AuditEvent.of("case.dispatched", "Case", subject, "{}", "{}"));
		AuditEntry third = trail.record(AuditEvent.of("case.closed", "Case", subject, "{}", "{}"));
		// the entries as chained after their commits, newest first
		List<AuditEntry> chained = trail.search(AuditQuery.ofSubject("Case", subject, 3));
		assertThat(chained).extracting(AuditEntry::id).containsExactly(third.id(), second.id(), first.id());

		mvc.perform(get("/api/audit/entries").param("subjectType", "Case")
			.param("subjectId", subject)
			.param("size", "2"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.items.length()").value(2))
			.andExpect(jsonPath("$.items[0].id").value(third.id()))
			.andExpect(jsonPath("$.items[0].action").value("case.closed"))
			.andExpect(jsonPath("$.items[0].hash").value(chained.get(0).hash()))
			.andExpect(jsonPath("$.items[0].prevHash").value(chained.get(1).hash()))
			.andExpect(jsonPath("$.items[1].id").value(second.id()))
			.andExpect(jsonPath("$.nextBeforeId").value(second.id()));

		mvc.perform(get("/api/audit/entries").param("subjectType", "Case")
			.param("subjectId", subject)
			.param("size", "2")
			.param("beforeId", String.valueOf(second.id())))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.items.length()").value(1))
			.andExpect(jsonPath("$.items[0].id").value(first.id()))
			.andExpect(jsonPath("$.items[0].after").value("{\"step\":\"立案\"}"))
			.andExpect(jsonPath("$.nextBeforeId").value(nullValue()));
	}

	@Test
	@WithMockUser(roles = "SUPERVISOR")
	void supervisorSearchesByActionAndDay() throws Exception {
		String subject = UUID.randomUUID().toString();
		AuditEntry entry = trail.record(AuditEvent.of("stock.issued", "Lot", subject, null, null));
		String today = LocalDate.now(ZoneId.of("Asia/Shanghai")).toString();

		mvc.perform(get("/api/audit/entries").param("action", "stock.issued")
			.param("subjectId", subject)
			.param("from", today)
			.param("to", today))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.items[0].id").value(entry.id()));
		mvc.perform(get("/api/audit/entries").param("subjectId", subject).param("to", "2020-01-01"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.items.length()").value(0));
	}

	@Test
	@WithMockUser(roles = "SUPERVISOR")
	void supervisorVerifiesTheChain() throws Exception {
		trail.record(AuditEvent.of("plan.imported", "Plan", 1, null, null));

		mvc.perform(get("/api/audit/verification"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.intact").value(true))
			.andExpect(jsonPath("$.checked").isNumber())
			.andExpect(jsonPath("$.brokenAt").value(nullValue()))
			.andExpect(jsonPath("$.reason").value(nullValue()));
	}

	@Test
	@WithMockUser(roles = "CLERK")
	void clerkIsForbidden() throws Exception {
		mvc.perform(get("/api/audit/entries")).andExpect(status().isForbidden());
		mvc.perform(get("/api/audit/verification")).andExpect(status().isForbidden());
	}

	@Test
	@WithMockUser(roles = "ADMIN")
	void pageSizeOutOfRangeIsABadRequest() throws Exception {
		for (String size : new String[] { "201", "0" }) {
			mvc.perform(get("/api/audit/entries").param("size", size))
				.andExpect(status().isBadRequest())
				.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
				.andExpect(jsonPath("$.status").value(400))
				.andExpect(jsonPath("$.field").value("size"))
				.andExpect(jsonPath("$.detail").value(containsString("每页条数")))
				.andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.not(containsString("page size must"))));
			mvc.perform(get("/api/audit/entries").param("size", size).param("lang", "en"))
				.andExpect(status().isBadRequest())
				.andExpect(jsonPath("$.detail").value(containsString("page size must be between 1 and 200")))
				.andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.not(containsString("每页条数"))));
		}
	}

	@Test
	@WithMockUser(roles = "ADMIN")
	void unreadableParametersAreBadRequests() throws Exception {
		mvc.perform(get("/api/audit/entries").param("size", "many"))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.field").value("size"));
		mvc.perform(get("/api/audit/entries").param("from", "2025-13-01"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.field").value("from"))
			.andExpect(jsonPath("$.messageZh").value(containsString("起始日期")))
			.andExpect(jsonPath("$.messageEn").value(containsString("yyyy-MM-dd")));
		mvc.perform(get("/api/audit/entries").param("beforeId", "x"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.field").value("beforeId"));
	}

	@Test
	@WithMockUser(roles = "ADMIN")
	void fromAfterToIsABadRequest() throws Exception {
		mvc.perform(get("/api/audit/entries").param("from", "2025-05-02").param("to", "2025-05-01"))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.field").value("from"));
	}

}
