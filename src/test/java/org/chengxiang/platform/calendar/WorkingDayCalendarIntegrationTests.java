package org.chengxiang.platform.calendar;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;

import org.chengxiang.platform.audit.AuditEntry;
import org.chengxiang.platform.audit.AuditQuery;
import org.chengxiang.platform.audit.AuditTrail;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.transaction.support.TransactionOperations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@SpringBootTest
@AutoConfigureMockMvc
@WithMockUser
class WorkingDayCalendarIntegrationTests {

	// A Wednesday in a year no arrangement covers, so defining it disturbs no other test sharing the database.
	private static final LocalDate SCRATCH_DAY = LocalDate.of(2031, 3, 12);

	private static final int SCRATCH_YEAR = 2031;

	@Autowired
	MockMvc mvc;

	@Autowired
	WorkingDayCalendar calendar;

	@Autowired
	BundledCalendarLoader loader;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TransactionOperations transactions;

	@Autowired
	AuditTrail auditTrail;

	@AfterEach
	void removeWhatTheTestDefined() {
		calendar.remove(SCRATCH_DAY);
		jdbc.sql("delete from platform.calendar_year where year = :year").param("year", SCRATCH_YEAR).update();
		calendar.refresh();
	}

	@Test
	void loadsTheBundledArrangementsOf2020Through2026() {
		assertThat(calendar.coveredYears()).containsAll(IntStream.rangeClosed(2020, 2026).boxed().toList());
		assertThat(calendar.year(2020)).hasValueSatisfying(
				(year) -> assertThat(year.source()).contains("国办发明电〔2019〕16号", "国办发明电〔2020〕1号"));
		assertThat(calendar.day(LocalDate.of(2020, 10, 1))).hasValue(
				new CalendarDay(LocalDate.of(2020, 10, 1), DayKind.HOLIDAY, "国庆节、中秋节", CalendarDay.BUNDLED));
		assertThat(jdbc.sql("select count(*) from platform.calendar_day where source = :source")
			.param("source", CalendarDay.BUNDLED)
			.query(Integer.class)
			.single()).isEqualTo(254);
	}

	@Test
	void startingAgainLoadsNothing() {
		assertThat(loader.loadNewYears()).isEmpty();
	}

	@Test
	void startingAgainKeepsADayAnAdministratorRemoved() {
		LocalDate lastDayOff = LocalDate.of(2020, 10, 8);
		try {
			calendar.remove(lastDayOff);
			loader.loadNewYears();
			calendar.refresh();
			assertThat(calendar.day(lastDayOff)).isEmpty();
			assertThat(calendar.isWorkingDay(lastDayOff)).isTrue();
		}
		finally {
			jdbc.sql("insert into platform.calendar_day values ('2020-10-08', 'HOLIDAY', '国庆节、中秋节', :source)")
				.param("source", CalendarDay.BUNDLED)
				.update();
			calendar.refresh();
		}
	}

	@Test
	void answersNationalDay2020() throws Exception {
		mvc.perform(get("/api/calendar/days/2020-10-01"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.date").value("2020-10-01"))
			.andExpect(jsonPath("$.workingDay").value(false))
			.andExpect(jsonPath("$.kind").value("HOLIDAY"))
			.andExpect(jsonPath("$.name").value("国庆节、中秋节"))
			.andExpect(jsonPath("$.covered").value(true));
	}

	@Test
	void answersAWorkedSundayAndAnOrdinaryDay() throws Exception {
		mvc.perform(get("/api/calendar/days/2020-09-27"))
			.andExpect(jsonPath("$.workingDay").value(true))
			.andExpect(jsonPath("$.kind").value("WORKDAY"));
		mvc.perform(get("/api/calendar/days/2020-09-26"))
			.andExpect(jsonPath("$.workingDay").value(false))
			.andExpect(jsonPath("$.kind").isEmpty());
	}

	@Test
	void addsWorkingDaysAcrossNationalDay() throws Exception {
		mvc.perform(get("/api/calendar/add-working-days").param("from", "2020-09-30").param("days", "3"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.from").value("2020-09-30"))
			.andExpect(jsonPath("$.days").value(3))
			.andExpect(jsonPath("$.result").value("2020-10-12"))
			.andExpect(jsonPath("$.coveredYears", hasItems(2020, 2026)))
			.andExpect(jsonPath("$.uncoveredYears").isEmpty());
	}

	@Test
	void showsWhenAResultWasCountedOnWeekendsOnly() throws Exception {
		mvc.perform(get("/api/calendar/add-working-days").param("from", "2026-12-30").param("days", "10"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.result").value("2027-01-13"))
			.andExpect(jsonPath("$.uncoveredYears[0]").value(2027));
	}

	@Test
	void countsWorkingDaysBetweenTwoDates() throws Exception {
		mvc.perform(get("/api/calendar/working-days-between").param("from", "2020-09-30").param("to", "2020-10-12"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.workingDays").value(3));
	}

	@Test
	void listsTheSpecialDaysOfAYear() throws Exception {
		mvc.perform(get("/api/calendar/years/2020"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.covered").value(true))
			.andExpect(jsonPath("$.source").value(startsWith("国务院办公厅关于2020年部分节假日安排的通知")))
			.andExpect(jsonPath("$.days.length()").value(36))
			.andExpect(jsonPath("$.days[0].date").value("2020-01-01"));
	}

	@Test
	void refusesAnUnparseableDateNamingTheField() throws Exception {
		expectProblem(mvc.perform(get("/api/calendar/days/2020-13-01")), "date",
				"日期格式应为 yyyy-MM-dd");
		expectProblem(mvc.perform(get("/api/calendar/working-days-between").param("from", "2020-09-30").param("to", "tomorrow")),
				"to", "日期格式应为 yyyy-MM-dd");
	}

	@Test
	void refusesNegativeDaysNamingTheField() throws Exception {
		expectProblem(mvc.perform(get("/api/calendar/add-working-days").param("from", "2020-09-30").param("days", "-1")),
				"days", "工作日数不能为负");
	}

	@Test
	void refusesAbsurdOrMissingArguments() throws Exception {
		expectProblem(mvc.perform(get("/api/calendar/add-working-days").param("from", "2020-09-30").param("days", "3651")),
				"days", "工作日数不能超过 3650");
		expectProblem(mvc.perform(get("/api/calendar/add-working-days").param("from", "2020-09-30")), "days",
				"不能为空");
		expectProblem(mvc.perform(get("/api/calendar/add-working-days").param("from", "1990-01-01").param("days", "1")),
				"from", "日期应在 1995-05-01 至 2999-12-31 之间");
		expectProblem(mvc.perform(get("/api/calendar/years/20200")), "year",
				"年份应在 1995 至 2999 之间");
	}

	@Test
	@WithMockUser(roles = "ADMIN")
	void definingAndRemovingADayChangesTheAnswer() throws Exception {
		mvc.perform(get("/api/calendar/days/{date}", SCRATCH_DAY)).andExpect(jsonPath("$.workingDay").value(true));

		mvc.perform(put("/api/calendar/days/{date}", SCRATCH_DAY).with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"kind": "HOLIDAY", "name": "测试假日"}"""))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.kind").value("HOLIDAY"))
			.andExpect(jsonPath("$.source").value(CalendarDay.ADMIN));
		mvc.perform(get("/api/calendar/days/{date}", SCRATCH_DAY))
			.andExpect(jsonPath("$.workingDay").value(false))
			.andExpect(jsonPath("$.name").value("测试假日"));
		assertThat(calendar.addWorkingDays(SCRATCH_DAY.minusDays(1), 1)).isEqualTo(SCRATCH_DAY.plusDays(1));

		mvc.perform(delete("/api/calendar/days/{date}", SCRATCH_DAY).with(csrf())).andExpect(status().isNoContent());
		mvc.perform(get("/api/calendar/days/{date}", SCRATCH_DAY))
			.andExpect(jsonPath("$.workingDay").value(true))
			.andExpect(jsonPath("$.kind").isEmpty());
		assertThat(calendar.addWorkingDays(SCRATCH_DAY.minusDays(1), 1)).isEqualTo(SCRATCH_DAY);
	}

	@Test
	void definitionRolledBackWithTheCallersTransactionDoesNotStayInTheCache() {
		transactions.executeWithoutResult((status) -> {
			calendar.define(new DefineCalendarDay(SCRATCH_DAY, DayKind.HOLIDAY, "测试假日"));
			status.setRollbackOnly();
		});
		assertThat(calendar.day(SCRATCH_DAY)).isEmpty();
		assertThat(calendar.isWorkingDay(SCRATCH_DAY)).isTrue();

		transactions.executeWithoutResult((status) -> {
			calendar.define(new DefineCalendarDay(SCRATCH_DAY, DayKind.HOLIDAY, "测试假日"));
			assertThat(calendar.day(SCRATCH_DAY)).as("before commit").isEmpty();
		});
		assertThat(calendar.isWorkingDay(SCRATCH_DAY)).isFalse();
	}

	@Test
	@WithMockUser(roles = "ADMIN")
	void declaringAYearCoversIt() throws Exception {
		mvc.perform(put("/api/calendar/years/{year}", SCRATCH_YEAR).with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"source": "国务院办公厅关于2031年部分节假日安排的通知（测试）"}"""))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.covered").value(true));
		assertThat(calendar.coveredYears()).contains(SCRATCH_YEAR);
	}

	@Test
	@WithMockUser(roles = "ADMIN")
	void refusesADefinitionWithoutKindAndWritesNothing() throws Exception {
		expectProblem(mvc.perform(put("/api/calendar/days/{date}", SCRATCH_DAY).with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"name": "测试假日"}""")), "kind", "不能为空");
		assertThat(calendar.day(SCRATCH_DAY)).isEmpty();
	}

	@Test
	@WithMockUser(roles = "ADMIN")
	void refusesAnUnknownKindOrAnOverlongName() throws Exception {
		expectProblem(mvc.perform(put("/api/calendar/days/{date}", SCRATCH_DAY).with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"kind": "PICNIC", "name": "测试假日"}""")), "kind",
				"应为 HOLIDAY（放假）或 WORKDAY（调休上班）");
		expectProblem(mvc.perform(put("/api/calendar/days/{date}", SCRATCH_DAY).with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"kind\": \"HOLIDAY\", \"name\": \"" + "节".repeat(101) + "\"}")), "name",
				"不能超过 100 个字符");
		assertThat(calendar.day(SCRATCH_DAY)).isEmpty();
	}

	@Test
	void definingADayRecordsItBeforeAndAfterInTheAuditTrail() {
		long since = newestAuditId();
		calendar.define(new DefineCalendarDay(SCRATCH_DAY, DayKind.HOLIDAY, "测试假日"));
		calendar.define(new DefineCalendarDay(SCRATCH_DAY, DayKind.HOLIDAY, "测试假日（更正）"));
		calendar.remove(SCRATCH_DAY);

		List<AuditEntry> entries = auditEntriesSince(since, "calendar_day", SCRATCH_DAY.toString());
		assertThat(entries).extracting(AuditEntry::action)
			.containsExactly("calendar.day.removed", "calendar.day.defined", "calendar.day.defined");
		AuditEntry first = entries.get(2);
		assertThat(first.actor()).isEqualTo("user");
		assertThat(first.before()).isNull();
		assertThat(json(first.after())).isEqualTo(
				json("{\"date\":\"2031-03-12\",\"kind\":\"HOLIDAY\",\"name\":\"测试假日\",\"source\":\"admin\"}"));
		AuditEntry correction = entries.get(1);
		assertThat(correction.before()).isEqualTo(first.after());
		assertThat(json(correction.after()).get("name").asString()).isEqualTo("测试假日（更正）");
		AuditEntry removal = entries.get(0);
		assertThat(removal.before()).isEqualTo(correction.after());
		assertThat(removal.after()).isNull();
		assertThat(auditTrail.verify().intact()).isTrue();
	}

	@Test
	void removingAnOrdinaryDayChangesNothingAndRecordsNothing() {
		long since = newestAuditId();
		calendar.remove(SCRATCH_DAY);
		assertThat(auditEntriesSince(since, "calendar_day", SCRATCH_DAY.toString())).isEmpty();
	}

	@Test
	void declaringAYearRecordsTheDeclaration() {
		long since = newestAuditId();
		calendar.declareYear(new DeclareCalendarYear(SCRATCH_YEAR, "测试通知"));

		List<AuditEntry> entries = auditEntriesSince(since, "calendar_year", String.valueOf(SCRATCH_YEAR));
		assertThat(entries).singleElement().satisfies((entry) -> {
			assertThat(entry.action()).isEqualTo("calendar.year.declared");
			assertThat(entry.before()).isNull();
			assertThat(json(entry.after())).isEqualTo(json("{\"source\":\"测试通知\",\"year\":2031}"));
		});
	}

	@Test
	void aDefinitionRolledBackLeavesNoAuditEntry() {
		long since = newestAuditId();
		transactions.executeWithoutResult((status) -> {
			calendar.define(new DefineCalendarDay(SCRATCH_DAY, DayKind.HOLIDAY, "测试假日"));
			status.setRollbackOnly();
		});
		assertThat(auditEntriesSince(since, "calendar_day", SCRATCH_DAY.toString())).isEmpty();
	}

	private static JsonNode json(String text) {
		return JsonMapper.shared().readTree(text);
	}

	private long newestAuditId() {
		return auditTrail.search(AuditQuery.latest(1)).stream().mapToLong(AuditEntry::id).findFirst().orElse(0);
	}

	private List<AuditEntry> auditEntriesSince(long id, String subjectType, String subjectId) {
		return auditTrail.search(AuditQuery.ofSubject(subjectType, subjectId, AuditQuery.MAX_SIZE))
			.stream()
			.filter((entry) -> entry.id() > id)
			.toList();
	}

	private static void expectProblem(ResultActions result, String field, String detail) throws Exception {
		result.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.status").value(400))
			.andExpect(jsonPath("$.field").value(field))
			.andExpect(jsonPath("$.detail").value(detail));
	}

}
