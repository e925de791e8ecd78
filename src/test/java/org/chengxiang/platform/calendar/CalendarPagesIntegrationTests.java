package org.chengxiang.platform.calendar;

import java.time.LocalDate;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.chengxiang.directory.TestRegistrations.PASSWORD;

@SpringBootTest
@AutoConfigureMockMvc
class CalendarPagesIntegrationTests {

	// A Wednesday in a year no arrangement covers and no other test defines.
	private static final LocalDate SCRATCH_DAY = LocalDate.of(2032, 5, 12);

	@Autowired
	MockMvc mvc;

	@Autowired
	WorkingDayCalendar calendar;

	@AfterEach
	void removeWhatTheTestDefined() {
		calendar.remove(SCRATCH_DAY);
	}

	@Test
	void staffSeeTheSpecialDaysOfAYear() throws Exception {
		mvc.perform(get("/calendar").param("year", "2020").accept(MediaType.TEXT_HTML).with(httpBasic("police", PASSWORD)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("国庆节")))
			.andExpect(content().string(containsString("星期四")))
			.andExpect(content().string(containsString("调休上班")))
			.andExpect(content().string(containsString("2020 年的官方节假日安排已载入")))
			.andExpect(content().string(containsString("国办发明电〔2019〕16号")))
			// only administrators change the calendar
			.andExpect(content().string(not(containsString("action=\"/calendar/days\""))));
	}

	@Test
	void warnsThatAYearWithoutAnArrangementCountsWeekendsOnly() throws Exception {
		mvc.perform(get("/calendar").param("year", "2035").accept(MediaType.TEXT_HTML).with(httpBasic("police", PASSWORD)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("2035 年的官方节假日安排尚未载入")));
	}

	@Test
	void aYearThatCannotBeShownFallsBackToThisYearWithAMessage() throws Exception {
		mvc.perform(get("/calendar").param("year", "20200").accept(MediaType.TEXT_HTML).with(httpBasic("police", PASSWORD)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("年份应为 1995 至 2999 之间的整数")));
		mvc.perform(get("/calendar").param("year", "next").accept(MediaType.TEXT_HTML).with(httpBasic("police", PASSWORD)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("年份应为 1995 至 2999 之间的整数")));
	}

	@Test
	void residentsCannotSeeTheCalendar() throws Exception {
		mvc.perform(get("/calendar").accept(MediaType.TEXT_HTML).with(httpBasic("resident", PASSWORD)))
			.andExpect(status().isForbidden());
		mvc.perform(get("/calendar/addition").param("start", "2020-09-30")
			.param("days", "3")
			.header("HX-Request", "true")
			.with(httpBasic("resident", PASSWORD))).andExpect(status().isForbidden());
	}

	@Test
	void calculatorAddsWorkingDaysAcrossNationalDay() throws Exception {
		mvc.perform(get("/calendar/addition").param("start", "2020-09-30")
			.param("days", "3")
			.header("HX-Request", "true")
			.with(httpBasic("police", PASSWORD)))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("<strong>2020-10-12</strong>"), containsString("星期一"))))
			.andExpect(content().string(not(containsString("<html"))));
	}

	@Test
	void calculatorCountsWorkingDaysAndWarnsAboutUncoveredYears() throws Exception {
		mvc.perform(get("/calendar/between").param("from", "2020-09-30")
			.param("to", "2020-10-12")
			.header("HX-Request", "true")
			.with(httpBasic("police", PASSWORD)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<strong>3</strong>")))
			.andExpect(content().string(not(containsString("没有载入官方节假日安排"))));
		mvc.perform(get("/calendar/addition").param("start", "2026-12-30")
			.param("days", "10")
			.header("HX-Request", "true")
			.with(httpBasic("police", PASSWORD)))
			.andExpect(content().string(containsString("<strong>2027-01-13</strong>")))
			.andExpect(content().string(containsString("2027 年没有载入官方节假日安排")));
	}

	@Test
	void calculatorShowsWhatItCannotUseOnTheField() throws Exception {
		mvc.perform(get("/calendar/addition").param("start", "2020-02-30")
			.param("days", "-1")
			.header("HX-Request", "true")
			.with(httpBasic("police", PASSWORD)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("日期格式应为 yyyy-MM-dd")))
			.andExpect(content().string(containsString("value=\"2020-02-30\"")));
		mvc.perform(get("/calendar/addition").param("start", "2020-09-30")
			.param("days", "-1")
			.param("lang", "en")
			.header("HX-Request", "true")
			.with(httpBasic("police", PASSWORD)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Working days must not be negative")));
	}

	@Test
	void withoutHtmxTheCalculatorAnswersTheWholePage() throws Exception {
		mvc.perform(get("/calendar/addition").param("start", "2020-09-30")
			.param("days", "3")
			.accept(MediaType.TEXT_HTML)
			.with(httpBasic("police", PASSWORD)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<html")))
			.andExpect(content().string(containsString("<strong>2020-10-12</strong>")));
	}

	@Test
	void administratorDefinesAndRemovesADayThroughThePage() throws Exception {
		mvc.perform(post("/calendar/days").with(httpBasic("admin", PASSWORD))
			.with(csrf())
			.param("date", SCRATCH_DAY.toString())
			.param("kind", "HOLIDAY")
			.param("name", "页面测试假日")
			.param("year", "2020"))
			.andExpect(redirectedUrl("/calendar?year=2032"))
			.andExpect(flash().attributeExists("flash"));
		assertThat(calendar.isWorkingDay(SCRATCH_DAY)).isFalse();
		mvc.perform(get("/calendar").param("year", "2032").accept(MediaType.TEXT_HTML).with(httpBasic("admin", PASSWORD)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("页面测试假日")))
			.andExpect(content().string(containsString("管理员设定")))
			.andExpect(content().string(containsString("/calendar/days/2032-05-12/removal")));

		mvc.perform(post("/calendar/days/{date}/removal", SCRATCH_DAY).with(httpBasic("admin", PASSWORD)).with(csrf()))
			.andExpect(redirectedUrl("/calendar?year=2032"));
		assertThat(calendar.day(SCRATCH_DAY)).isEmpty();
	}

	@Test
	void clerksCannotChangeTheCalendar() throws Exception {
		mvc.perform(post("/calendar/days").with(httpBasic("police", PASSWORD))
			.with(csrf())
			.param("date", SCRATCH_DAY.toString())
			.param("kind", "HOLIDAY")
			.param("name", "页面测试假日"))
			.andExpect(status().isForbidden());
		assertThat(calendar.day(SCRATCH_DAY)).isEmpty();
		mvc.perform(post("/calendar/days/{date}/removal", "2020-10-01").with(httpBasic("police", PASSWORD)).with(csrf()))
			.andExpect(status().isForbidden());
		assertThat(calendar.day(LocalDate.of(2020, 10, 1))).isPresent();
	}

	@Test
	void formWithoutANameReRendersWithTheErrorOnTheField() throws Exception {
		mvc.perform(post("/calendar/days").with(httpBasic("admin", PASSWORD))
			.with(csrf())
			.param("date", SCRATCH_DAY.toString())
			.param("kind", "HOLIDAY")
			.param("name", " ")
			.param("year", "2032"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("has-error")))
			.andExpect(content().string(containsString("<p class=\"error\">不能为空</p>")))
			.andExpect(content().string(containsString("value=\"2032-05-12\"")));
		assertThat(calendar.day(SCRATCH_DAY)).isEmpty();
	}

	@Test
	void formRefusesADateOutsideTheSupportedRangeOnTheField() throws Exception {
		mvc.perform(post("/calendar/days").with(httpBasic("admin", PASSWORD))
			.with(csrf())
			.param("date", "1990-01-01")
			.param("kind", "HOLIDAY")
			.param("name", "太早")
			.param("lang", "en"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Date must be between 1995-05-01 and 2999-12-31")));
	}

}
