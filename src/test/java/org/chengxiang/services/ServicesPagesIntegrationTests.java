package org.chengxiang.services;

import java.io.ByteArrayInputStream;
import java.util.List;

import org.chengxiang.platform.web.Spreadsheets;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.chengxiang.directory.TestRegistrations.PASSWORD;

@SpringBootTest
@AutoConfigureMockMvc
class ServicesPagesIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Test
	void residentBrowsesTheCatalogueAndMustConfirmTheInstructions() throws Exception {
		mvc.perform(get("/services").accept(MediaType.TEXT_HTML).with(httpBasic("resident", PASSWORD)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("户口迁入（落户）")));
		mvc.perform(get("/services/items/SETTLEMENT").accept(MediaType.TEXT_HTML).with(httpBasic("resident", PASSWORD)))
			.andExpect(content().string(containsString("办理须知")));
		mvc.perform(get("/services/items/SETTLEMENT/form").accept(MediaType.TEXT_HTML).with(httpBasic("resident", PASSWORD)))
			.andExpect(redirectedUrl("/services/items/SETTLEMENT"));
		// the demo resident's settlement application is in progress: no second form opens
		mvc.perform(get("/services/items/SETTLEMENT/form").param("confirmed", "true").accept(MediaType.TEXT_HTML)
			.with(httpBasic("resident", PASSWORD)))
			.andExpect(redirectedUrl("/services/items/SETTLEMENT"));
		String newcomer = TestResidents.register(mvc, "newcomer", "韩新户");
		mvc.perform(get("/services/items/SETTLEMENT/form").param("confirmed", "true").accept(MediaType.TEXT_HTML)
			.with(httpBasic(newcomer, PASSWORD)))
			.andExpect(content().string(containsString("进城落户不影响")));
		mvc.perform(get("/services/items/SETTLEMENT/form").param("confirmed", "true").accept(MediaType.TEXT_HTML)
			.with(httpBasic("police", PASSWORD))).andExpect(status().isForbidden());
		mvc.perform(get("/services/mine").accept(MediaType.TEXT_HTML).with(httpBasic("resident", PASSWORD)))
			.andExpect(content().string(containsString("已办结（准予）")));
	}

	@Test
	void clerksWorkFromTheirInboxAndNobodyElseSeesTheApplication() throws Exception {
		long demoSettlement = jdbc.sql("""
				select a.id from services.application a where a.item_code = 'SETTLEMENT' and a.applicant_name = '王小明'
				order by a.id limit 1
				""").query(Long.class).single();
		mvc.perform(get("/services/inbox").accept(MediaType.TEXT_HTML).with(httpBasic("police", PASSWORD)))
			.andExpect(status().isOk());
		mvc.perform(get("/services/applications/{id}", demoSettlement).accept(MediaType.TEXT_HTML)
			.with(httpBasic("police", PASSWORD)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("申请表内容")));
		mvc.perform(get("/services/applications/{id}", demoSettlement).accept(MediaType.TEXT_HTML)
			.with(httpBasic("hrss", PASSWORD))).andExpect(status().isNotFound());
		// by number (the household registry links so), under the same visibility
		String number = jdbc.sql("select number from services.application where id = :id").param("id", demoSettlement)
			.query(String.class).single();
		mvc.perform(get("/services/applications/number/{n}", number).accept(MediaType.TEXT_HTML)
			.with(httpBasic("police", PASSWORD))).andExpect(redirectedUrl("/services/applications/" + demoSettlement));
		mvc.perform(get("/services/applications/number/{n}", number).accept(MediaType.TEXT_HTML)
			.with(httpBasic("hrss", PASSWORD))).andExpect(status().isNotFound());
		mvc.perform(get("/services/inbox").accept(MediaType.TEXT_HTML).with(httpBasic("resident", PASSWORD)))
			.andExpect(status().isForbidden());
		// submitted, not yet accepted: there is no receipt (受理回执) to print yet
		mvc.perform(get("/services/applications/{id}/receipt", demoSettlement).accept(MediaType.TEXT_HTML)
			.with(httpBasic("resident", PASSWORD))).andExpect(status().isNotFound());
	}

	@Test
	void administratorMaintainsTheCatalogueAndBadInputComesBackOnTheForm() throws Exception {
		mvc.perform(get("/services/admin/items/SETTLEMENT").accept(MediaType.TEXT_HTML).with(httpBasic("admin", PASSWORD)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("居民身份证（正反面）")));
		mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/services/admin/items")
			.with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf())
			.with(httpBasic("admin", PASSWORD))
			.param("code", "PAGE-ITEM").param("name", "页面事项").param("category", "测试").param("legalBasis", "依据")
			.param("conditions", "条件").param("instructions", "须知").param("promisedDays", "30").param("legalDays", "10")
			.param("onlineLevel", "FULLY_ONLINE").param("departmentId", "1"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("承诺时限不能超过法定时限")));
		mvc.perform(get("/services/admin/items/new").accept(MediaType.TEXT_HTML).with(httpBasic("police", PASSWORD)))
			.andExpect(status().isForbidden());
	}

	@Test
	void ratingsAreReportedPerDepartmentAndItem() throws Exception {
		mvc.perform(get("/services/ratings").accept(MediaType.TEXT_HTML).with(httpBasic("supervisor", PASSWORD)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("户籍证明开具")));
		mvc.perform(get("/services/ratings").accept(MediaType.TEXT_HTML).with(httpBasic("police", PASSWORD)))
			.andExpect(status().isForbidden());
		// a department lead sees the ratings of the own department only (发改局 has no rated applications)
		mvc.perform(get("/services/ratings").accept(MediaType.TEXT_HTML).with(httpBasic("drc", PASSWORD)))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("户籍证明开具"))));
		mvc.perform(get("/api/services/ratings").with(httpBasic("drc", PASSWORD)))
			.andExpect(status().isOk())
			.andExpect(content().json("[]"));
		mvc.perform(get("/api/services/ratings").with(httpBasic("supervisor", PASSWORD)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("HUKOU-CERTIFICATE")));
	}


	@Test
	void clerksExportTheirTrayWithMaskedIdNumbersAndTheExportIsAudited() throws Exception {
		long police = jdbc.sql("select department_id from directory.app_user where username = 'police'").query(Long.class).single();
		long handled = jdbc.sql("""
				select count(*) from services.application
				where department_id = :d and status in ('APPROVED','REJECTED','NOT_ACCEPTED','WITHDRAWN')
				""").param("d", police).query(Long.class).single();
		long auditedBefore = exports();
		byte[] xlsx = mvc.perform(get("/services/inbox/export.xlsx").param("tray", "HANDLED").with(httpBasic("police", PASSWORD)))
			.andExpect(status().isOk())
			.andExpect(content().contentType(Spreadsheets.XLSX))
			.andReturn().getResponse().getContentAsByteArray();
		List<Spreadsheets.SheetRow> rows = Spreadsheets.read(new ByteArrayInputStream(xlsx));
		assertThat(handled).isPositive();
		assertThat(rows).hasSize((int) handled);
		assertThat(rows).allSatisfy(row -> {
			assertThat(row.get(0)).matches("210882-\\d{8}-\\d{6}");
			assertThat(row.get(3)).contains("*").doesNotContainPattern("\\d{17}[0-9X]");
			assertThat(row.get(4)).isIn("准予办结", "不予许可", "不予受理", "已撤回");
		});
		assertThat(exports()).isEqualTo(auditedBefore + 1);
		assertThat(jdbc.sql("""
				select after_state from platform.audit_entry where action = 'services.inbox.exported' order by id desc limit 1
				""").query(String.class).single()).contains("HANDLED").contains(String.valueOf(handled));

		// another department's clerk gets its own (empty) ledger, never police applications; a resident gets none
		byte[] other = mvc.perform(get("/services/inbox/export.xlsx").param("tray", "HANDLED").with(httpBasic("zjj", PASSWORD)))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsByteArray();
		long zjjHandled = jdbc.sql("""
				select count(*) from services.application a join directory.app_user u on u.department_id = a.department_id
				where u.username = 'zjj' and a.status in ('APPROVED','REJECTED','NOT_ACCEPTED','WITHDRAWN')
				""").query(Long.class).single();
		assertThat(Spreadsheets.read(new ByteArrayInputStream(other))).hasSize((int) zjjHandled);
		mvc.perform(get("/services/inbox/export.xlsx").with(httpBasic("resident", PASSWORD)))
			.andExpect(status().isForbidden());
		mvc.perform(get("/services/inbox/export.xlsx").param("tray", "EVERYTHING").with(httpBasic("police", PASSWORD)))
			.andExpect(status().isBadRequest());
		assertThat(exports()).isEqualTo(auditedBefore + 2);
	}

	@Test
	void ratingsReportIsExportedForLeadersOnly() throws Exception {
		long rated = jdbc.sql("select count(distinct (department_id, item_code)) from services.application where rating is not null")
			.query(Long.class).single();
		byte[] xlsx = mvc.perform(get("/services/ratings/export.xlsx").with(httpBasic("supervisor", PASSWORD)))
			.andExpect(status().isOk())
			.andExpect(content().contentType(Spreadsheets.XLSX))
			.andReturn().getResponse().getContentAsByteArray();
		List<Spreadsheets.SheetRow> rows = Spreadsheets.read(new ByteArrayInputStream(xlsx));
		assertThat(rows).hasSize((int) rated);
		assertThat(rows).anySatisfy(row -> assertThat(row.get(2)).isEqualTo("户籍证明开具"));
		mvc.perform(get("/services/ratings/export.xlsx").with(httpBasic("police", PASSWORD)))
			.andExpect(status().isForbidden());
		byte[] lead = mvc.perform(get("/services/ratings/export.xlsx").with(httpBasic("drc", PASSWORD)))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsByteArray();
		assertThat(Spreadsheets.read(new ByteArrayInputStream(lead))).isEmpty();
	}

	@Test
	void clerksNarrowTheirTrayByItemAndByWhoHoldsTheApplication() throws Exception {
		for (String item : List.of("SETTLEMENT", "HUKOU-CERTIFICATE")) {
			long handled = jdbc.sql("""
					select count(*) from services.application a join directory.app_user u on u.department_id = a.department_id
					where u.username = 'police' and a.item_code = :item
					  and a.status in ('APPROVED','REJECTED','NOT_ACCEPTED','WITHDRAWN')
					""").param("item", item).query(Long.class).single();
			mvc.perform(get("/api/services/inbox").param("tray", "HANDLED").param("item", item).param("size", "100")
				.with(httpBasic("police", PASSWORD)))
				.andExpect(status().isOk())
				.andExpect(jsonPath("$.items.length()").value((int) handled))
				.andExpect(jsonPath("$.items[*].itemCode", everyItem(is(item))));
		}
		long mine = jdbc.sql("""
				select count(*) from services.application a join directory.app_user u on u.department_id = a.department_id
				where u.username = 'police' and a.claimed_by = 'police' and a.status in ('APPROVED','REJECTED','NOT_ACCEPTED','WITHDRAWN')
				""").query(Long.class).single();
		assertThat(mine).as("the demo's residence permit was decided by police").isPositive();
		mvc.perform(get("/api/services/inbox").param("tray", "HANDLED").param("claim", "MINE").param("size", "100")
			.with(httpBasic("police", PASSWORD)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.items.length()").value((int) mine))
			.andExpect(jsonPath("$.items[*].claimedBy", everyItem(is("police"))));
		long unclaimed = jdbc.sql("""
				select count(*) from services.application a join directory.app_user u on u.department_id = a.department_id
				where u.username = 'police' and a.claimed_by is null and a.status = 'SUBMITTED'
				""").query(Long.class).single();
		assertThat(unclaimed).as("the demo's submitted settlement waits unclaimed").isPositive();
		mvc.perform(get("/api/services/inbox").param("tray", "WAITING").param("claim", "UNCLAIMED").param("size", "100")
			.with(httpBasic("police", PASSWORD)))
			.andExpect(jsonPath("$.items.length()").value((int) unclaimed));

		// another department's item, or a made-up holder, is bad input, not an empty page
		mvc.perform(get("/api/services/inbox").param("item", "TRAINING-SUBSIDY").with(httpBasic("police", PASSWORD)))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("item"));
		mvc.perform(get("/api/services/inbox").param("claim", "EVERYONE").with(httpBasic("police", PASSWORD)))
			.andExpect(status().isBadRequest());
		mvc.perform(get("/services/inbox").param("item", "TRAINING-SUBSIDY").accept(MediaType.TEXT_HTML)
			.with(httpBasic("police", PASSWORD)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("不是本部门的事项：TRAINING-SUBSIDY")))
			.andExpect(content().string(containsString("aria-invalid=\"true\"")));
		mvc.perform(get("/services/inbox").param("tray", "HANDLED").param("item", "HUKOU-CERTIFICATE")
			.accept(MediaType.TEXT_HTML).with(httpBasic("police", PASSWORD)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<option translate=\"no\" value=\"HUKOU-CERTIFICATE\" selected=\"selected\">")))
			.andExpect(content().string(containsString("export.xlsx?tray=HANDLED&amp;item=HUKOU-CERTIFICATE&amp;claim=ALL")));

		// the ledger follows the same filter
		long permits = jdbc.sql("""
				select count(*) from services.application a join directory.app_user u on u.department_id = a.department_id
				where u.username = 'police' and a.item_code = 'HUKOU-CERTIFICATE'
				  and a.status in ('APPROVED','REJECTED','NOT_ACCEPTED','WITHDRAWN')
				""").query(Long.class).single();
		byte[] xlsx = mvc.perform(get("/services/inbox/export.xlsx").param("tray", "HANDLED").param("item", "HUKOU-CERTIFICATE")
			.with(httpBasic("police", PASSWORD))).andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
		assertThat(permits).isPositive();
		assertThat(Spreadsheets.read(new ByteArrayInputStream(xlsx))).hasSize((int) permits)
			.allSatisfy(row -> assertThat(row.get(1)).isEqualTo("户籍证明开具"));
	}

	@Test
	void clerksSearchByIdNumberWithoutItEverBeingInAnAddress() throws Exception {
		String number = jdbc.sql("""
				select number from services.application where item_code = 'SETTLEMENT' and applicant_name = '王小明'
				order by id limit 1
				""").query(String.class).single();
		mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/services/inbox/search")
			.with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf())
			.param("q", "210882199003071516").accept(MediaType.TEXT_HTML).with(httpBasic("police", PASSWORD)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(number)));
		mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/services/inbox/search")
			.with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf())
			.param("q", "210882199003071516").accept(MediaType.TEXT_HTML).with(httpBasic("hrss", PASSWORD)))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString(number))));
		mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/services/inbox/search")
			.with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf())
			.param("q", " ").accept(MediaType.TEXT_HTML).with(httpBasic("police", PASSWORD)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("请输入办件编号或身份证号")))
			.andExpect(content().string(containsString("aria-invalid=\"true\"")));
		mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/services/inbox/search")
			.with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf())
			.param("q", "210882199003071516").accept(MediaType.TEXT_HTML).with(httpBasic("resident", PASSWORD)))
			.andExpect(status().isForbidden());
		mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/services/inbox/search")
			.with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf())
			.param("q", "王小明").accept(MediaType.TEXT_HTML).with(httpBasic("police", PASSWORD)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("办件编号（如 210882-20201124-000123）或 18 位身份证号码")))
			.andExpect(content().string(containsString("aria-invalid=\"true\"")));
		// the search form posts; no page takes the number from its address
		mvc.perform(get("/services/inbox").accept(MediaType.TEXT_HTML).with(httpBasic("police", PASSWORD)))
			.andExpect(content().string(containsString("action=\"/services/inbox/search\" method=\"post\"")));
	}

	private long exports() {
		return jdbc.sql("select count(*) from platform.audit_entry where action = 'services.inbox.exported'")
			.query(Long.class).single();
	}

}
