package org.chengxiang.settlement;

import org.springframework.jdbc.core.simple.JdbcClient;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.Test;

import org.chengxiang.platform.audit.AuditEntry;
import org.chengxiang.platform.audit.AuditQuery;
import org.chengxiang.platform.audit.AuditTrail;
import org.chengxiang.services.ApplicationDecided;
import org.chengxiang.services.ServiceApplications.SubmittedForm;
import org.chengxiang.services.ServiceItemHandler.Applicant;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import tools.jackson.databind.json.JsonMapper;
import org.chengxiang.platform.crypto.GeneratedIdNumbers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.chengxiang.directory.TestRegistrations.PASSWORD;

@SpringBootTest
@AutoConfigureMockMvc
class SettlementApiIntegrationTests {

	@org.springframework.beans.factory.annotation.Autowired
	JdbcClient registryRows;

	@org.junit.jupiter.api.AfterEach
	void removeMadeUpRegistryRows() {
		MadeUpRegistryRows.remove(registryRows);
	}

	@Autowired
	java.time.Clock clock;

	@Autowired
	MockMvc mvc;

	@Autowired
	SettlementRules rules;

	@Autowired
	HouseholdRegistry registry;

	@Autowired
	AuditTrail audit;

	@Autowired
	JsonMapper json;

	@Test
	void everyoneSignedInReadsTheRulesAndNoneRestrictsResidence() throws Exception {
		mvc.perform(get("/api/settlement/policies").with(httpBasic("resident", PASSWORD)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$", hasSize(8)))
			.andExpect(jsonPath("$[*].category").value(containsInAnyOrder("LEGAL_RESIDENCE_OWNED",
					"LEGAL_RESIDENCE_RENTED", "LEGAL_EMPLOYMENT", "FAMILY_SPOUSE", "FAMILY_CHILD", "FAMILY_PARENT",
					"TALENT_GRADUATE", "OTHER")))
			.andExpect(jsonPath("$[*].minResidenceMonths").value(everyItem(is(0))))
			.andExpect(jsonPath("$[*].minSocialInsuranceMonths").value(everyItem(is(0))));
	}

	@Test
	void policeChangeARuleWithTheChangeAudited() throws Exception {
		SettlementRule before = rules.find(SettlementCategory.TALENT_GRADUATE).orElseThrow();
		try {
			mvc.perform(put("/api/settlement/policies/TALENT_GRADUATE").with(httpBasic("police", PASSWORD))
				.contentType(MediaType.APPLICATION_JSON)
				.content(change("人才及高校毕业生", 6, before.version(), true)))
				.andExpect(status().isOk())
				.andExpect(jsonPath("$.minResidenceMonths").value(6))
				.andExpect(jsonPath("$.version").value(before.version() + 1))
				.andExpect(jsonPath("$.requiredEvidence[1]").value("学信网学历证明"));
			AuditEntry entry = audit.search(AuditQuery.ofSubject("SettlementPolicy", "TALENT_GRADUATE", 1)).get(0);
			assertThat(entry.action()).isEqualTo("settlement.policy.changed");
			assertThat(entry.actor()).isEqualTo("police");
			assertThat(entry.before()).contains("\"minResidenceMonths\":0");
			assertThat(entry.after()).contains("\"minResidenceMonths\":6").contains("学信网学历证明");
			// the rule now refuses by data, without a change of code
			SettlementDecision decision = SettlementDecision.decide(
					Forms.form(SettlementCategory.TALENT_GRADUATE, Forms.NO_RURAL_RIGHTS).decisionView(),
					new PolicyFacts(rules.find(SettlementCategory.TALENT_GRADUATE), Optional.of(Forms.TIEXI),
							Optional.of(Forms.TIEXI_GRID), false, Set.of()));
			assertThat(decision.rejections()).extracting(Rejection::policy).containsExactly("noMinimumResidencePolicy");
		}
		finally {
			restore(before);
		}
	}

	@Test
	void administratorsMayChangeRulesToo() throws Exception {
		SettlementRule before = rules.find(SettlementCategory.OTHER).orElseThrow();
		try {
			mvc.perform(put("/api/settlement/policies/OTHER").with(httpBasic("admin", PASSWORD))
				.contentType(MediaType.APPLICATION_JSON)
				.content(change("其他", 0, before.version(), false)))
				.andExpect(status().isOk())
				.andExpect(jsonPath("$.active").value(false));
		}
		finally {
			restore(before);
		}
	}

	@Test
	void staffOfOtherDepartmentsAndResidentsCannotChangeRules() throws Exception {
		SettlementRule before = rules.find(SettlementCategory.OTHER).orElseThrow();
		for (String user : List.of("hrss", "drc", "supervisor", "resident")) {
			mvc.perform(put("/api/settlement/policies/OTHER").with(httpBasic(user, PASSWORD))
				.contentType(MediaType.APPLICATION_JSON)
				.content(change("其他", 24, before.version(), true)))
				.andExpect(status().isForbidden())
				.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
		}
		assertThat(rules.find(SettlementCategory.OTHER)).contains(before);
	}

	@Test
	void badInputAnswersAProblemNamingEachFieldAndChangesNothing() throws Exception {
		SettlementRule before = rules.find(SettlementCategory.FAMILY_SPOUSE).orElseThrow();
		mvc.perform(put("/api/settlement/policies/FAMILY_SPOUSE").with(httpBasic("police", PASSWORD))
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{ "name": " ", "requiredEvidence": [], "minResidenceMonths": -1,
					  "minSocialInsuranceMonths": 241, "active": true, "version": %d }""".formatted(before.version())))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.errors[*].field").value(containsInAnyOrder("name", "requiredEvidence",
					"minResidenceMonths", "minSocialInsuranceMonths")))
			.andExpect(jsonPath("$.errors[?(@.field == 'minResidenceMonths')].label").value("居住年限要求（月）"));
		mvc.perform(put("/api/settlement/policies/MOVING_IN").with(httpBasic("police", PASSWORD))
			.contentType(MediaType.APPLICATION_JSON)
			.content(change("迁入", 0, 0, true)))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("category"));
		assertThat(rules.find(SettlementCategory.FAMILY_SPOUSE)).contains(before);
	}

	@Test
	void aChangeFromAnOutdatedVersionIsRefused() throws Exception {
		SettlementRule before = rules.find(SettlementCategory.FAMILY_PARENT).orElseThrow();
		mvc.perform(put("/api/settlement/policies/FAMILY_PARENT").with(httpBasic("police", PASSWORD))
			.contentType(MediaType.APPLICATION_JSON)
			.content(change("父母投靠子女", 0, before.version() + 5, true)))
			.andExpect(status().isConflict());
		assertThat(rules.find(SettlementCategory.FAMILY_PARENT)).contains(before);
	}

	@Test
	void policeFindARegisteredPersonWithIdNumbersMasked() throws Exception {
		String applicantId = GeneratedIdNumbers.random();
		String memberId = GeneratedIdNumbers.random();
		long id = ThreadLocalRandom.current().nextLong(1_000_000, Long.MAX_VALUE);
		String number = "210882-20201201-" + id;
		String form = """
				{ "category": "FAMILY_SPOUSE", "originHukouAddress": "辽宁省营口市老边区某村",
				  "destination": { "divisionCode": "210882004001", "addressLine": "永宁社区 3 号楼 502" },
				  "members": [ { "name": "赵小丽", "idNumber": "%s", "relation": "CHILD" } ],
				  "evidence": "结婚证", "ruralRights": { "hasLandContract": false, "hasHomestead": false,
				  "hasCollectiveIncome": false } }""".formatted(memberId);
		new SettlementApprovals((applicationId, item) -> Optional.of(new SubmittedForm(id, number,
				new Applicant(9, "赵大勇", applicantId), form)), registry, json, clock)
			.on(new ApplicationDecided(id, number, "SETTLEMENT", true, 9, false, 4, Instant.now()));

		mvc.perform(lookUp(memberId).with(httpBasic("police", PASSWORD)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.applicationNumber").value(number))
			.andExpect(jsonPath("$.divisionCode").value("210882004001"))
			.andExpect(jsonPath("$.persons[*].name").value(containsInAnyOrder("赵大勇", "赵小丽")))
			.andExpect(jsonPath("$.persons[0].relation").value("HEAD"))
			.andExpect(jsonPath("$.persons[0].idNumber")
				.value(applicantId.substring(0, 4) + "**********" + applicantId.substring(14)))
			.andExpect(content().string(not(containsString(applicantId))))
			.andExpect(content().string(not(containsString(memberId))));
		for (String user : List.of("hrss", "admin", "resident")) {
			mvc.perform(lookUp(memberId).with(httpBasic(user, PASSWORD))).andExpect(status().isForbidden());
		}
		mvc.perform(lookUp("210882199001011234").with(httpBasic("police", PASSWORD)))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("idNumber"));
		mvc.perform(lookUp(GeneratedIdNumbers.random()).with(httpBasic("police", PASSWORD))).andExpect(status().isNotFound());
	}

	@Test
	void theRegistryIsNotLookedUpWithAnIdNumberInTheAddress() throws Exception {
		mvc.perform(get("/api/settlement/registry").param("idNumber", GeneratedIdNumbers.random())
			.with(httpBasic("police", PASSWORD)))
			.andExpect(status().isMethodNotAllowed())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
	}

	private static MockHttpServletRequestBuilder lookUp(String idNumber) {
		return post("/api/settlement/registry").contentType(MediaType.APPLICATION_JSON)
			.content("{\"idNumber\": \"" + idNumber + "\"}");
	}

	private String change(String name, int residenceMonths, int version, boolean active) {
		return """
				{ "name": "%s", "requiredEvidence": ["毕业证书", "学信网学历证明"], "minResidenceMonths": %d,
				  "minSocialInsuranceMonths": 0, "active": %s, "version": %d }"""
			.formatted(name, residenceMonths, active, version);
	}

	private void restore(SettlementRule rule) {
		SettlementRule current = rules.find(rule.category()).orElseThrow();
		rules.change(rule.category(), new ChangeRule(rule.name(), rule.requiredEvidence(), rule.minResidenceMonths(),
				rule.minSocialInsuranceMonths(), rule.active(), current.version()));
	}

}
