package org.chengxiang.directory;

import java.util.Arrays;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@SpringBootTest
@AutoConfigureMockMvc
class RegistrationIntegrationTests {

	// checksum-valid numbers made up for the tests (大石桥市, born 1985-06-15 / 1992-12-01)
	static final String ID_A = "210882198506150019";

	static final String ID_B = "210882199212010023";

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Test
	void residentRegistersAndIdentifiersAreStoredEncrypted() throws Exception {
		mvc.perform(post("/api/residents").contentType(MediaType.APPLICATION_JSON).content(body("liming", ID_A, "13812345678")))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.role").value("RESIDENT"))
			.andExpect(jsonPath("$.idNumberMasked").value("2108**********0019"))
			.andExpect(jsonPath("$.phoneMasked").value("138****5678"));

		byte[][] stored = jdbc.sql("select id_number_enc, phone_enc from directory.app_user where username = 'liming'")
			.query((rs, n) -> new byte[][] { rs.getBytes(1), rs.getBytes(2) })
			.single();
		assertThat(new String(stored[0], java.nio.charset.StandardCharsets.ISO_8859_1)).doesNotContain(ID_A)
			.doesNotContain("0019");
		assertThat(new String(stored[1], java.nio.charset.StandardCharsets.ISO_8859_1)).doesNotContain("13812345678");
		// no column anywhere in the row holds the plaintext
		String row = jdbc.sql("select u::text from directory.app_user u where username = 'liming'").query(String.class).single();
		assertThat(row).doesNotContain(ID_A).doesNotContain("13812345678");
		assertThat(Arrays.equals(stored[0], ID_A.getBytes())).isFalse();
	}

	@Test
	void badIdNumberGetsAProblemNamingTheField() throws Exception {
		String wrongCheckDigit = ID_B.substring(0, 17) + "9";
		mvc.perform(post("/api/residents").contentType(MediaType.APPLICATION_JSON)
			.content(body("badid", wrongCheckDigit, "13812345679")))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.errors[0].field").value("idNumber"))
			.andExpect(jsonPath("$.errors[0].label").value("身份证号"))
			.andExpect(jsonPath("$.detail").value(containsString("身份证号")));
		assertThat(jdbc.sql("select count(*) from directory.app_user where username = 'badid'").query(Integer.class).single())
			.isZero();
	}

	@Test
	void secondRegistrationWithTheSameIdNumberIsRefused() throws Exception {
		mvc.perform(post("/api/residents").contentType(MediaType.APPLICATION_JSON).content(body("first", ID_B, "13912345678")))
			.andExpect(status().isCreated());
		mvc.perform(post("/api/residents").contentType(MediaType.APPLICATION_JSON).content(body("second", ID_B, "13912345670")))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("idNumber"));
	}

	@Test
	void weakPasswordAndMismatchAreRefused() throws Exception {
		mvc.perform(post("/api/residents").contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"username":"weakpw","displayName":"张三","idNumber":"%s","phone":"13700000000","password":"password","confirmPassword":"password"}
					""".formatted("11010519491231002X")))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("password"));
	}

	@Test
	void registrationPageShowsTheErrorOnTheField() throws Exception {
		mvc.perform(post("/register").with(csrf())
			.param("username", "pageuser")
			.param("displayName", "李四")
			.param("idNumber", "123")
			.param("phone", "13700000001")
			.param("password", "Chengxiang@2020")
			.param("confirmPassword", "Chengxiang@2020"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("has-error")));
		mvc.perform(post("/register").with(csrf())
			.param("username", "pageuser")
			.param("displayName", "李四")
			.param("idNumber", "11010519491231002X")
			.param("phone", "13700000001")
			.param("password", "Chengxiang@2020")
			.param("confirmPassword", "Chengxiang@2020"))
			.andExpect(redirectedUrl("/login?registered"));
	}

	@Test
	void administratorRevealsIdentifiersAndTheRevealIsAudited() throws Exception {
		long resident = jdbc.sql("select id from directory.app_user where username = 'resident'").query(Long.class).single();
		int before = audits(resident);
		mvc.perform(post("/api/directory/users/{id}/reveal", resident).with(httpBasic("admin", DemoDirectory.DEMO_PASSWORD)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.idNumber").value(DemoDirectory.DEMO_RESIDENT_ID));
		assertThat(audits(resident)).isEqualTo(before + 1);
		mvc.perform(post("/api/directory/users/{id}/reveal", resident).with(httpBasic("supervisor", DemoDirectory.DEMO_PASSWORD)))
			.andExpect(status().isForbidden());
		assertThat(audits(resident)).isEqualTo(before + 1);
	}

	@Test
	void administratorFindsAResidentByIdNumberThroughTheBlindIndex() throws Exception {
		mvc.perform(post("/api/directory/users/search-by-id-number").with(httpBasic("admin", DemoDirectory.DEMO_PASSWORD))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"idNumber\":\"" + DemoDirectory.DEMO_RESIDENT_ID + "\"}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.username").value("resident"));
	}

	@Test
	void residentSeesOwnAccountMasked() throws Exception {
		mvc.perform(get("/api/directory/me").with(httpBasic("resident", DemoDirectory.DEMO_PASSWORD)))
			.andExpect(jsonPath("$.idNumberMasked").value("2108**********1516"));
	}

	private int audits(long userId) {
		return jdbc.sql("select count(*) from platform.audit_entry where action = 'personal-data.revealed' and subject_id = :id")
			.param("id", String.valueOf(userId))
			.query(Integer.class)
			.single();
	}

	private static String body(String username, String idNumber, String phone) {
		return """
				{"username":"%s","displayName":"测试居民","idNumber":"%s","phone":"%s","password":"Chengxiang@2020","confirmPassword":"Chengxiang@2020"}
				""".formatted(username, idNumber, phone);
	}

}
