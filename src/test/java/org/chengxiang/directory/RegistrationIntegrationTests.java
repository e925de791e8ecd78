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
import static org.chengxiang.directory.TestRegistrations.PASSWORD;
import static org.chengxiang.directory.TestRegistrations.STRONG_PASSWORD;

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

	@Autowired
	LoggedPhoneCodes codes;

	@Test
	void residentRegistersAndIdentifiersAreStoredEncrypted() throws Exception {
		TestRegistrations.register(mvc, body("liming", ID_A, "13812345678"))
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
	void aWrongCodeIsRefusedFiveTimesAtMostAndARightCodeWorksOnce() throws Exception {
		String token = begin(body("codetries", "110105194912310097", "13812340004"));
		String code = codes.lastSentTo("13812340004").orElseThrow();
		String wrong = code.equals("000000") ? "111111" : "000000";
		confirm(token, wrong).andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("code"));
		confirm(token, code).andExpect(status().isCreated()).andExpect(jsonPath("$.username").value("codetries"));
		confirm(token, code).andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("code"));

		String other = begin(body("codeguess", "110105194912310118", "13812340005"));
		String right = codes.lastSentTo("13812340005").orElseThrow();
		for (int i = 0; i < 5; i++) {
			confirm(other, right.equals("00000" + i) ? "999999" : "00000" + i).andExpect(status().isBadRequest());
		}
		// five wrong codes used the request up: the right one comes too late
		confirm(other, right).andExpect(status().isBadRequest());
		assertThat(jdbc.sql("select count(*) from directory.app_user where username = 'codeguess'").query(Integer.class).single())
			.isZero();
	}

	@Test
	void aTakenIdNumberIsRefusedAtConfirmationWithoutSayingWhy() throws Exception {
		TestRegistrations.register(mvc, body("first", ID_B, "13912345678")).andExpect(status().isCreated());
		String token = begin(body("second", ID_B, "13912345670"));
		String byIdNumber = confirm(token, codes.lastSentTo("13912345670").orElseThrow())
			.andExpect(status().isBadRequest())
			.andReturn()
			.getResponse()
			.getContentAsString();
		String nameToken = begin(body("first", "110105194912310134", "13912345671"));
		String byName = confirm(nameToken, codes.lastSentTo("13912345671").orElseThrow())
			.andExpect(status().isBadRequest())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(byIdNumber).isEqualTo(byName).doesNotContain("idNumber").doesNotContain("身份证号已");
		assertThat(jdbc.sql("select count(*) from directory.app_user where username = 'second'").query(Integer.class).single())
			.isZero();
	}

	@Test
	void twoConfirmationsOfOneNameAtOnceMakeOneAccountAndOneNeutralRefusal() throws Exception {
		String one = begin(body("twins", "110105194912310177", "13812340007"));
		String codeOne = codes.lastSentTo("13812340007").orElseThrow();
		String two = begin(body("twins", "110105194912310193", "13812340008"));
		String codeTwo = codes.lastSentTo("13812340008").orElseThrow();
		java.util.concurrent.CyclicBarrier together = new java.util.concurrent.CyclicBarrier(2);
		java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(2);
		try {
			java.util.concurrent.Future<Integer> first = pool.submit(() -> {
				together.await();
				return confirm(one, codeOne).andReturn().getResponse().getStatus();
			});
			java.util.concurrent.Future<Integer> second = pool.submit(() -> {
				together.await();
				return confirm(two, codeTwo).andReturn().getResponse().getStatus();
			});
			assertThat(java.util.List.of(first.get(), second.get())).containsExactlyInAnyOrder(201, 400);
		}
		finally {
			pool.shutdownNow();
		}
		assertThat(jdbc.sql("select count(*) from directory.app_user where username = 'twins'").query(Integer.class).single())
			.isOne();
	}

	@Test
	void commonPasswordsAndPasswordsHoldingTheNameAreRefused() throws Exception {
		for (String password : new String[] { "Password1", "P@ssw0rd", PASSWORD, "Wangfang#2026" }) {
			mvc.perform(post("/api/residents").contentType(MediaType.APPLICATION_JSON)
				.content(body("wangfang", "110105194912310150", "13812340006").replace(STRONG_PASSWORD,
						password)))
				.andExpect(status().isBadRequest())
				.andExpect(jsonPath("$.errors[0].field").value("password"));
		}
	}

	@Test
	void takenAndFreeNamesAndIdNumbersGetTheSameAnswer() throws Exception {
		String taken = mvc.perform(post("/api/residents").contentType(MediaType.APPLICATION_JSON)
			.content(body("admin", DemoDirectory.DEMO_RESIDENT_ID, "13812340001")))
			.andExpect(status().isAccepted())
			.andReturn()
			.getResponse()
			.getContentAsString();
		String free = mvc.perform(post("/api/residents").contentType(MediaType.APPLICATION_JSON)
			.content(body("freename", "110105194912310038", "13812340002")))
			.andExpect(status().isAccepted())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(taken.replaceAll("\"confirmation\":\"[^\"]*\"", ""))
			.isEqualTo(free.replaceAll("\"confirmation\":\"[^\"]*\"", ""))
			.doesNotContain("已注册")
			.doesNotContain("已被使用");
		mvc.perform(post("/register").with(csrf())
			.param("username", "resident")
			.param("displayName", "李四")
			.param("idNumber", DemoDirectory.DEMO_RESIDENT_ID)
			.param("phone", "13700000002")
			.param("password", STRONG_PASSWORD)
			.param("confirmPassword", STRONG_PASSWORD))
			.andExpect(redirectedUrl("/register/confirm"));
	}

	@Test
	void theAccountExistsOnlyAfterThePhoneCodeIsConfirmed() throws Exception {
		mvc.perform(post("/api/residents").contentType(MediaType.APPLICATION_JSON)
			.content(body("notyet", "110105194912310054", "13812340003")))
			.andExpect(status().isAccepted());
		assertThat(jdbc.sql("select count(*) from directory.app_user where username = 'notyet'").query(Integer.class).single())
			.isZero();
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
			.param("password", STRONG_PASSWORD)
			.param("confirmPassword", STRONG_PASSWORD))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("has-error")));
		org.springframework.test.web.servlet.MvcResult sent = mvc.perform(post("/register").with(csrf())
			.param("username", "pageuser")
			.param("displayName", "李四")
			.param("idNumber", "11010519491231002X")
			.param("phone", "13700000001")
			.param("password", STRONG_PASSWORD)
			.param("confirmPassword", STRONG_PASSWORD))
			.andExpect(redirectedUrl("/register/confirm"))
			.andReturn();
		String page = mvc.perform(get("/register/confirm").flashAttrs(sent.getFlashMap()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		String token = page.replaceAll("(?s).*name=\"token\" value=\"([^\"]+)\".*", "$1");
		mvc.perform(post("/register/confirm").with(csrf()).param("token", token).param("code", "12345x"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("has-error")));
		mvc.perform(post("/register/confirm").with(csrf())
			.param("token", token)
			.param("code", codes.lastSentTo("13700000001").orElseThrow()))
			.andExpect(redirectedUrl("/login?registered"));
		assertThat(jdbc.sql("select count(*) from directory.app_user where username = 'pageuser'").query(Integer.class).single())
			.isOne();
	}

	@Test
	void administratorRevealsIdentifiersAndTheRevealIsAudited() throws Exception {
		long resident = jdbc.sql("select id from directory.app_user where username = 'resident'").query(Long.class).single();
		int before = audits(resident);
		mvc.perform(post("/api/directory/users/{id}/reveal", resident).with(httpBasic("admin", PASSWORD)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.idNumber").value(DemoDirectory.DEMO_RESIDENT_ID));
		assertThat(audits(resident)).isEqualTo(before + 1);
		mvc.perform(post("/api/directory/users/{id}/reveal", resident).with(httpBasic("supervisor", PASSWORD)))
			.andExpect(status().isForbidden());
		assertThat(audits(resident)).isEqualTo(before + 1);
	}

	@Test
	void administratorFindsAResidentByIdNumberThroughTheBlindIndex() throws Exception {
		mvc.perform(post("/api/directory/users/search-by-id-number").with(httpBasic("admin", PASSWORD))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"idNumber\":\"" + DemoDirectory.DEMO_RESIDENT_ID + "\"}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.username").value("resident"));
	}

	@Test
	void residentSeesOwnAccountMasked() throws Exception {
		mvc.perform(get("/api/directory/me").with(httpBasic("resident", PASSWORD)))
			.andExpect(jsonPath("$.idNumberMasked").value("2108**********1516"));
	}

	private int audits(long userId) {
		return jdbc.sql("select count(*) from platform.audit_entry where action = 'personal-data.revealed' and subject_id = :id")
			.param("id", String.valueOf(userId))
			.query(Integer.class)
			.single();
	}

	private String begin(String json) throws Exception {
		String sent = mvc.perform(post("/api/residents").contentType(MediaType.APPLICATION_JSON).content(json))
			.andExpect(status().isAccepted())
			.andReturn()
			.getResponse()
			.getContentAsString();
		return sent.replaceAll(".*\"confirmation\":\"([^\"]+)\".*", "$1").strip();
	}

	private org.springframework.test.web.servlet.ResultActions confirm(String token, String code) throws Exception {
		return mvc.perform(post("/api/residents/confirmations").contentType(MediaType.APPLICATION_JSON)
			.content("{\"confirmation\":\"" + token + "\",\"code\":\"" + code + "\"}"));
	}

	private static String body(String username, String idNumber, String phone) {
		return """
				{"username":"%s","displayName":"测试居民","idNumber":"%s","phone":"%s","password":"%s","confirmPassword":"%s"}
				""".formatted(username, idNumber, phone, STRONG_PASSWORD, STRONG_PASSWORD);
	}

}
