package org.chengxiang.training;

import java.math.BigDecimal;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.chengxiang.directory.TestRegistrations.PASSWORD;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The bureau keeps the occupations, a year's subsidy standards and claim rules; the rules in force follow; bad input
 * is refused by its field with nothing written; other users may read at most. Each test takes a year nobody has
 * set anything for, and occupations of its own.
 */
@SpringBootTest
@AutoConfigureMockMvc
class CatalogueIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TrainingRules inForce;

	@Test
	void theBureauSetsAYearsStandardsAndRulesWhichThenApplyAndEveryChangeIsAudited() throws Exception {
		int year = freeYear();
		mvc.perform(get("/api/training/rules/{y}", year).with(httpBasic("hrss", PASSWORD)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.set").value(false))
			.andExpect(jsonPath("$.yearlyCap").value(3))
			.andExpect(jsonPath("$.attendancePercent").value(80.0));

		mvc.perform(hrss(put("/api/training/rules/{y}", year))
			.content("{\"yearlyCap\":2,\"attendancePercent\":87.5,\"version\":null}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.set").value(true))
			.andExpect(jsonPath("$.version").value(0));
		assertThat(inForce.inForce(year).yearlyCap()).isEqualTo(2);
		assertThat(inForce.inForce(year).attendanceShare()).isEqualByComparingTo("0.875");
		// someone who saw the year before it was set is refused
		mvc.perform(hrss(put("/api/training/rules/{y}", year))
			.content("{\"yearlyCap\":5,\"attendancePercent\":70,\"version\":null}"))
			.andExpect(status().isConflict());
		mvc.perform(post("/training/catalogue/rules/{y}", year).with(httpBasic("hrss", PASSWORD)).with(csrf())
			.param("yearlyCap", "4").param("attendancePercent", "90").param("version", "0"))
			.andExpect(status().is3xxRedirection());
		assertThat(inForce.inForce(year).yearlyCap()).isEqualTo(4);

		mvc.perform(hrss(put("/api/training/standards/{y}", year)).content("""
				{"standards":[
				 {"trainingType":"PRE_JOB","level":"JUNIOR","amount":1000,"minHours":40},
				 {"trainingType":"APPRENTICESHIP","level":"INTERMEDIATE","amount":4000.50,"minHours":300},
				 {"trainingType":"UPGRADING","level":"SPECIAL","amount":null,"minHours":null}]}
				"""))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.standards.length()").value(2));
		assertThat(inForce.standard(year, TrainingType.PRE_JOB, SkillLevel.JUNIOR)).get()
			.extracting(TrainingRules.Standard::amount).isEqualTo(new BigDecimal("1000.00"));
		assertThat(inForce.standard(year, TrainingType.UPGRADING, SkillLevel.SPECIAL)).isEmpty();

		// the page's one table replaces the year's standards
		MockHttpServletRequestBuilder page = post("/training/catalogue/standards/{y}", year)
			.with(httpBasic("hrss", PASSWORD)).with(csrf());
		int i = 0;
		for (TrainingType type : TrainingType.values()) {
			for (SkillLevel level : SkillLevel.values()) {
				page.param("standards[" + i + "].trainingType", type.name()).param("standards[" + i + "].level", level.name());
				if (level == SkillLevel.SENIOR) {
					page.param("standards[" + i + "].amount", "2000").param("standards[" + i + "].minHours", "120");
				}
				i++;
			}
		}
		mvc.perform(page).andExpect(status().is3xxRedirection());
		assertThat(jdbc.sql("select count(*) from training.subsidy_standard where year = :y").param("y", year)
			.query(Long.class).single()).isEqualTo(3);
		assertThat(inForce.standard(year, TrainingType.PRE_JOB, SkillLevel.JUNIOR)).isEmpty();

		// the next year's form starts from this one's, and nothing is written until it is saved
		mvc.perform(get("/training/catalogue").param("year", String.valueOf(year + 1)).param("copy", "true")
			.with(httpBasic("hrss", PASSWORD)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("value=\"2000.00\"")))
			.andExpect(content().string(containsString((year + 1) + " 年培训补贴标准")))
			.andExpect(content().string(containsString("已填入 " + year + " 年的标准")));
		assertThat(jdbc.sql("select count(*) from training.subsidy_standard where year = :y").param("y", year + 1)
			.query(Long.class).single()).isZero();

		assertThat(jdbc.sql("""
				select action from platform.audit_entry where subject_type in ('TrainingRules', 'TrainingStandards')
				and subject_id = :y order by id
				""").param("y", String.valueOf(year)).query(String.class).list())
			.containsExactly("training.rules.changed", "training.rules.changed", "training.standards.changed",
					"training.standards.changed");
	}

	@Test
	void badInputIsRefusedBesideItsFieldWithWhatWasTypedAndNothingIsWritten() throws Exception {
		int year = freeYear();
		mvc.perform(hrss(put("/api/training/standards/{y}", year)).content("""
				{"standards":[
				 {"trainingType":"PRE_JOB","level":"JUNIOR","amount":-5,"minHours":40},
				 {"trainingType":"PRE_JOB","level":"SENIOR","amount":800,"minHours":null}]}
				"""))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field").value(hasItems("standards[0].amount", "standards[1].minHours")));
		mvc.perform(hrss(put("/api/training/rules/{y}", year)).content("{\"yearlyCap\":0,\"attendancePercent\":80}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field").value(hasItem("yearlyCap")));
		mvc.perform(hrss(put("/api/training/rules/{y}", year)).content("{\"yearlyCap\":3,\"attendancePercent\":120}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field").value(hasItem("attendancePercent")));
		mvc.perform(hrss(put("/api/training/rules/{y}", 1999)).content("{\"yearlyCap\":3,\"attendancePercent\":80}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field").value(hasItem("year")));

		mvc.perform(post("/training/catalogue/standards/{y}", year).with(httpBasic("hrss", PASSWORD)).with(csrf())
			.param("standards[0].trainingType", "PRE_JOB").param("standards[0].level", "SPECIAL")
			.param("standards[0].amount", "abc").param("standards[0].minHours", "20")
			.param("standards[1].trainingType", "PRE_JOB").param("standards[1].level", "JUNIOR")
			.param("standards[1].amount", "900").param("standards[1].minHours", "0"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("value=\"abc\"")))
			.andExpect(content().string(containsString("补贴金额须为数字")));
		mvc.perform(post("/training/catalogue/standards/{y}", year).with(httpBasic("hrss", PASSWORD)).with(csrf())
			.param("standards[0].trainingType", "PRE_JOB").param("standards[0].level", "JUNIOR")
			.param("standards[0].amount", "900").param("standards[0].minHours", "0"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("最低课时应为 1 到 2000 的整数")));
		mvc.perform(post("/training/catalogue/rules/{y}", year).with(httpBasic("hrss", PASSWORD)).with(csrf())
			.param("yearlyCap", "3").param("attendancePercent", "85.55"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("value=\"85.55\"")))
			.andExpect(content().string(containsString("出勤率要求应大于 0、不超过 100，最多一位小数")));

		assertThat(jdbc.sql("select count(*) from training.subsidy_standard where year = :y").param("y", year)
			.query(Long.class).single()).isZero();
		assertThat(jdbc.sql("select count(*) from training.claim_rule where year = :y").param("y", year)
			.query(Long.class).single()).isZero();

		String code = "7-" + two() + "-" + two() + "-" + two();
		mvc.perform(hrss(post("/api/training/occupations")).content("{\"code\":\"7100105\",\"name\":\"格式错误\",\"kind\":\"OCCUPATION\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field").value(hasItem("code")));
		mvc.perform(post("/training/catalogue/occupations").with(httpBasic("hrss", PASSWORD)).with(csrf())
			.param("code", code).param("name", "").param("kind", "OCCUPATION"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("value=\"" + code + "\"")))
			.andExpect(content().string(containsString("请填写名称")));
		assertThat(jdbc.sql("select count(*) from training.occupation where code = :c").param("c", code)
			.query(Long.class).single()).isZero();
	}

	@Test
	void onlyTheBureauChangesTheCatalogueAndDeactivatesAnOccupation() throws Exception {
		int year = freeYear();
		mvc.perform(get("/api/training/rules/{y}", year).with(httpBasic("finance", PASSWORD))).andExpect(status().isOk());
		for (String user : new String[] { "finance", "school01", "police", "admin" }) {
			mvc.perform(put("/api/training/rules/{y}", year).with(httpBasic(user, PASSWORD)).with(csrf())
				.contentType(MediaType.APPLICATION_JSON).content("{\"yearlyCap\":3,\"attendancePercent\":80}"))
				.andExpect(status().isForbidden());
			mvc.perform(get("/training/catalogue").with(httpBasic(user, PASSWORD))).andExpect(status().isForbidden());
			mvc.perform(post("/training/catalogue/rules/{y}", year).with(httpBasic(user, PASSWORD)).with(csrf())
				.param("yearlyCap", "3").param("attendancePercent", "80")).andExpect(status().isForbidden());
		}
		mvc.perform(get("/api/training/standards/{y}", year).with(httpBasic("police", PASSWORD)))
			.andExpect(status().isForbidden());
		assertThat(jdbc.sql("select count(*) from training.claim_rule where year = :y").param("y", year)
			.query(Long.class).single()).isZero();

		String code = "S-T" + two() + two() + two();
		mvc.perform(hrss(post("/api/training/occupations")).content(
				"{\"code\":\"" + code + "\",\"name\":\"测试专项能力\",\"kind\":\"SPECIAL\"}"))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.active").value(true));
		mvc.perform(post("/training/catalogue/occupations/{c}/deactivation", code).with(httpBasic("finance", PASSWORD))
			.with(csrf())).andExpect(status().isForbidden());
		mvc.perform(post("/training/catalogue/occupations/{c}/deactivation", code).with(httpBasic("hrss", PASSWORD))
			.with(csrf())).andExpect(status().is3xxRedirection());
		assertThat(jdbc.sql("select active from training.occupation where code = :c").param("c", code)
			.query(Boolean.class).single()).isFalse();
		mvc.perform(post("/training/catalogue/occupations/{c}/deactivation", code).with(httpBasic("hrss", PASSWORD))
			.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("该职业已经停用")));
		mvc.perform(post("/training/catalogue/occupations/{c}/reactivation", code).with(httpBasic("hrss", PASSWORD))
			.with(csrf())).andExpect(status().is3xxRedirection());
		assertThat(jdbc.sql("select action from platform.audit_entry where subject_type = 'TrainingOccupation' and subject_id = :c order by id")
			.param("c", code).query(String.class).list())
			.containsExactly("training.occupation.added", "training.occupation.deactivated", "training.occupation.reactivated");
	}

	private MockHttpServletRequestBuilder hrss(MockHttpServletRequestBuilder request) {
		return request.with(httpBasic("hrss", PASSWORD)).with(csrf()).contentType(MediaType.APPLICATION_JSON);
	}

	/** A year between 2030 and 2099 with neither standards nor rules, nor standards in the year after. */
	private int freeYear() {
		while (true) {
			int year = ThreadLocalRandom.current().nextInt(2030, 2099);
			long used = jdbc.sql("""
					select (select count(*) from training.subsidy_standard where year in (:y, :y + 1))
					     + (select count(*) from training.claim_rule where year = :y)
					""").param("y", year).query(Long.class).single();
			if (used == 0) {
				return year;
			}
		}
	}

	private static String two() {
		return String.format("%02d", ThreadLocalRandom.current().nextInt(100));
	}

}
