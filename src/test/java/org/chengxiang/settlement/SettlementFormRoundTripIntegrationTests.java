package org.chengxiang.settlement;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.chengxiang.platform.crypto.Masking;
import org.chengxiang.platform.crypto.PersonalDataProtector;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import org.chengxiang.platform.crypto.GeneratedIdNumbers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.chengxiang.directory.TestRegistrations.PASSWORD;

/**
 * What is typed in the settlement form is what comes back after a problem, what is stored, and what the application
 * page shows, for every field of the form: the members' relations, 补充说明 and the rural-rights answers included.
 */
@SpringBootTest
@AutoConfigureMockMvc
class SettlementFormRoundTripIntegrationTests {

	/** 腰屯村委会 under 水源镇: two other towns have a 腰屯村委会 too. */
	static final String PLACE = "210882101221";

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	JsonMapper json;

	@Autowired
	PersonalDataProtector protector;

	@Test
	void everyFieldComesBackAfterAProblemIsStoredAndIsShownInWords() throws Exception {
		String applicantId = GeneratedIdNumbers.of("210881", LocalDate.of(1985, 3, 14), 17);
		org.chengxiang.directory.TestRegistrations.register(mvc, ("""
				{"username":"roundtrip","displayName":"钱往返","idNumber":"%s","phone":"13700000077"}
				""".formatted(applicantId))).andExpect(status().isCreated());
		String spouse = GeneratedIdNumbers.of("210881", LocalDate.of(1986, 5, 2), 20);
		String child = GeneratedIdNumbers.of("210881", LocalDate.of(2012, 9, 1), 31);
		String parent = GeneratedIdNumbers.of("210881", LocalDate.of(1958, 1, 23), 42);
		String wrongCheck = child.substring(0, 17) + (child.charAt(17) == '1' ? "2" : "1");

		Map<String, String> typed = new LinkedHashMap<>();
		typed.put("f.category", "LEGAL_RESIDENCE_RENTED");
		typed.put("f.originHukouAddress", "辽宁省盖州市九寨镇五里墩村 3 组");
		typed.put("f.destination.divisionCode", PLACE);
		typed.put("f.destination.addressLine", "腰屯村 12 号");
		typed.put("f.members[0].name", "阿依古丽・买买提");
		typed.put("f.members[0].idNumber", spouse);
		typed.put("f.members[0].relation", "SPOUSE");
		typed.put("f.members[1].name", "钱小往");
		typed.put("f.members[1].idNumber", wrongCheck);
		typed.put("f.members[1].relation", "CHILD");
		typed.put("f.members[2].name", "钱老往");
		typed.put("f.members[2].idNumber", parent);
		typed.put("f.members[2].relation", "PARENT");
		typed.put("f.evidence", "房屋租赁合同及登记备案证明");
		typed.put("f.residenceMonths", "30");
		typed.put("f.socialInsuranceMonths", "18");
		typed.put("f.ruralRights.hasLandContract", "true");
		typed.put("f.ruralRights.hasHomestead", "false");
		typed.put("f.ruralRights.hasCollectiveIncome", "true");
		typed.put("f.ruralRights.statement", "保留原村承包地 2.5 亩，由父亲耕种");

		// once with a problem: the form comes back as typed, the problem beside its field, no field path in sight
		String page = mvc.perform(form(typed)).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString();
		assertThat(selected(page, "f.category")).isEqualTo("LEGAL_RESIDENCE_RENTED");
		assertThat(input(page, "f.originHukouAddress")).isEqualTo(typed.get("f.originHukouAddress"));
		assertThat(selected(page, "f.destination.divisionCode")).isEqualTo(PLACE);
		assertThat(selected(page, "town")).isEqualTo("210882101000");
		assertThat(input(page, "f.destination.addressLine")).isEqualTo(typed.get("f.destination.addressLine"));
		for (int i = 0; i < 3; i++) {
			String m = "f.members[" + i + "]";
			assertThat(input(page, m + ".name")).isEqualTo(typed.get(m + ".name"));
			assertThat(input(page, m + ".idNumber")).isEqualTo(typed.get(m + ".idNumber"));
			assertThat(selected(page, m + ".relation")).as(m).isEqualTo(typed.get(m + ".relation"));
		}
		assertThat(textarea(page, "f.evidence")).isEqualTo(typed.get("f.evidence"));
		assertThat(input(page, "f.residenceMonths")).isEqualTo("30");
		assertThat(input(page, "f.socialInsuranceMonths")).isEqualTo("18");
		assertThat(checked(page, "f.ruralRights.hasLandContract")).isEqualTo("true");
		assertThat(checked(page, "f.ruralRights.hasHomestead")).isEqualTo("false");
		assertThat(checked(page, "f.ruralRights.hasCollectiveIncome")).isEqualTo("true");
		assertThat(textarea(page, "f.ruralRights.statement")).isEqualTo(typed.get("f.ruralRights.statement"));
		assertThat(page).containsPattern(
				"name=\"f\\.members\\[1\\]\\.idNumber\"[^>]*>\\s*<p class=\"error\">身份证号码的校验码不正确");
		assertThat(visibleText(page)).doesNotContainPattern("members\\[|idNumber|destination\\.|ruralRights|category[：:]")
			.doesNotContain(" / ");

		// then corrected: stored as typed (the middle dot made one), and shown in words
		typed.put("f.members[1].idNumber", child);
		String location = mvc.perform(form(typed)).andExpect(status().is3xxRedirection()).andReturn().getResponse()
			.getRedirectedUrl();
		long id = Long.parseLong(location.replaceAll(".*/applications/(\\d+)$", "$1"));
		JsonNode stored = json.readTree(protector.decrypt(jdbc.sql("select form_enc from services.application where id = :id")
			.param("id", id).query(byte[].class).single()));
		assertThat(stored.at("/category").asString()).isEqualTo("LEGAL_RESIDENCE_RENTED");
		assertThat(stored.at("/originHukouAddress").asString()).isEqualTo(typed.get("f.originHukouAddress"));
		assertThat(stored.at("/destination/divisionCode").asString()).isEqualTo(PLACE);
		assertThat(stored.at("/destination/addressLine").asString()).isEqualTo(typed.get("f.destination.addressLine"));
		String[] ids = { spouse, child, parent };
		for (int i = 0; i < 3; i++) {
			String m = "f.members[" + i + "]";
			assertThat(stored.at("/members/" + i + "/name").asString()).isEqualTo(typed.get(m + ".name"));
			assertThat(stored.at("/members/" + i + "/idNumber").asString()).isEqualTo(ids[i]);
			assertThat(stored.at("/members/" + i + "/relation").asString()).isEqualTo(typed.get(m + ".relation"));
		}
		assertThat(stored.at("/evidence").asString()).isEqualTo(typed.get("f.evidence"));
		assertThat(stored.at("/residenceMonths").asString()).isEqualTo("30");
		assertThat(stored.at("/socialInsuranceMonths").asString()).isEqualTo("18");
		assertThat(stored.at("/ruralRights/hasLandContract").asString()).isEqualTo("true");
		assertThat(stored.at("/ruralRights/hasHomestead").asString()).isEqualTo("false");
		assertThat(stored.at("/ruralRights/hasCollectiveIncome").asString()).isEqualTo("true");
		assertThat(stored.at("/ruralRights/statement").asString()).isEqualTo(typed.get("f.ruralRights.statement"));

		String shown = visibleText(mvc.perform(get("/services/applications/{id}", id).accept(MediaType.TEXT_HTML)
			.with(httpBasic("roundtrip", PASSWORD))).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString());
		assertThat(shown).contains("落户类别 合法稳定住所（租赁住房）")
			.contains("现户籍地址 辽宁省盖州市九寨镇五里墩村 3 组")
			.contains("迁入社区（村） 水源镇 腰屯村委会")
			.contains("迁入详细地址 腰屯村 12 号")
			.contains("阿依古丽·买买提 " + Masking.idNumber(spouse) + " 配偶")
			.contains("钱小往 " + Masking.idNumber(child) + " 子女")
			.contains("钱老往 " + Masking.idNumber(parent) + " 父母")
			.contains("房屋租赁合同及登记备案证明")
			.contains("在本市居住月数（选填） 30")
			.contains("在本市缴纳社会保险月数（选填） 18")
			.contains("土地承包经营权 是")
			.contains("宅基地使用权 否")
			.contains("集体收益分配权 是")
			.contains("补充说明 保留原村承包地 2.5 亩，由父亲耕种");
		assertThat(shown).doesNotContain("LEGAL_RESIDENCE", PLACE, "SPOUSE", "CHILD", "PARENT", "hasLandContract",
				"true", "false", "ruralRights", "divisionCode", spouse, child, parent);
	}

	@Test
	void pageProblemsAreInTheReadersLanguageOnly() throws Exception {
		org.chengxiang.directory.TestRegistrations.register(mvc, ("""
				{"username":"readers","displayName":"孙读者","idNumber":"%s","phone":"13700000078"}
				""".formatted(GeneratedIdNumbers.of("210881", LocalDate.of(1979, 6, 30), 23)))).andExpect(status().isCreated());
		Map<String, String> typed = Map.of("f.category", "OTHER", "f.members[0].idNumber", "123");
		String chinese = visibleText(mvc.perform(form(typed, "readers")).andExpect(status().isOk()).andReturn()
			.getResponse().getContentAsString());
		assertThat(chinese).contains("身份证号码应为 18 位").doesNotContain("characters", "members[0]");
		String english = visibleText(mvc.perform(form(typed, "readers").param("lang", "en")).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString());
		assertThat(english).contains("A resident ID number has 18 characters").doesNotContain("应为", "members[0]");
	}

	private MockHttpServletRequestBuilder form(Map<String, String> typed) {
		return form(typed, "roundtrip");
	}

	private MockHttpServletRequestBuilder form(Map<String, String> typed, String user) {
		MockHttpServletRequestBuilder request = post("/services/items/SETTLEMENT/form").accept(MediaType.TEXT_HTML)
			.with(csrf())
			.with(httpBasic(user, PASSWORD));
		typed.forEach(request::param);
		return request;
	}

	private static String tag(String page, String element, String name) {
		Matcher m = Pattern.compile("<" + element + "\\b[^>]*\\bname=\"" + Pattern.quote(name) + "\"[^>]*>").matcher(page);
		assertThat(m.find()).as(name).isTrue();
		return m.group();
	}

	private static String attribute(String tag, String attribute) {
		Matcher m = Pattern.compile("\\b" + attribute + "=\"([^\"]*)\"").matcher(tag);
		return m.find() ? unescape(m.group(1)) : null;
	}

	private static String input(String page, String name) {
		return attribute(tag(page, "input", name), "value");
	}

	private static String textarea(String page, String name) {
		Matcher m = Pattern.compile("<textarea\\b[^>]*\\bname=\"" + Pattern.quote(name) + "\"[^>]*>([^<]*)</textarea>")
			.matcher(page);
		assertThat(m.find()).as(name).isTrue();
		return unescape(m.group(1));
	}

	private static String selected(String page, String name) {
		Matcher select = Pattern.compile("<select\\b[^>]*\\bname=\"" + Pattern.quote(name) + "\"[^>]*>(.*?)</select>",
				Pattern.DOTALL).matcher(page);
		assertThat(select.find()).as(name).isTrue();
		Matcher option = Pattern.compile("<option\\b[^>]*\\bvalue=\"([^\"]*)\"[^>]*selected").matcher(select.group(1));
		return option.find() ? option.group(1) : null;
	}

	private static String checked(String page, String name) {
		Matcher m = Pattern.compile("<input\\b[^>]*\\bname=\"" + Pattern.quote(name) + "\"[^>]*>").matcher(page);
		while (m.find()) {
			if (m.group().contains("checked")) {
				return attribute(m.group(), "value");
			}
		}
		return null;
	}

	/** The text a reader sees: tags, scripts and styles left out, spaces made one. */
	static String visibleText(String page) {
		return unescape(page.replaceAll("(?s)<(script|style|head)\\b.*?</\\1>", " ")
			.replaceAll("(?s)<[^>]+>", " ")
			.replaceAll("\\s+", " "));
	}

	private static String unescape(String html) {
		return html.replace("&quot;", "\"").replace("&#39;", "'").replace("&lt;", "<").replace("&gt;", ">")
			.replace("&amp;", "&");
	}

}
