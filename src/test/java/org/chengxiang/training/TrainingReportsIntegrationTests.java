package org.chengxiang.training;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.chengxiang.directory.Directory;
import org.chengxiang.directory.PlaceChoices;
import org.chengxiang.plan.IndicatorSource;
import org.chengxiang.plan.IndicatorSource.IndicatorScope;
import org.chengxiang.platform.crypto.GeneratedIdNumbers;
import org.chengxiang.platform.crypto.PersonalDataProtector;
import org.chengxiang.residence.housing.HousingJourney;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.chengxiang.directory.TestRegistrations.PASSWORD;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The training report's figures per town, occupation and type from data of years no other test writes to (2039,
 * 2041, 2042), its Excel workbook, the plan's indicators rising with a closed class, a certificate and a confirmed
 * batch, and a resident's own trainings that nobody else sees.
 */
@SpringBootTest
@AutoConfigureMockMvc
class TrainingReportsIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JsonMapper json;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	PersonalDataProtector protector;

	@Autowired
	Directory directory;

	@Autowired
	List<IndicatorSource> indicators;

	@Autowired
	Clock clock;

	DisbursementFixtures fixtures;

	@BeforeEach
	void fixtures() {
		fixtures = new DisbursementFixtures(jdbc, protector);
	}

	@Test
	void theReportCountsPerTownOccupationAndTypeAndTheWorkbookHoldsIt() throws Exception {
		List<PlaceChoices.Town> towns = directory.placeChoices().towns().stream().filter(t -> !t.places().isEmpty())
			.limit(2).toList();
		PlaceChoices.Town first = towns.get(0);
		PlaceChoices.Town second = towns.get(1);
		long institution = fixtures.provider("报表培训学校", "INSTITUTION");
		long enterprise = fixtures.provider("报表企业", "ENTERPRISE");
		String welder = fixtures.occupation("焊工");
		String cook = fixtures.occupation("中式烹调师");
		long one = fixtures.trainingClass(institution, welder, "PRE_JOB", "JUNIOR", first.places().get(0).code(),
				LocalDate.of(2041, 6, 30));
		fixtures.enrol(one, null, true, "PASSED");
		fixtures.certify(fixtures.enrol(one, null, true, "PASSED"), "SKILL_LEVEL", LocalDate.of(2041, 7, 10));
		fixtures.enrol(one, null, false, "FAILED");
		long two = fixtures.trainingClass(enterprise, cook, "UPGRADING", "SPECIAL", second.places().get(0).code(),
				LocalDate.of(2041, 9, 30));
		fixtures.certify(fixtures.enrol(two, null, true, "PASSED"), "SPECIAL_ABILITY", LocalDate.of(2041, 10, 8));
		fixtures.certify(fixtures.enrol(two, null, true, "PASSED"), "SPECIAL_ABILITY", LocalDate.of(2041, 10, 8));
		long cancelled = fixtures.trainingClass(institution, welder, "PRE_JOB", "JUNIOR", first.places().get(0).code(),
				LocalDate.of(2041, 8, 1));
		fixtures.enrol(cancelled, null, true, null);
		jdbc.sql("update training.training_class set status = 'CANCELLED' where id = :id").param("id", cancelled).update();

		TrainingReportQueries.TrainingReport report = (TrainingReportQueries.TrainingReport) mvc
			.perform(get("/training/reports").param("year", "2041").with(httpBasic("hrss", PASSWORD)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"town-chart\"")))
			.andReturn()
			.getModelAndView()
			.getModel()
			.get("report");
		assertThat(line(report.towns(), first.code())).isEqualTo(new TrainingReportQueries.Figures(1, 3, 2, 2, 1));
		assertThat(line(report.towns(), second.code())).isEqualTo(new TrainingReportQueries.Figures(1, 2, 2, 2, 2));
		assertThat(line(report.occupations(), welder)).isEqualTo(new TrainingReportQueries.Figures(1, 3, 2, 2, 1));
		assertThat(line(report.occupations(), cook)).isEqualTo(new TrainingReportQueries.Figures(1, 2, 2, 2, 2));
		assertThat(line(report.types(), "PRE_JOB")).isEqualTo(new TrainingReportQueries.Figures(1, 3, 2, 2, 1));
		assertThat(line(report.types(), "UPGRADING")).isEqualTo(new TrainingReportQueries.Figures(1, 2, 2, 2, 2));
		assertThat(report.total()).isEqualTo(new TrainingReportQueries.Figures(2, 5, 4, 4, 3));

		byte[] file = mvc.perform(get("/training/reports.xlsx").param("year", "2041").with(httpBasic("finance", PASSWORD)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		try (Workbook workbook = WorkbookFactory.create(new ByteArrayInputStream(file))) {
			assertThat(workbook.getNumberOfSheets()).isEqualTo(4);
			assertThat(rows(workbook.getSheetAt(0))).contains(List.of(first.name(), "1", "3", "2", "2", "1"),
					List.of(second.name(), "1", "2", "2", "2", "2"));
			assertThat(rows(workbook.getSheetAt(1)).stream().map(r -> r.get(0)))
				.anyMatch(name -> name.startsWith("焊工"));
			assertThat(rows(workbook.getSheetAt(2))).hasSize(2);
		}

		for (String user : List.of("school01", "resident", "police")) {
			mvc.perform(get("/training/reports").with(httpBasic(user, PASSWORD))).andExpect(status().isForbidden());
			mvc.perform(get("/training/reports.xlsx").with(httpBasic(user, PASSWORD)))
				.andExpect(status().isForbidden());
		}
		for (String user : List.of("supervisor", "admin", "finance")) {
			mvc.perform(get("/training/reports").with(httpBasic(user, PASSWORD))).andExpect(status().isOk());
		}
	}

	@Test
	void theIndicatorsRiseWithAClosedClassACertificateAndAConfirmedBatch() throws Exception {
		assertThat(indicators.stream().filter(i -> i.key().startsWith("training."))).hasSize(3)
			.allSatisfy(i -> {
				assertThat(i.measuredTask()).isEqualTo(TrainingTask.WORDS);
				assertThat(i.name()).isNotBlank();
				assertThat(i.unit()).isNotBlank();
			});
		long provider = fixtures.provider("指标培训学校", "INSTITUTION");
		long classId = fixtures.trainingClass(provider, fixtures.occupation("电工"), "PRE_JOB", "JUNIOR", "210882001001",
				LocalDate.of(2042, 2, 20));
		long enrolment = fixtures.enrol(classId, null, true, "PASSED");
		fixtures.enrol(classId, null, true, "PASSED");
		double trained = measure("training.trained", 2042);
		fixtures.close(classId, LocalDate.of(2042, 3, 1));
		assertThat(measure("training.trained", 2042)).isEqualTo(trained + 2);

		double certified = measure("training.certified", 2042);
		fixtures.certify(enrolment, "SKILL_LEVEL", LocalDate.of(2042, 3, 5));
		assertThat(measure("training.certified", 2042)).isEqualTo(certified + 1);

		int year = LocalDate.now(clock).getYear();
		double paid = measure("training.subsidy-paid", year);
		long claim = fixtures.approvedClaim("210882001001", 2, new BigDecimal("1250.00"));
		long batch = api("/api/training/disbursements", "{\"claimIds\":[%d]}".formatted(claim));
		api("/api/training/disbursements/" + batch + "/sending", "{\"version\":0}");
		assertThat(measure("training.subsidy-paid", year)).isEqualTo(paid);
		api("/api/training/disbursements/" + batch + "/confirmation", "{\"version\":1,\"voucher\":\"GK-IND-1\"}");
		assertThat(measure("training.subsidy-paid", year)).isEqualTo(paid + 2500);

		String provider2 = jdbc.sql("""
				select p.name from training.provider p join training.claim c on c.provider_id = p.id where c.id = :id""")
			.param("id", claim).query(String.class).single();
		TrainingReportQueries.TrainingReport report = (TrainingReportQueries.TrainingReport) mvc
			.perform(get("/training/reports").with(httpBasic("finance", PASSWORD)))
			.andExpect(status().isOk())
			.andReturn().getModelAndView().getModel().get("report");
		assertThat(report.subsidies()).contains(
				new TrainingReportQueries.Subsidy(provider2, "INSTITUTION", 1, 2, new BigDecimal("2500.00")));
	}

	@Test
	void aResidentSeesTheirOwnCertificateAndNotAnothers() throws Exception {
		String idNumber = GeneratedIdNumbers.random();
		String trainee = HousingJourney.resident(mvc, "pxme", idNumber);
		String other = HousingJourney.resident(mvc, "pxot", GeneratedIdNumbers.random());
		long provider = fixtures.provider("我的培训学校", "INSTITUTION");
		long classId = fixtures.trainingClass(provider, fixtures.occupation("育婴员"), "PRE_JOB", "JUNIOR",
				"210882001001", LocalDate.of(2039, 4, 30));
		long enrolment = fixtures.enrol(classId, idNumber, true, "PASSED");
		long session = jdbc.sql("""
				insert into training.session (class_id, held_on, hours, topic) values (:c, date '2039-04-20', 8, '实操')
				returning id""").param("c", classId).query(Long.class).single();
		long absent = jdbc.sql("""
				insert into training.session (class_id, held_on, hours, topic) values (:c, date '2039-04-21', 2, '理论')
				returning id""").param("c", classId).query(Long.class).single();
		jdbc.sql("insert into training.attendance values (:s, :e, true), (:a, :e, false)")
			.param("s", session).param("a", absent).param("e", enrolment).update();
		fixtures.close(classId, LocalDate.of(2039, 5, 2));
		fixtures.certify(enrolment, "SKILL_LEVEL", LocalDate.of(2039, 5, 20));
		String number = jdbc.sql("select certificate_number from training.enrolment where id = :id")
			.param("id", enrolment).query(String.class).single();

		mvc.perform(get("/training/mine").with(httpBasic(trainee, PASSWORD)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(number)))
			.andExpect(content().string(containsString("id=\"certificate-" + enrolment + "\"")))
			.andExpect(content().string(containsString("80%")));
		mvc.perform(get("/api/training/mine").with(httpBasic(trainee, PASSWORD)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.items[0].certificateNumber").value(number))
			.andExpect(jsonPath("$.items[0].attendancePercent").value(80))
			.andExpect(jsonPath("$.items[0].result").value("PASSED"));
		mvc.perform(get("/training/mine").with(httpBasic(other, PASSWORD)))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString(number))))
			.andExpect(content().string(containsString("id=\"no-certificates\"")));
		mvc.perform(get("/api/training/mine").with(httpBasic(other, PASSWORD)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.items").isEmpty());
		mvc.perform(get("/api/training/mine").with(httpBasic("hrss", PASSWORD))).andExpect(status().isForbidden());
	}

	private static TrainingReportQueries.Figures line(List<TrainingReportQueries.Line> lines, String code) {
		return lines.stream().filter(l -> l.code().equals(code)).findFirst().orElseThrow().figures();
	}

	private static List<List<String>> rows(Sheet sheet) {
		DataFormatter formatter = new DataFormatter();
		List<List<String>> rows = new ArrayList<>();
		for (Row row : sheet) {
			if (row.getRowNum() == 0) {
				continue;
			}
			List<String> cells = new ArrayList<>();
			row.forEach(cell -> cells.add(formatter.formatCellValue(cell)));
			rows.add(cells);
		}
		return rows;
	}

	private double measure(String key, int year) {
		return indicators.stream()
			.filter(i -> i.key().equals(key))
			.findFirst()
			.orElseThrow()
			.measure(new IndicatorScope(1, year, 1))
			.map(IndicatorSource.IndicatorValue::value)
			.orElse(0.0);
	}

	private long api(String uri, String body) throws Exception {
		String answer = mvc.perform(post(uri).with(httpBasic("finance", PASSWORD))
			.contentType(MediaType.APPLICATION_JSON)
			.content(body))
			.andExpect(status().is2xxSuccessful())
			.andReturn()
			.getResponse()
			.getContentAsString();
		return ((Number) ((Map<?, ?>) json.readValue(answer, Map.class).get("batch")).get("id")).longValue();
	}

}
