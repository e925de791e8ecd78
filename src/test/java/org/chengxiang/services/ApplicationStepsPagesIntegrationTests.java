package org.chengxiang.services;

import org.junit.jupiter.api.Test;

import org.chengxiang.platform.web.Flash;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.chengxiang.directory.TestRegistrations.PASSWORD;
import static org.chengxiang.directory.TestRegistrations.STRONG_PASSWORD;

/**
 * The resident and the clerk on an application's pages: an open application is named before a second form opens, a
 * draft's form is edited, an approval carries an opinion and asks first, ratings read as words, and people are named
 * by name and unit.
 */
@SpringBootTest
@AutoConfigureMockMvc
class ApplicationStepsPagesIntegrationTests {

	static final String FORM = """
			{"category":"LEGAL_RESIDENCE_RENTED","originHukouAddress":"辽宁省盖州市某村",
			 "destination":{"divisionCode":"210882003001","addressLine":"铁西社区 7 号楼 2 单元 202"},
			 "members":[], "evidence":"租赁合同",
			 "ruralRights":{"hasLandContract":true,"hasHomestead":false,"hasCollectiveIncome":false}}
			""";

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ApplicationForms desk;

	@Test
	void theItemPageNamesTheOpenApplicationAndNoSecondFormOpens() throws Exception {
		String resident = TestResidents.register(mvc, "again", "冯再申");
		long id = draft(resident, "SETTLEMENT", FORM);
		String number = number(id);
		mvc.perform(get("/services/items/SETTLEMENT").with(httpBasic(resident, PASSWORD)))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("id=\"open-application\""), containsString(number),
					containsString("href=\"/services/applications/" + id + "\""),
					not(containsString("name=\"confirmed\"")))));
		MvcResult refused = mvc.perform(get("/services/items/SETTLEMENT/form").param("confirmed", "true")
			.with(httpBasic(resident, PASSWORD)))
			.andExpect(redirectedUrl("/services/items/SETTLEMENT"))
			.andReturn();
		Flash flash = (Flash) refused.getFlashMap().get("flash");
		assertThat(flash.key()).isEqualTo("services.flash.alreadyOpen");
		assertThat(flash.args()).containsExactly(number);
		// another resident is not stopped, nor told about someone else's application
		String other = TestResidents.register(mvc, "first", "陈首申");
		mvc.perform(get("/services/items/SETTLEMENT").with(httpBasic(other, PASSWORD)))
			.andExpect(content().string(allOf(containsString("name=\"confirmed\""), not(containsString(number)))));
		// once withdrawn, the item is open again
		mvc.perform(post("/api/services/applications/{id}/withdrawal", id).with(httpBasic(resident, PASSWORD)))
			.andExpect(status().isOk());
		mvc.perform(get("/services/items/SETTLEMENT").with(httpBasic(resident, PASSWORD)))
			.andExpect(content().string(not(containsString("id=\"open-application\""))));
	}

	@Test
	void theResidentEditsADraftsFormWithTheSameChecksAndKeepsWhatWasTyped() throws Exception {
		String resident = TestResidents.register(mvc, "editor", "褚修改");
		long id = draft(resident, "SETTLEMENT", FORM);
		mvc.perform(get("/services/applications/{id}", id).with(httpBasic(resident, PASSWORD)))
			.andExpect(content().string(containsString("href=\"/services/applications/" + id + "/form\"")));
		mvc.perform(get("/services/applications/{id}/form", id).with(httpBasic(resident, PASSWORD)))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("action=\"/services/applications/" + id + "/form\""),
					containsString("value=\"铁西社区 7 号楼 2 单元 202\""), containsString("value=\"辽宁省盖州市某村\""))));

		// the origin emptied: refused beside the form, the new address kept
		MvcResult refused = mvc.perform(post("/services/applications/{id}/form", id).with(httpBasic(resident, PASSWORD)).with(csrf())
			.param("version", String.valueOf(version(id)))
			.param("f.category", "LEGAL_RESIDENCE_RENTED")
			.param("f.originHukouAddress", "")
			.param("f.destination.divisionCode", "210882003001")
			.param("f.destination.addressLine", "铁西社区 8 号楼 1 单元 101")
			.param("f.evidence", "租赁合同")
			.param("f.ruralRights.hasLandContract", "true")
			.param("f.ruralRights.hasHomestead", "false")
			.param("f.ruralRights.hasCollectiveIncome", "false"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("class=\"flash error\""),
					containsString("value=\"铁西社区 8 号楼 1 单元 101\""), containsString("租赁合同</textarea>"))))
			.andReturn();
		// the problem beside the emptied field, every choice as it was sent
		assertThat(refused.getResponse().getContentAsString())
			.containsPattern("name=\"f\\.originHukouAddress\"[^>]*\\s+aria-invalid=\"true\"[^>]*>\\s*<p class=\"error\">[^<]+</p>")
			.containsPattern("<option value=\"LEGAL_RESIDENCE_RENTED\" selected=\"selected\"")
			.containsPattern("name=\"f\\.ruralRights\\.hasLandContract\" value=\"true\"[^>]*checked=\"checked\"")
			.containsPattern("name=\"f\\.ruralRights\\.hasHomestead\" value=\"false\"[^>]*checked=\"checked\"");
		assertThat(desk.form(id)).contains("铁西社区 7 号楼 2 单元 202");

		mvc.perform(post("/services/applications/{id}/form", id).with(httpBasic(resident, PASSWORD)).with(csrf())
			.param("version", String.valueOf(version(id)))
			.param("f.category", "LEGAL_RESIDENCE_RENTED")
			.param("f.originHukouAddress", "辽宁省盖州市团山街道")
			.param("f.destination.divisionCode", "210882003001")
			.param("f.destination.addressLine", "铁西社区 8 号楼 1 单元 101")
			.param("f.evidence", "租赁合同")
			.param("f.ruralRights.hasLandContract", "true")
			.param("f.ruralRights.hasHomestead", "false")
			.param("f.ruralRights.hasCollectiveIncome", "false"))
			.andExpect(redirectedUrl("/services/applications/" + id));
		assertThat(desk.form(id)).contains("铁西社区 8 号楼 1 单元 101").contains("团山街道");

		// the same edit sent again from a page showing the version before it: refused, what was typed kept
		mvc.perform(post("/services/applications/{id}/form", id).with(httpBasic(resident, PASSWORD)).with(csrf())
			.param("version", String.valueOf(version(id) - 1))
			.param("f.category", "LEGAL_RESIDENCE_RENTED")
			.param("f.originHukouAddress", "辽宁省盖州市团山街道")
			.param("f.destination.divisionCode", "210882003001")
			.param("f.destination.addressLine", "铁西社区 9 号楼 3 单元 303")
			.param("f.evidence", "租赁合同")
			.param("f.ruralRights.hasLandContract", "true")
			.param("f.ruralRights.hasHomestead", "false")
			.param("f.ruralRights.hasCollectiveIncome", "false"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("记录已被他人修改"),
					containsString("value=\"铁西社区 9 号楼 3 单元 303\""))));
		assertThat(desk.form(id)).contains("铁西社区 8 号楼 1 单元 101");

		// nobody else edits it
		String other = TestResidents.register(mvc, "stranger", "卫旁人");
		mvc.perform(get("/services/applications/{id}/form", id).with(httpBasic(other, PASSWORD)))
			.andExpect(status().isNotFound());
		mvc.perform(post("/services/applications/{id}/form", id).with(httpBasic(other, PASSWORD)).with(csrf())
			.param("version", String.valueOf(version(id)))
			.param("f.evidence", "x"))
			.andExpect(status().isNotFound());
		mvc.perform(get("/services/applications/{id}/form", id).with(httpBasic("police", PASSWORD)))
			.andExpect(status().isForbidden());
		assertThat(desk.form(id)).contains("团山街道");
	}

	@Test
	void theClerkApprovesWithAnOpinionAfterConfirmingAndPeopleAreNamedByNameAndUnit() throws Exception {
		TestItems.policeItem(mvc, jdbc, "OPINION-TEST", "审批意见测试", "[{\"name\":\"身份证照片\",\"required\":true}]");
		String resident = TestResidents.register(mvc, "opinion", "蒋意见");
		long id = draft(resident, "OPINION-TEST", "{\"description\":\"申请\"}");
		mvc.perform(multipart("/api/services/applications/{id}/materials/1", id)
			.file(new MockMultipartFile("file", "id.png", "image/png", TestResidents.png(20, 20)))
			.with(httpBasic(resident, PASSWORD))).andExpect(status().isOk());
		for (String step : new String[] { "submission" }) {
			mvc.perform(post("/api/services/applications/{id}/" + step, id).with(httpBasic(resident, PASSWORD)))
				.andExpect(status().isOk());
		}
		for (String step : new String[] { "acceptance", "review" }) {
			mvc.perform(post("/api/services/applications/{id}/" + step, id).with(httpBasic("police", PASSWORD)))
				.andExpect(status().isOk());
		}
		mvc.perform(get("/services/applications/{id}", id).with(httpBasic("police", PASSWORD)))
			.andExpect(content().string(allOf(containsString("data-confirm=\"确定准予办结吗？"),
					containsString("name=\"opinion\""), containsString("公安局 张警官"),
					not(containsString(">police<")))));
		mvc.perform(get("/services/inbox").param("tray", "IN_PROGRESS").with(httpBasic("police", PASSWORD)))
			.andExpect(content().string(allOf(containsString("公安局 张警官"), not(containsString(">police<")))));
		mvc.perform(post("/api/services/applications/{id}/approval", id).with(httpBasic("police", PASSWORD))
			.contentType(MediaType.APPLICATION_JSON).content("{\"opinion\":\"" + "长".repeat(2001) + "\"}"))
			.andExpect(status().isBadRequest());
		assertThat(statusOf(id)).isEqualTo("UNDER_REVIEW");
		mvc.perform(post("/services/applications/{id}/approval", id).param("opinion", "材料齐全，符合条件，同意办理。")
			.with(httpBasic("police", PASSWORD)).with(csrf()))
			.andExpect(redirectedUrl("/services/applications/" + id));
		mvc.perform(get("/api/services/applications/{id}", id).with(httpBasic(resident, PASSWORD)))
			.andExpect(jsonPath("$.status").value("APPROVED"))
			.andExpect(jsonPath("$.decisionOpinion").value("材料齐全，符合条件，同意办理。"))
			.andExpect(jsonPath("$.clerk.displayName").value("张警官"))
			.andExpect(jsonPath("$.clerk.unit").value("公安局"));

		// the rating starts empty, and nothing chosen is refused in words
		mvc.perform(get("/services/applications/{id}", id).with(httpBasic(resident, PASSWORD)))
			.andExpect(content().string(allOf(containsString("材料齐全，符合条件，同意办理。"),
					containsString("<option value=\"\" selected=\"selected\">请选择评价</option>"),
					containsString("公安局 张警官"), containsString("蒋意见"))));
		mvc.perform(post("/services/applications/{id}/rating", id).param("comment", "还没想好")
			.with(httpBasic(resident, PASSWORD)).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("<p class=\"error\">请选择您对本次办理的评价</p>"),
					containsString("value=\"还没想好\""))));
		assertThat(jdbc.sql("select rating from services.application where id = :id").param("id", id)
			.query(Integer.class).optional().orElse(null)).isNull();
		mvc.perform(post("/services/applications/{id}/rating", id).param("rating", "4").param("comment", "办得快")
			.with(httpBasic(resident, PASSWORD)).with(csrf()));
		mvc.perform(get("/services/applications/{id}", id).with(httpBasic(resident, PASSWORD)))
			.andExpect(content().string(allOf(containsString("<span>满意</span>"), containsString("办得快"),
					not(containsString("4 办得快")))));
	}

	@Test
	void aHandOverNamesColleaguesByNameNotByLogin() throws Exception {
		TestItems.policeItem(mvc, jdbc, "HAND-OVER-TEST", "转交测试", "[]");
		String colleague = "psb" + java.util.concurrent.ThreadLocalRandom.current().nextInt(100_000, 1_000_000);
		long police = jdbc.sql("select id from directory.department where code = 'PSB'").query(Long.class).single();
		mvc.perform(post("/api/directory/users").with(httpBasic("admin", PASSWORD)).contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"username":"%s","displayName":"李警官","role":"CLERK","departmentId":%d,"password":"%s"}
					""".formatted(colleague, police, STRONG_PASSWORD)))
			.andExpect(status().is2xxSuccessful());
		org.chengxiang.directory.TestRegistrations.useDemoPassword(jdbc, colleague);
		String resident = TestResidents.register(mvc, "handover", "杨转交");
		long id = draft(resident, "HAND-OVER-TEST", "{\"description\":\"申请\"}");
		mvc.perform(post("/api/services/applications/{id}/submission", id).with(httpBasic(resident, PASSWORD)))
			.andExpect(status().isOk());
		mvc.perform(get("/services/applications/{id}", id).with(httpBasic("police", PASSWORD)))
			.andExpect(content().string(allOf(containsString("<option translate=\"no\" value=\"" + colleague + "\">李警官</option>"),
					not(containsString(">" + colleague + "<")))));
		mvc.perform(post("/services/applications/{id}/hand-over", id).param("colleague", colleague)
			.with(httpBasic("police", PASSWORD)).with(csrf()))
			.andExpect(redirectedUrl("/services/applications/" + id));
		mvc.perform(get("/services/applications/{id}", id).with(httpBasic(colleague, PASSWORD)))
			.andExpect(content().string(allOf(containsString("公安局 李警官"), not(containsString(">" + colleague + "<")))));
		// not to someone of another department
		mvc.perform(post("/api/services/applications/{id}/hand-over", id).with(httpBasic(colleague, PASSWORD))
			.contentType(MediaType.APPLICATION_JSON).content("{\"colleague\":\"hrss\"}"))
			.andExpect(status().isBadRequest());
	}

	private long draft(String resident, String item, String form) throws Exception {
		String body = mvc.perform(post("/api/services/applications").with(httpBasic(resident, PASSWORD))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"itemCode\":\"" + item + "\",\"form\":" + form + "}"))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString();
		return Long.parseLong(body.replaceAll("(?s)^\\{\"id\":(\\d+).*", "$1"));
	}

	private String number(long id) {
		return jdbc.sql("select number from services.application where id = :id").param("id", id).query(String.class)
			.single();
	}

	private int version(long id) {
		return jdbc.sql("select version from services.application where id = :id").param("id", id).query(Integer.class)
			.single();
	}

	private String statusOf(long id) {
		return jdbc.sql("select status from services.application where id = :id").param("id", id).query(String.class)
			.single();
	}

}
