package org.chengxiang.residence.pension;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.chengxiang.plan.IndicatorSource;
import org.chengxiang.platform.crypto.PersonalDataProtector;
import org.chengxiang.residence.ResidenceFixtures;
import org.chengxiang.residence.housing.HousingJourney;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.chengxiang.directory.TestRegistrations.PASSWORD;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Flexible-employment pension enrolment on the one-stop core: a permit holder from another province enrols and the
 * plan's indicator counts it; only the human resources bureau publishes bands; bad input is refused by its field.
 */
@SpringBootTest
@AutoConfigureMockMvc
class PensionIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JsonMapper json;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	PersonalDataProtector protector;

	@Autowired
	PensionEnrolments enrolments;

	@Autowired
	PensionBands bands;

	@Autowired
	List<IndicatorSource> indicators;

	@Test
	void aPermitHolderFromAnotherProvinceEnrolsAndTheIndicatorRises() throws Exception {
		String idNumber = HousingJourney.fromAnotherProvince();
		String username = HousingJourney.resident(mvc, "ylok", idNumber);
		LocalDate today = LocalDate.now(java.time.ZoneId.of("Asia/Shanghai"));
		HousingJourney.draft(mvc, username, PensionHandler.ITEM_CODE, "{\"contributionBase\":\"5000\"}")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].rule").value(hasItem("residesLawfullyPolicy")));

		ResidenceFixtures.permit(jdbc, protector.personKey(idNumber), today.minusMonths(2), today.plusMonths(10));
		int year = today.getYear();
		int lower = bands.of(year).orElseThrow().lowerBase();
		double before = indicator(year);
		long id = HousingJourney.id(json, HousingJourney.draft(mvc, username, PensionHandler.ITEM_CODE,
				"{\"contributionBase\":\"%d\"}".formatted(lower)).andExpect(status().isCreated()));
		HousingJourney.submitAndApprove(mvc, json, username, "hrss", id, 1);

		await().atMost(java.time.Duration.ofSeconds(20)).until(() -> enrolments.isEnrolled(id));
		assertThat(indicator(year)).isEqualTo(before + 1);
		// one enrolment a year
		HousingJourney.draft(mvc, username, PensionHandler.ITEM_CODE, "{\"contributionBase\":\"%d\"}".formatted(lower))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].rule").value(hasItem("notAlreadyEnrolledPolicy")));
	}

	@Test
	void onlyTheHumanResourcesBureauPublishesBandsAndBadInputNamesItsField() throws Exception {
		List<PensionBand> before = bands.all();
		for (String user : List.of("zjj", "police", "edu", "resident")) {
			mvc.perform(put("/api/residence/pension/bands/2031").with(httpBasic(user, PASSWORD))
				.contentType(MediaType.APPLICATION_JSON).content("{\"lowerBase\":4000,\"upperBase\":20000}"))
				.andExpect(status().isForbidden());
		}
		mvc.perform(put("/api/residence/pension/bands/2031").with(httpBasic("hrss", PASSWORD))
			.contentType(MediaType.APPLICATION_JSON).content("{\"lowerBase\":-5,\"upperBase\":20000}"))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.errors[0].field").value("lowerBase"));
		mvc.perform(put("/api/residence/pension/bands/2031").with(httpBasic("hrss", PASSWORD))
			.contentType(MediaType.APPLICATION_JSON).content("{\"lowerBase\":9000,\"upperBase\":8000}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("upperBase"));
		assertThat(bands.all()).isEqualTo(before);

		String username = HousingJourney.resident(mvc, "ylbad", HousingJourney.fromAnotherProvince());
		HousingJourney.draft(mvc, username, PensionHandler.ITEM_CODE, "{\"contributionBase\":\"lots\"}")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("contributionBase"));
		assertThat(jdbc.sql("""
				select count(*) from services.application a join directory.app_user u on u.id = a.applicant_user_id
				where u.username = :username
				""").param("username", username).query(Integer.class).single()).isZero();
	}

	private double indicator(int year) {
		return indicators.stream()
			.filter(i -> i.key().equals("residence.pension-enrolments"))
			.findFirst()
			.orElseThrow()
			.measure(new IndicatorSource.IndicatorScope(1, year, 1))
			.orElseThrow()
			.value();
	}

}
