package org.chengxiang;

import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.chengxiang.directory.TestRegistrations.PASSWORD;

/**
 * The home page counts what waits for each person, from every module, within their scope: the numbers are those
 * of the lists they link to, and another department's or person's work never shows.
 */
@SpringBootTest
@AutoConfigureMockMvc
class WorkbenchIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aClerkSeesHisDepartmentsApplicationsAndCasesAndNoOneElses() throws Exception {
		String police = home("police");
		assertThat(count(police, "办件待受理")).isEqualTo(sql("""
				select count(*) from services.application a join directory.app_user u on u.department_id = a.department_id
				where u.username = 'police' and a.status = 'SUBMITTED'
				"""));
		assertThat(count(police, "案件处置中")).isEqualTo(sql("""
				select count(*) from cityops.city_case c join directory.app_user u on u.department_id = c.department_id
				where u.username = 'police' and c.status in ('DISPATCHED', 'HANDLING', 'REWORK')
				"""));
		assertThat(count(police, "办件待受理")).as("the demo's submitted settlement application").isPositive();
		assertThat(police).contains("/services/inbox?tray=WAITING").doesNotContain("案件待立案");
		assertThat(police.indexOf("办件待受理")).as("services first, then city operations, then the plan")
			.isLessThan(police.indexOf("案件处置中"));
		assertThat(police.indexOf("案件处置中")).isLessThan(police.indexOf("方案任务在办"));

		String zjj = home("zjj");
		long zjjHandling = sql("""
				select count(*) from cityops.city_case c join directory.app_user u on u.department_id = c.department_id
				where u.username = 'zjj' and c.status in ('DISPATCHED', 'HANDLING', 'REWORK')
				""");
		assertThat(count(zjj, "案件处置中")).isEqualTo(zjjHandling);
		assertThat(zjjHandling).as("the demo's manhole cases at the housing bureau").isPositive();
		assertThat(count(zjj, "办件待受理")).as("the police's applications are not the housing bureau's")
			.isEqualTo(sql("""
					select count(*) from services.application a join directory.app_user u on u.department_id = a.department_id
					where u.username = 'zjj' and a.status = 'SUBMITTED'
					"""));
	}

	@Test
	void theOperationsCentreTheGridOfficerAndTheResidentEachSeeTheirOwnWork() throws Exception {
		String operator = home("operator");
		assertThat(count(operator, "案件待立案")).isEqualTo(sql("select count(*) from cityops.city_case where status = 'REPORTED'"))
			.isPositive();
		assertThat(count(operator, "告警未确认")).isEqualTo(
				sql("select count(*) from cityops.alarm where state = 'ACTIVE' and acknowledged_at is null"));
		assertThat(operator).doesNotContain("办件待受理");

		String officer = home("grid01");
		assertThat(count(officer, "案件待核查")).isEqualTo(sql("""
				select count(*) from cityops.city_case c where c.status = 'FEEDBACK'
				  and (c.reporter_user_id = (select id from directory.app_user where username = 'grid01')
				       or exists (select 1 from cityops.grid_officer o join directory.app_user u on u.id = o.user_id
				                  where u.username = 'grid01' and o.grid_cell_id = c.grid_cell_id))
				"""));
		assertThat(officer).doesNotContain("告警未确认");

		String resident = home("resident");
		assertThat(count(resident, "办件待我补正")).isEqualTo(sql("""
				select count(*) from services.application a join directory.app_user u on u.id = a.applicant_user_id
				where u.username = 'resident' and a.status = 'CORRECTION_REQUESTED'
				"""));
		// a resident may open the cases they reported from the menu, but no case counts wait for them
		assertThat(resident).doesNotContain("案件待").doesNotContain("案件处置中").doesNotContain("案件超时")
			.doesNotContain("案件挂账").doesNotContain("方案任务");
	}

	private String home(String username) throws Exception {
		return mvc.perform(get("/").accept(MediaType.TEXT_HTML).with(httpBasic(username, PASSWORD)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

	private long sql(String query) {
		return jdbc.sql(query).query(Long.class).single();
	}

	/** The number on the tile with this label; fails if there is none. */
	private static long count(String page, String label) {
		var matcher = Pattern.compile("<span class=\"count\">(\\d+)</span>\\s*<span class=\"label\">" + label + "</span>")
			.matcher(page);
		assertThat(matcher.find()).as("a tile " + label).isTrue();
		return Long.parseLong(matcher.group(1));
	}

}
