package org.chengxiang.training;

import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.chengxiang.directory.TestRegistrations.PASSWORD;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The human resources bureau approves, suspends and reinstates providers; the other bureaus read, provider staff and
 * other clerks are refused; bad input is refused by its field with nothing written. Each test makes its own
 * providers with made-up, checksum-valid credit codes.
 */
@SpringBootTest
@AutoConfigureMockMvc
class ProvidersIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Test
	void theBureauRegistersAnInstitutionAsADirectoryBodyThenSuspendsAndReinstatesIt() throws Exception {
		String code = creditCode();
		String name = "测试职业培训学校" + code.substring(8, 14);
		String body = json(name, code, "INSTITUTION", "（辽）人社民办 " + code.substring(10, 16), "138 1234 5678");

		mvc.perform(post("/api/training/providers").with(httpBasic("hrss", PASSWORD)).with(csrf())
			.contentType(MediaType.APPLICATION_JSON).content(body))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.status").value("APPROVED"))
			.andExpect(jsonPath("$.contactPhone").value("138****5678"))
			.andExpect(jsonPath("$.aboveScale").value(false));
		long id = providerId(code);
		assertThat(jdbc.sql("select kind from directory.department where code = :code").param("code", "TP-" + code)
			.query(String.class).single()).isEqualTo("TRAINING_PROVIDER");
		assertThat(jdbc.sql("select contact_phone_enc from training.provider where id = :id").param("id", id)
			.query(byte[].class).single()).asString().doesNotContain("13812345678");

		// the finance bureau and the supervision office read it, but only the human resources bureau acts
		mvc.perform(get("/api/training/providers/{id}", id).with(httpBasic("finance", PASSWORD)))
			.andExpect(status().isOk()).andExpect(jsonPath("$.name").value(name));
		mvc.perform(post("/api/training/providers/{id}/suspension", id).with(httpBasic("finance", PASSWORD)).with(csrf())
			.contentType(MediaType.APPLICATION_JSON).content("{\"version\":0,\"reason\":\"x\"}"))
			.andExpect(status().isForbidden());

		mvc.perform(post("/api/training/providers/{id}/suspension", id).with(httpBasic("hrss", PASSWORD)).with(csrf())
			.contentType(MediaType.APPLICATION_JSON).content("{\"version\":0,\"reason\":\"年检未通过\"}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("SUSPENDED"));
		// a second suspension is a step the state refuses; an old version is stale
		mvc.perform(post("/api/training/providers/{id}/suspension", id).with(httpBasic("hrss", PASSWORD)).with(csrf())
			.contentType(MediaType.APPLICATION_JSON).content("{\"version\":1,\"reason\":\"再次\"}"))
			.andExpect(status().isConflict());
		mvc.perform(post("/api/training/providers/{id}/reinstatement", id).with(httpBasic("hrss", PASSWORD)).with(csrf())
			.contentType(MediaType.APPLICATION_JSON).content("{\"version\":0}"))
			.andExpect(status().isConflict());
		mvc.perform(post("/training/providers/{id}/reinstatement", id).with(httpBasic("hrss", PASSWORD)).with(csrf())
			.param("version", "1"))
			.andExpect(status().is3xxRedirection());
		assertThat(jdbc.sql("select status from training.provider where id = :id").param("id", id)
			.query(String.class).single()).isEqualTo("APPROVED");
		assertThat(jdbc.sql("""
				select action from platform.audit_entry where subject_type = 'TrainingProvider' and subject_id = :id
				order by id
				""").param("id", String.valueOf(id)).query(String.class).list())
			.containsExactly("training.provider.approved", "training.provider.suspended", "training.provider.reinstated");

		mvc.perform(get("/training/providers/{id}", id).with(httpBasic("supervisor", PASSWORD)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("138****5678")))
			.andExpect(content().string(not(containsString("13812345678"))));
	}

	@Test
	void providerStaffAndAnotherBureausClerkAreRefused() throws Exception {
		for (String user : new String[] { "school01", "police", "resident" }) {
			mvc.perform(get("/api/training/providers").with(httpBasic(user, PASSWORD))).andExpect(status().isForbidden());
			mvc.perform(get("/training/providers").with(httpBasic(user, PASSWORD))).andExpect(status().isForbidden());
		}
		String code = creditCode();
		for (String user : new String[] { "school01", "police", "finance", "admin" }) {
			mvc.perform(post("/api/training/providers").with(httpBasic(user, PASSWORD)).with(csrf())
				.contentType(MediaType.APPLICATION_JSON)
				.content(json("拒绝测试企业" + code.substring(9, 15), code, "ENTERPRISE", null, "13912345678")))
				.andExpect(status().isForbidden());
		}
		assertThat(count(code)).isZero();
	}

	@Test
	void badInputIsRefusedNamingTheFieldAndNothingIsWritten() throws Exception {
		String code = creditCode();
		String wrongCheck = code.substring(0, 17) + (code.charAt(17) == '0' ? '1' : '0');
		long departments = departments();

		mvc.perform(post("/api/training/providers").with(httpBasic("hrss", PASSWORD)).with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content(json("校验位错误学校" + code.substring(9, 15), wrongCheck, "INSTITUTION", "许可 1", "13812345678")))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field").value(hasItem("creditCode")));
		// an institution without its licence
		mvc.perform(post("/api/training/providers").with(httpBasic("hrss", PASSWORD)).with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content(json("无许可证学校" + code.substring(9, 15), code, "INSTITUTION", "", "13812345678")))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field").value(hasItem("licenceNumber")));
		mvc.perform(post("/api/training/providers").with(httpBasic("hrss", PASSWORD)).with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content(json("电话错误企业" + code.substring(9, 15), code, "ENTERPRISE", null, "1381234")))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field").value(hasItem("contactPhone")));
		assertThat(count(code)).isZero();
		assertThat(count(wrongCheck)).isZero();
		assertThat(departments()).isEqualTo(departments);

		// the page shows the form again, as typed, with the message beside the field
		mvc.perform(post("/training/providers").with(httpBasic("hrss", PASSWORD)).with(csrf())
			.param("name", "页面测试学校" + code.substring(9, 15)).param("creditCode", wrongCheck)
			.param("kind", "INSTITUTION").param("licenceNumber", "许可 2").param("contactName", "周老师")
			.param("contactPhone", "13812345678").param("approvedOn", "2025-03-01"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("value=\"" + wrongCheck + "\"")))
			.andExpect(content().string(containsString("统一社会信用代码的校验位不对")))
			.andExpect(content().string(containsString("value=\"页面测试学校" + code.substring(9, 15) + "\"")));
		assertThat(count(wrongCheck)).isZero();
		assertThat(departments()).isEqualTo(departments);
	}

	/** A made-up, checksum-valid credit code with a random organisation part. */
	static String creditCode() {
		StringBuilder code = new StringBuilder("91210882");
		ThreadLocalRandom random = ThreadLocalRandom.current();
		for (int i = 0; i < 9; i++) {
			code.append(CreditCodes.CHARACTERS.charAt(random.nextInt(CreditCodes.CHARACTERS.length())));
		}
		return CreditCodes.withCheck(code.toString());
	}

	private static String json(String name, String code, String kind, String licence, String phone) {
		return """
				{"name":"%s","creditCode":"%s","kind":"%s","licenceNumber":%s,"aboveScale":false,"manyMigrants":false,
				 "contactName":"周老师","contactPhone":"%s","approvedOn":"2025-03-01"}
				""".formatted(name, code, kind, licence == null ? "null" : "\"" + licence + "\"", phone);
	}

	private long providerId(String code) {
		return jdbc.sql("select id from training.provider where credit_code = :code").param("code", code)
			.query(Long.class).single();
	}

	private long count(String code) {
		return jdbc.sql("select count(*) from training.provider where credit_code = :code").param("code", code)
			.query(Long.class).single();
	}

	private long departments() {
		return jdbc.sql("select count(*) from directory.department").query(Long.class).single();
	}

}
