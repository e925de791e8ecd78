package org.chengxiang.services;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.chengxiang.platform.audit.AuditEntry;
import org.chengxiang.platform.audit.AuditQuery;
import org.chengxiang.platform.audit.AuditTrail;
import org.chengxiang.platform.crypto.PersonalDataProtector;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.chengxiang.platform.crypto.GeneratedIdNumbers;

import static org.assertj.core.api.Assertions.assertThat;
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
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.chengxiang.directory.TestRegistrations.PASSWORD;

/**
 * A household member's ID number, however it was typed, is stored once in its normal form, protected and
 * blind-indexed like the applicant's, shown masked, and seen in full only by the handling department, audited.
 */
@SpringBootTest
@AutoConfigureMockMvc
class MemberIdNumbersIntegrationTests {

	static final byte[] PDF = "%PDF-1.4 evidence".getBytes();

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	PersonalDataProtector protector;

	@Autowired
	AuditTrail audit;

	@Autowired
	StoredFormIdentifiers stored;

	@Test
	void aPaddedMemberNumberIsStoredNormalisedIndexedAndNeverShownInFullUnaudited() throws Exception {
		String resident = TestResidents.register(mvc, "member", "钱家长");
		String member = GeneratedIdNumbers.random();
		long id = draft(resident, "[]");
		String typed = "  " + fullWidth(member.substring(0, 6)) + member.substring(6).toLowerCase() + "   ";
		mvc.perform(put("/api/services/applications/{id}/form", id).with(httpBasic(resident, PASSWORD))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"version\":" + jdbc.sql("select version from services.application where id = :id")
				.param("id", id).query(Integer.class).single() + ",\"form\":" + form("[{\"name\":\"钱小宝\",\"idNumber\":\"" + typed + "\",\"relation\":\"CHILD\"}]")
					+ "}"))
			.andExpect(status().isOk());

		String stored = protector.decrypt(jdbc.sql("select form_enc from services.application where id = :id")
			.param("id", id)
			.query(byte[].class)
			.single());
		assertThat(stored).contains("\"idNumber\":\"" + member + "\"");
		assertThat(jdbc.sql("select count(*) from services.application_identifier where application_id = :id and id_number_idx = :idx")
			.param("id", id)
			.param("idx", protector.blindIndex(member))
			.query(Integer.class)
			.single()).isOne();

		for (int position = 1; position <= 2; position++) {
			mvc.perform(multipart("/api/services/applications/{id}/materials/{p}", id, position)
				.file(new MockMultipartFile("file", "evidence.pdf", "application/pdf", PDF))
				.with(httpBasic(resident, PASSWORD))).andExpect(status().isOk());
		}
		mvc.perform(post("/api/services/applications/{id}/submission", id).with(httpBasic(resident, PASSWORD)))
			.andExpect(jsonPath("$.status").value("SUBMITTED"));

		String masked = member.substring(0, 4) + "**********" + member.substring(14);
		mvc.perform(get("/services/applications/{id}", id).accept(MediaType.TEXT_HTML).with(httpBasic("police", PASSWORD)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(masked)))
			.andExpect(content().string(not(containsString(member))))
			.andExpect(content().string(not(containsString(member.substring(6, 14)))));
		mvc.perform(post("/api/services/inbox/search").with(httpBasic("police", PASSWORD))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"q\":\"" + member + "\"}"))
			.andExpect(jsonPath("$[0].id").value(id));

		String number = jdbc.sql("select number from services.application where id = :id").param("id", id)
			.query(String.class).single();
		int before = revealed(number).size();
		mvc.perform(post("/api/services/applications/{id}/identifiers", id).with(httpBasic("hrss", PASSWORD)))
			.andExpect(status().isNotFound());
		mvc.perform(post("/api/services/applications/{id}/identifiers", id).with(httpBasic(resident, PASSWORD)))
			.andExpect(status().isForbidden());
		assertThat(revealed(number)).hasSize(before);
		mvc.perform(post("/api/services/applications/{id}/identifiers", id).with(httpBasic("police", PASSWORD)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.identifiers[?(@.field == 'members[0].idNumber')].idNumber").value(member));
		assertThat(revealed(number)).hasSize(before + 1)
			.allSatisfy(entry -> assertThat(entry.actor()).isEqualTo("police"))
			.allSatisfy(entry -> assertThat(entry.detail() + entry.after()).doesNotContain(member));

		// on the page: a button that says it is recorded, and the numbers with whose they are
		mvc.perform(get("/services/applications/{id}", id).accept(MediaType.TEXT_HTML).with(httpBasic("police", PASSWORD)))
			.andExpect(content().string(containsString("查看完整身份证号")));
		mvc.perform(post("/services/applications/{id}/identifiers", id).with(csrf()).accept(MediaType.TEXT_HTML)
			.with(httpBasic("police", PASSWORD)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("钱小宝 " + member)))
			.andExpect(content().string(containsString("第 1 位随迁人员")))
			.andExpect(content().string(containsString("已记入审计日志")));
		assertThat(revealed(number)).hasSize(before + 2);
		mvc.perform(get("/services/applications/{id}", id).accept(MediaType.TEXT_HTML).with(httpBasic(resident, PASSWORD)))
			.andExpect(content().string(not(containsString("查看完整身份证号"))));
	}

	@Test
	void formsStoredBeforeAreNormalisedAndIndexedOnStart() {
		String member = GeneratedIdNumbers.random();
		String applicant = GeneratedIdNumbers.random();
		String typed = form("[{\"name\":\"孙小宝\",\"idNumber\":\" " + member.substring(0, 17) + "\u3000\",\"relation\":\"CHILD\"}]")
			.replace(member.substring(0, 17), member.substring(0, 17) + member.substring(17).toLowerCase());
		long id = jdbc.sql("""
				insert into services.application (number, item_code, department_id, applicant_user_id, applicant_name,
				    applicant_id_enc, applicant_id_idx, form_enc, online, status, created_at, identifiers_indexed)
				select '210882-19990101-' || lpad((floor(random() * 999999))::text, 6, '0'), 'SETTLEMENT', department_id,
				    -1, '孙家长', :enc, :idx, :form, true, 'APPROVED', now(), false
				from services.item where code = 'SETTLEMENT' returning id""")
			.param("enc", protector.encrypt(applicant))
			.param("idx", protector.blindIndex(applicant))
			.param("form", protector.encrypt(typed))
			.query(Long.class)
			.single();

		stored.run(null);

		assertThat(protector.decrypt(jdbc.sql("select form_enc from services.application where id = :id")
			.param("id", id).query(byte[].class).single())).contains("\"idNumber\":\"" + member + "\"");
		assertThat(jdbc.sql("select identifiers_indexed from services.application where id = :id").param("id", id)
			.query(Boolean.class).single()).isTrue();
		assertThat(jdbc.sql("select field from services.application_identifier where application_id = :id and id_number_idx = :idx")
			.param("id", id).param("idx", protector.blindIndex(member)).query(String.class).list())
			.containsExactly("members[0].idNumber");
	}

	private List<AuditEntry> revealed(String number) {
		return audit.search(new AuditQuery(null, "application.identifiers-revealed", "application", number, null, null,
				null, 100));
	}

	private long draft(String resident, String members) throws Exception {
		String body = mvc.perform(post("/api/services/applications").with(httpBasic(resident, PASSWORD))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"itemCode\":\"SETTLEMENT\",\"form\":" + form(members) + "}"))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString();
		return Long.parseLong(body.replaceAll("(?s)^\\{\"id\":(\\d+).*", "$1"));
	}

	private static String form(String members) {
		return """
				{"category":"LEGAL_RESIDENCE_RENTED","originHukouAddress":"辽宁省盖州市某村",
				 "destination":{"divisionCode":"210882003001","addressLine":"铁西社区 1 号楼 2 单元 301"},
				 "members":%s, "evidence":"租赁合同",
				 "ruralRights":{"hasLandContract":true,"hasHomestead":true,"hasCollectiveIncome":false}}
				""".formatted(members);
	}

	private static String fullWidth(String digits) {
		StringBuilder wide = new StringBuilder();
		digits.chars().forEach(c -> wide.append((char) (c - '0' + '０')));
		return wide.toString();
	}

}
