package org.chengxiang.services;

import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;


import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.chengxiang.directory.TestRegistrations.PASSWORD;

/**
 * The settlement guide's promise: the form is checked at submission, again at resubmission after a correction, and
 * eligibility once more when it is decided. Reproduces the case of a category closed while an application of it
 * waits for correction.
 */
@SpringBootTest
@AutoConfigureMockMvc
class RulesAtResubmissionAndApprovalIntegrationTests {

	static final String CATEGORY = "LEGAL_RESIDENCE_RENTED";

	static final byte[] PDF = "%PDF-1.4 evidence".getBytes();

	static final String FORM = """
			{"category":"LEGAL_RESIDENCE_RENTED","originHukouAddress":"辽宁省盖州市某村",
			 "destination":{"divisionCode":"210882003001","addressLine":"铁西社区 5 号楼 1 单元 101"},
			 "members":[], "evidence":"租赁合同",
			 "ruralRights":{"hasLandContract":false,"hasHomestead":false,"hasCollectiveIncome":false}}
			""";

	static final String RULE_IN_WORDS = "依据规则：落户类别须正在受理";

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@AfterEach
	void reopenTheCategory() throws Exception {
		category(true);
	}

	@Test
	void aCategoryClosedDuringTheCorrectionRefusesTheResubmission() throws Exception {
		String resident = TestResidents.register(mvc, "settler", "周补正");
		long id = waitingForCorrection(resident);
		category(false);

		mvc.perform(post("/api/services/applications/{id}/resubmission", id).with(httpBasic(resident, PASSWORD)))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("category"))
			.andExpect(jsonPath("$.errors[0].message", allOf(containsString("已暂停受理"), containsString(RULE_IN_WORDS),
					not(containsString("Policy")))));
		assertThat(statusOf(id)).isEqualTo("CORRECTION_REQUESTED");
		assertThat(steps(id, "resubmit")).isZero();
		// the same refusal a new application of the category meets
		mvc.perform(post("/api/services/applications").with(httpBasic(TestResidents.register(mvc, "newcomer", "吴新人"),
				PASSWORD)).contentType(MediaType.APPLICATION_JSON).content("{\"itemCode\":\"SETTLEMENT\",\"form\":" + FORM + "}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].message", containsString(RULE_IN_WORDS)));
		// on the page, the message says why
		mvc.perform(post("/services/applications/{id}/resubmission", id).with(httpBasic(resident, PASSWORD)).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("id=\"step-problems\""), containsString("已暂停受理"),
					containsString(RULE_IN_WORDS))));
		assertThat(statusOf(id)).isEqualTo("CORRECTION_REQUESTED");
	}

	@Test
	void aCategoryClosedBeforeTheDecisionRefusesTheApprovalSayingWhichRuleAndWritesNothing() throws Exception {
		String resident = TestResidents.register(mvc, "settler", "郑待批");
		long id = waitingForCorrection(resident);
		mvc.perform(post("/api/services/applications/{id}/resubmission", id).with(httpBasic(resident, PASSWORD)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("RESUBMITTED"));
		category(false);

		mvc.perform(post("/api/services/applications/{id}/approval", id).with(httpBasic("police", PASSWORD))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"opinion\":\"同意\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("category"))
			.andExpect(jsonPath("$.errors[0].message",
					allOf(containsString("按现行规则不能准予办结"), containsString(RULE_IN_WORDS))));
		mvc.perform(post("/api/services/applications/{id}/approval", id).param("lang", "en")
			.with(httpBasic("police", PASSWORD)))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].message",
					allOf(containsString("The current rules do not allow approval"),
							containsString("(rule: The settlement category must be open for applications)"),
							not(containsString("暂停")))));
		mvc.perform(post("/services/applications/{id}/approval", id).param("opinion", "同意")
			.with(httpBasic("police", PASSWORD)).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("按现行规则不能准予办结"), containsString(RULE_IN_WORDS),
					containsString("同意</textarea>"))));

		assertThat(statusOf(id)).isEqualTo("RESUBMITTED");
		assertThat(steps(id, "approve")).isZero();
		assertThat(jdbc.sql("select decision_opinion from services.application where id = :id").param("id", id)
			.query(String.class).optional().orElse(null)).isNull();
		assertThat(jdbc.sql("select count(*) from settlement.resident where application_number = :n")
			.param("n", number(id)).query(Long.class).single()).isZero();
		assertThat(jdbc.sql("select count(*) from platform.audit_entry where action = 'application.approve' and subject_id = :n")
			.param("n", number(id)).query(Long.class).single()).isZero();

		// reopened, the same application is approved
		category(true);
		mvc.perform(post("/api/services/applications/{id}/approval", id).with(httpBasic("police", PASSWORD)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("APPROVED"));
	}

	/** An application of the category, accepted, reviewed and sent back for a correction. */
	private long waitingForCorrection(String resident) throws Exception {
		String body = mvc.perform(post("/api/services/applications").with(httpBasic(resident, PASSWORD))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"itemCode\":\"SETTLEMENT\",\"form\":" + FORM + "}"))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString();
		long id = Long.parseLong(body.replaceAll("(?s)^\\{\"id\":(\\d+).*", "$1"));
		for (int position = 1; position <= 2; position++) {
			mvc.perform(multipart("/api/services/applications/{id}/materials/{p}", id, position)
				.file(new MockMultipartFile("file", "evidence.pdf", "application/pdf", PDF))
				.with(httpBasic(resident, PASSWORD))).andExpect(status().isOk());
		}
		mvc.perform(post("/api/services/applications/{id}/submission", id).with(httpBasic(resident, PASSWORD)))
			.andExpect(status().isOk());
		mvc.perform(post("/api/services/applications/{id}/acceptance", id).with(httpBasic("police", PASSWORD)))
			.andExpect(status().isOk());
		mvc.perform(post("/api/services/applications/{id}/review", id).with(httpBasic("police", PASSWORD)))
			.andExpect(status().isOk());
		mvc.perform(post("/api/services/applications/{id}/correction", id).with(httpBasic("police", PASSWORD))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"missing\":[\"租赁合同须经房产部门备案\"]}"))
			.andExpect(jsonPath("$.status").value("CORRECTION_REQUESTED"));
		return id;
	}

	/** The police open or close the category through the settlement API, as the rules page does. */
	private void category(boolean active) throws Exception {
		var rule = jdbc.sql("""
				select name, array_to_json(required_evidence)::text, min_residence_months, min_social_insurance_months, version
				from settlement.policy where category = :c
				""").param("c", CATEGORY).query((rs, n) -> List.of(rs.getString(1), rs.getString(2), rs.getInt(3),
				rs.getInt(4), rs.getInt(5))).single();
		mvc.perform(put("/api/settlement/policies/{c}", CATEGORY).with(httpBasic("police", PASSWORD))
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"name":"%s","requiredEvidence":%s,"minResidenceMonths":%d,"minSocialInsuranceMonths":%d,
					 "active":%s,"version":%d}
					""".formatted(rule.get(0), rule.get(1), rule.get(2), rule.get(3), active, rule.get(4))))
			.andExpect(status().isOk());
	}

	private String statusOf(long id) {
		return jdbc.sql("select status from services.application where id = :id").param("id", id).query(String.class)
			.single();
	}

	private String number(long id) {
		return jdbc.sql("select number from services.application where id = :id").param("id", id).query(String.class)
			.single();
	}

	private long steps(long id, String action) {
		return jdbc.sql("select count(*) from services.application_step where application_id = :id and action = :a")
			.param("id", id).param("a", action).query(Long.class).single();
	}

}
