package org.chengxiang.services;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.time.ZoneId;

import org.chengxiang.platform.calendar.WorkingDayCalendar;
import org.chengxiang.platform.web.Spreadsheets;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
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

/** 差评整改: an unsatisfied rating obliges the department to follow it up, and nobody else. */
@SpringBootTest
@AutoConfigureMockMvc
class RatingFollowUpIntegrationTests {

	static final byte[] PNG = { (byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0 };

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	WorkingDayCalendar calendar;

	@BeforeEach
	void item() throws Exception {
		TestItems.policeItem(mvc, jdbc, "TEST-FOLLOW", "回访测试证明", """
				[{"name":"身份证照片","required":true,"formats":"JPEG,PNG","maxBytes":2048}]
				""");
	}

	@Test
	void anUnsatisfiedRatingIsFollowedUpByTheDepartmentWithinItsTimeLimit() throws Exception {
		long id = decided();
		String number = jdbc.sql("select number from services.application where id = :id").param("id", id)
			.query(String.class).single();
		rate(id, 1, "跑了三趟");
		LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
		assertThat(jdbc.sql("select due_on from services.rating_follow_up where application_id = :id").param("id", id)
			.query(LocalDate.class).single()).isEqualTo(calendar.addWorkingDays(today, 15));

		// the department sees it; another department and the resident do not
		mvc.perform(get("/api/services/ratings/follow-ups").with(httpBasic("police", PASSWORD)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[*].number", hasItem(number)));
		mvc.perform(get("/api/services/ratings/follow-ups").with(httpBasic("hrss", PASSWORD)))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString(number))));
		mvc.perform(get("/api/services/ratings/follow-ups").with(httpBasic("supervisor", PASSWORD)))
			.andExpect(jsonPath("$[*].number", hasItem(number)));
		mvc.perform(get("/api/services/ratings/follow-ups").with(httpBasic("resident", PASSWORD)))
			.andExpect(status().isForbidden());
		mvc.perform(followUp(id, "hrss", "已电话回访", "已整改")).andExpect(status().isNotFound());
		mvc.perform(followUp(id, "supervisor", "已电话回访", "已整改")).andExpect(status().isForbidden());

		// both parts are required; a refused follow-up leaves nothing behind
		mvc.perform(followUp(id, "police", " ", null))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field", hasItem("contactNote")))
			.andExpect(jsonPath("$.errors[*].field", hasItem("measures")));
		mvc.perform(followUp(id, "police", "已电话回访", "改".repeat(1001)))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("measures"));
		assertThat(handledAt(id)).isNull();
		assertThat(steps(id)).isZero();

		long notificationsBefore = notifications(id);
		mvc.perform(followUp(id, "police", "12月5日电话回访，申请人反映材料要求不清", "已在办理须知中写明材料样例"))
			.andExpect(status().isNoContent());
		assertThat(handledAt(id)).isNotNull();
		assertThat(steps(id)).isOne();
		assertThat(notifications(id)).isEqualTo(notificationsBefore + 1);
		assertThat(jdbc.sql("select count(*) from platform.audit_entry where action = 'application.rating-follow-up' and subject_id = :n")
			.param("n", number).query(Long.class).single()).isOne();
		mvc.perform(followUp(id, "police", "再次回访", "再次整改")).andExpect(status().isConflict());

		// the ledger: the department's follow-ups with what was done, not another department's; the export is audited
		long exports = jdbc.sql("select count(*) from platform.audit_entry where action = 'services.follow-ups.exported'")
			.query(Long.class).single();
		byte[] xlsx = mvc.perform(get("/services/ratings/follow-ups/export.xlsx").with(httpBasic("police", PASSWORD)))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsByteArray();
		assertThat(Spreadsheets.read(new ByteArrayInputStream(xlsx))).anySatisfy(row -> {
			assertThat(row.get(0)).isEqualTo(number);
			assertThat(row.get(4)).isEqualTo("非常不满意");
			assertThat(row.get(8)).isEqualTo("已整改");
			assertThat(row.get(10)).isEqualTo("已在办理须知中写明材料样例");
		});
		byte[] other = mvc.perform(get("/services/ratings/follow-ups/export.xlsx").with(httpBasic("hrss", PASSWORD)))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsByteArray();
		assertThat(Spreadsheets.read(new ByteArrayInputStream(other))).noneSatisfy(row -> assertThat(row.get(0)).isEqualTo(number));
		mvc.perform(get("/services/ratings/follow-ups/export.xlsx").with(httpBasic("resident", PASSWORD)))
			.andExpect(status().isForbidden());
		assertThat(jdbc.sql("select count(*) from platform.audit_entry where action = 'services.follow-ups.exported'")
			.query(Long.class).single()).isEqualTo(exports + 2);
	}

	@Test
	void aSatisfiedRatingNeedsNoFollowUp() throws Exception {
		long id = decided();
		rate(id, 4, "");
		assertThat(jdbc.sql("select count(*) from services.rating_follow_up where application_id = :id").param("id", id)
			.query(Long.class).single()).isZero();
		mvc.perform(followUp(id, "police", "已回访", "已整改")).andExpect(status().isNotFound());
	}

	@Test
	void thePageShowsTheFormToTheDepartmentAndKeepsWhatWasTypedWhenRefused() throws Exception {
		long id = decided();
		rate(id, 2, "");
		mvc.perform(post("/services/ratings/follow-ups/{id}", id).with(csrf()).with(httpBasic("police", PASSWORD))
			.param("contactNote", "已电话回访").param("measures", ""))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("请填写整改措施")))
			.andExpect(content().string(containsString(">已电话回访</textarea>")))
			.andExpect(content().string(containsString("aria-invalid=\"true\"")));
		assertThat(handledAt(id)).isNull();
		mvc.perform(get("/services/ratings/follow-ups").with(httpBasic("supervisor", PASSWORD)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("follow-up-" + id)))
			.andExpect(content().string(not(containsString("follow-up-" + id + "-form"))))
			// the supervision office reads the list; the application itself is the department's, so no link to it
			.andExpect(content().string(not(containsString("href=\"/services/applications/" + id + "\""))));
		long open = jdbc.sql("""
				select count(*) from services.rating_follow_up f join directory.department d on d.id = f.department_id
				where d.code = 'PSB' and f.handled_at is null
				""").query(Long.class).single();
		assertThat(open).isPositive();
		String home = mvc.perform(get("/").accept(MediaType.TEXT_HTML).with(httpBasic("police", PASSWORD)))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();
		assertThat(home).containsPattern("href=\"/services/ratings/follow-ups\">\\s*<span class=\"count\">" + open
				+ "</span>\\s*<span class=\"label\">差评待整改</span>");
		mvc.perform(post("/services/ratings/follow-ups/{id}", id).with(csrf()).with(httpBasic("police", PASSWORD))
			.param("contactNote", "已电话回访").param("measures", "已优化流程"))
			.andExpect(redirectedUrl("/services/ratings/follow-ups"));
		assertThat(handledAt(id)).isNotNull();
	}

	@Test
	void theRatingsReportCountsFollowUpsDoneAndOverdue() throws Exception {
		long overdue = decided();
		rate(overdue, 1, "");
		jdbc.sql("update services.rating_follow_up set due_on = date '2020-01-02', rated_on = date '2020-01-01' where application_id = :id")
			.param("id", overdue).update();
		long done = decided();
		rate(done, 2, "");
		mvc.perform(followUp(done, "police", "已回访", "已整改")).andExpect(status().isNoContent());
		rate(decided(), 5, "");

		record Expected(long unsatisfied, long followedUp, long overdue) {
		}
		Expected expected = jdbc.sql("""
				select count(*) filter (where a.rating <= 2), count(f.handled_at),
				    count(*) filter (where f.handled_at is null and f.due_on < current_date)
				from services.application a left join services.rating_follow_up f on f.application_id = a.id
				where a.item_code = 'TEST-FOLLOW' and a.rating is not null
				""").query((rs, n) -> new Expected(rs.getLong(1), rs.getLong(2), rs.getLong(3))).single();
		assertThat(expected.overdue()).isPositive();
		assertThat(expected.followedUp()).isPositive();
		mvc.perform(get("/api/services/ratings").with(httpBasic("supervisor", PASSWORD)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[?(@.itemCode == 'TEST-FOLLOW')].unsatisfied").value((int) expected.unsatisfied()))
			.andExpect(jsonPath("$[?(@.itemCode == 'TEST-FOLLOW')].followedUp").value((int) expected.followedUp()))
			.andExpect(jsonPath("$[?(@.itemCode == 'TEST-FOLLOW')].overdue").value((int) expected.overdue()));
		mvc.perform(get("/services/ratings/follow-ups").with(httpBasic("police", PASSWORD)))
			.andExpect(content().string(containsString("已逾期")))
			.andExpect(content().string(containsString("href=\"/services/applications/")));
	}

	/** A TEST-FOLLOW application of the demo resident, approved by police. */
	private long decided() throws Exception {
		jdbc.sql("""
				update services.application set status = 'WITHDRAWN' where item_code = 'TEST-FOLLOW'
				  and status in ('DRAFT','SUBMITTED','ACCEPTED','UNDER_REVIEW','CORRECTION_REQUESTED','RESUBMITTED')
				""").update();
		String body = mvc.perform(post("/api/services/applications").with(httpBasic("resident", PASSWORD))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"itemCode\":\"TEST-FOLLOW\",\"form\":{\"purpose\":\"回访测试\"}}"))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString();
		long id = Long.parseLong(body.replaceAll("(?s)^\\{\"id\":(\\d+).*", "$1"));
		mvc.perform(multipart("/api/services/applications/{id}/materials/{p}", id, 1)
			.file(new MockMultipartFile("file", "id.png", "image/png", PNG))
			.with(httpBasic("resident", PASSWORD))).andExpect(status().isOk());
		mvc.perform(post("/api/services/applications/{id}/submission", id).with(httpBasic("resident", PASSWORD)))
			.andExpect(status().isOk());
		for (String step : new String[] { "acceptance", "review", "approval" }) {
			mvc.perform(post("/api/services/applications/{id}/{step}", id, step).with(httpBasic("police", PASSWORD)))
				.andExpect(status().isOk());
		}
		return id;
	}

	private void rate(long id, int level, String comment) throws Exception {
		mvc.perform(post("/api/services/applications/{id}/rating", id).with(httpBasic("resident", PASSWORD))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"level\":%d,\"comment\":\"%s\"}".formatted(level, comment)))
			.andExpect(status().isOk());
	}

	private org.springframework.test.web.servlet.RequestBuilder followUp(long id, String user, String note,
			String measures) {
		String body = "{\"contactNote\":%s,\"measures\":%s}".formatted(note == null ? "null" : "\"" + note + "\"",
				measures == null ? "null" : "\"" + measures + "\"");
		return post("/api/services/ratings/follow-ups/{id}", id).with(httpBasic(user, PASSWORD))
			.contentType(MediaType.APPLICATION_JSON)
			.content(body);
	}

	/** When the follow-up was handled; {@code null} while it is open. */
	private java.sql.Timestamp handledAt(long id) {
		return jdbc.sql("select handled_at from services.rating_follow_up where application_id = :id").param("id", id)
			.query((rs, n) -> java.util.Optional.ofNullable(rs.getTimestamp(1))).single().orElse(null);
	}

	private long steps(long id) {
		return jdbc.sql("select count(*) from services.application_step where application_id = :id and action = 'rating-follow-up'")
			.param("id", id).query(Long.class).single();
	}

	private long notifications(long id) {
		return jdbc.sql("select count(*) from services.notification where application_id = :id").param("id", id)
			.query(Long.class).single();
	}

}
