package org.chengxiang.settlement;

import java.time.LocalDate;
import java.util.List;

import org.chengxiang.services.ServiceItemHandler.Applicant;
import org.chengxiang.settlement.SettlementForm.Member;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.chengxiang.platform.crypto.GeneratedIdNumbers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.chengxiang.directory.TestRegistrations.PASSWORD;

/** The rules page police edit, and the registry page only police consult. */
@SpringBootTest
@AutoConfigureMockMvc
class SettlementPagesIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	HouseholdRegistry registry;

	@Test
	void everyoneReadsTheRulesAndOnlyPoliceChangeThem() throws Exception {
		mvc.perform(get("/settlement/policies").accept(MediaType.TEXT_HTML).with(httpBasic("resident", PASSWORD)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("人才及高校毕业生")))
			.andExpect(content().string(not(containsString("policy-OTHER-form"))));
		mvc.perform(get("/settlement/policies").accept(MediaType.TEXT_HTML).with(httpBasic("police", PASSWORD)))
			.andExpect(content().string(containsString("policy-OTHER-form")));
		int version = version();
		mvc.perform(change("zjj", version, "其他", "其他合法证明", "0", "0")).andExpect(status().isForbidden());

		// every bad field comes back beside its field, as typed; nothing changes
		mvc.perform(change("police", version, " ", "", "十二", "-1"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("请填写类别名称")))
			.andExpect(content().string(containsString("请至少列出一项证明材料")))
			.andExpect(content().string(containsString("请填写整数月数")))
			.andExpect(content().string(containsString("不能为负数")))
			.andExpect(content().string(containsString("value=\"十二\"")))
			.andExpect(content().string(containsString("<details open=\"open\"")));
		assertThat(version()).isEqualTo(version);

		// a change from an older version is refused as a whole
		mvc.perform(change("police", version - 1, "其他", "其他合法证明", "0", "0"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("已被他人修改")));
		assertThat(version()).isEqualTo(version);

		long audited = audited();
		mvc.perform(change("police", version, "其他", "其他合法证明\n户口簿", "0", "0"))
			.andExpect(redirectedUrl("/settlement/policies"));
		assertThat(version()).isEqualTo(version + 1);
		assertThat(jdbc.sql("select required_evidence::text from settlement.policy where category = 'OTHER'")
			.query(String.class).single()).contains("户口簿");
		assertThat(audited()).isEqualTo(audited + 1);
	}

	@Test
	void aRefusedChangeIsWordedInTheReadersLanguageOnly() throws Exception {
		int version = version();
		mvc.perform(change("police", version, " ", "", "十二", "-1").param("lang", "en"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Enter the category name")))
			.andExpect(content().string(containsString("List at least one piece of evidence")))
			.andExpect(content().string(containsString("Enter a whole number of months")))
			.andExpect(content().string(containsString("Cannot be negative")))
			.andExpect(content().string(not(containsString("请填写"))))
			.andExpect(content().string(not(containsString(" / "))));
		mvc.perform(change("police", version - 1, "其他", "其他合法证明", "0", "0").param("lang", "en"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("changed by someone else")));
		assertThat(version()).isEqualTo(version);
	}

	@org.junit.jupiter.api.AfterEach
	void removeMadeUpRegistryRows() {
		MadeUpRegistryRows.remove(jdbc);
	}

	@Test
	void policeListAndLookUpTheRegistryAndNobodyElseDoes() throws Exception {
		String head = GeneratedIdNumbers.random();
		String number = "210882-TEST-" + head.substring(10);
		registry.register(number, new Applicant(1, "孙登记", head),
				Forms.withMembers(Forms.form(), List.of(new Member("孙小登", GeneratedIdNumbers.random(), HouseholdRelation.CHILD))),
				LocalDate.of(2026, 12, 1));
		mvc.perform(get("/settlement/registry").accept(MediaType.TEXT_HTML).with(httpBasic("police", PASSWORD)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("href=\"/services/applications/number/" + number + "\"")))
			.andExpect(content().string(containsString("孙登记")))
			.andExpect(content().string(not(containsString(head))));
		long lookups = jdbc.sql("select count(*) from platform.audit_entry where action = 'settlement.registry.looked-up'")
			.query(Long.class).single();
		mvc.perform(post("/settlement/registry").with(csrf()).param("idNumber", head).accept(MediaType.TEXT_HTML)
			.with(httpBasic("police", PASSWORD)))
			.andExpect(content().string(containsString("孙小登")))
			.andExpect(content().string(containsString(head.substring(0, 4) + "**********" + head.substring(14))))
			.andExpect(content().string(not(containsString(head))));
		assertThat(jdbc.sql("select count(*) from platform.audit_entry where action = 'settlement.registry.looked-up'")
			.query(Long.class).single()).isEqualTo(lookups + 1);
		mvc.perform(post("/settlement/registry").with(csrf()).param("idNumber", "210882199001011234")
			.accept(MediaType.TEXT_HTML).with(httpBasic("police", PASSWORD)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("aria-invalid=\"true\"")))
			.andExpect(content().string(containsString("value=\"210882199001011234\"")));
		mvc.perform(post("/settlement/registry").with(csrf()).param("idNumber", GeneratedIdNumbers.random())
			.accept(MediaType.TEXT_HTML).with(httpBasic("police", PASSWORD)))
			.andExpect(content().string(containsString("没有查到")));
		mvc.perform(post("/settlement/registry").with(csrf()).param("idNumber", head).accept(MediaType.TEXT_HTML)
			.with(httpBasic("zjj", PASSWORD)))
			.andExpect(status().isForbidden());
		for (String user : List.of("zjj", "resident", "supervisor")) {
			mvc.perform(get("/settlement/registry").accept(MediaType.TEXT_HTML).with(httpBasic(user, PASSWORD)))
				.andExpect(status().isForbidden());
		}
		mvc.perform(get("/").accept(MediaType.TEXT_HTML).with(httpBasic("police", PASSWORD)))
			.andExpect(content().string(containsString("href=\"/settlement/registry\"")));
		mvc.perform(get("/").accept(MediaType.TEXT_HTML).with(httpBasic("zjj", PASSWORD)))
			.andExpect(content().string(not(containsString("href=\"/settlement/registry\""))));
	}

	private org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder change(String user, int version, String name,
			String evidence, String residence, String insurance) {
		return post("/settlement/policies/OTHER").with(csrf()).with(httpBasic(user, PASSWORD))
			.param("version", String.valueOf(version))
			.param("name", name)
			.param("requiredEvidence", evidence)
			.param("minResidenceMonths", residence)
			.param("minSocialInsuranceMonths", insurance)
			.param("active", "true");
	}

	private int version() {
		return jdbc.sql("select version from settlement.policy where category = 'OTHER'").query(Integer.class).single();
	}

	private long audited() {
		return jdbc.sql("select count(*) from platform.audit_entry where action = 'settlement.policy.changed'")
			.query(Long.class).single();
	}

}
