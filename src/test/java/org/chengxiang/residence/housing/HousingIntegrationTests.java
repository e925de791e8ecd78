package org.chengxiang.residence.housing;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.chengxiang.platform.crypto.PersonalDataProtector;
import org.chengxiang.residence.ResidenceFixtures;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;

import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.chengxiang.directory.TestRegistrations.PASSWORD;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Public rental housing end to end on the one-stop core: eligibility by local hukou or a valid permit, limits from the
 * rules as data, the waiting list, allocation to the top, who may act, and bad input. Each test makes its own people
 * and records; entries written straight to the list are removed afterwards.
 */
@SpringBootTest
@AutoConfigureMockMvc
@RecordApplicationEvents
class HousingIntegrationTests {

	static final String FORM = "{\"householdSize\":\"3\",\"householdIncome\":\"4500\",\"housingArea\":\"0\"}";

	@Autowired
	MockMvc mvc;

	@Autowired
	JsonMapper json;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	PersonalDataProtector protector;

	@Autowired
	WaitingList waitingList;

	@Autowired
	HousingStock stock;

	@Autowired
	HousingRules rules;

	@Autowired
	ApplicationEvents events;

	private final List<Long> written = new java.util.ArrayList<>();

	@AfterEach
	void removeWrittenEntries() {
		for (Long id : written) {
			jdbc.sql("update residence.housing_unit set status = 'FREE', tenant_id = null where tenant_id = :id")
				.param("id", id)
				.update();
			jdbc.sql("delete from residence.housing_waiting where id = :id").param("id", id).update();
		}
	}

	@Test
	void aResidentWithoutLocalHukouOrPermitIsRefusedByTheNamedRuleAndNothingIsWritten() throws Exception {
		String username = HousingJourney.resident(mvc, "gzfno", HousingJourney.fromAnotherProvince());
		HousingJourney.draft(mvc, username, HousingHandler.ITEM_CODE, FORM)
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field").value(hasItem("applicant")))
			.andExpect(jsonPath("$.errors[*].rule").value(hasItem("localHukouOrPermitPolicy")));
		assertThat(applicationsOf(username)).isZero();
	}

	@Test
	void aPermitHolderFromAnotherProvinceIsListedAndSeesPlacePointsAndReasonsWhichNobodyElseSees() throws Exception {
		String idNumber = HousingJourney.fromAnotherProvince();
		String username = HousingJourney.resident(mvc, "gzfok", idNumber);
		LocalDate today = LocalDate.now(java.time.ZoneId.of("Asia/Shanghai"));
		ResidenceFixtures.permit(jdbc, protector.personKey(idNumber), today.minusMonths(8), today.plusMonths(4));
		long id = HousingJourney.id(json, HousingJourney.draft(mvc, username, HousingHandler.ITEM_CODE, FORM)
			.andExpect(status().isCreated()));
		HousingJourney.submitAndApprove(mvc, json, username, "zjj", id, 2);

		await().atMost(java.time.Duration.ofSeconds(20))
			.until(() -> waitingList.isListed(id));
		int points = HousingPoints.score(new Household(3, 4500, BigDecimal.ZERO), rules.current()).total();
		mvc.perform(get("/api/residence/housing/mine").with(httpBasic(username, PASSWORD)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.items", hasSize(1)))
			.andExpect(jsonPath("$.items[0].status").value("WAITING"))
			.andExpect(jsonPath("$.items[0].points").value(points))
			.andExpect(jsonPath("$.items[0].place").isNumber())
			.andExpect(jsonPath("$.items[0].reasons", hasSize(4)));
		String number = waitingList.findAll().stream().filter(e -> e.applicationId() == id).findFirst().orElseThrow()
			.applicationNumber();
		mvc.perform(get("/residence/housing/mine").with(httpBasic(username, PASSWORD)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(number)));
		// the list shows it to the bureau
		mvc.perform(get("/api/residence/housing/waiting-list").with(httpBasic("zjj", PASSWORD)))
			.andExpect(jsonPath("$.items[*].applicationNumber").value(hasItem(number)));

		String other = HousingJourney.resident(mvc, "gzfother", HousingJourney.fromAnotherProvince());
		mvc.perform(get("/api/residence/housing/mine").with(httpBasic(other, PASSWORD)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.items", hasSize(0)));
		mvc.perform(get("/residence/housing/mine").with(httpBasic(other, PASSWORD)))
			.andExpect(content().string(not(containsString(number))));

		HousingJourney.draft(mvc, username, HousingHandler.ITEM_CODE, FORM)
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].rule").value(hasItem("notAlreadyWaitingPolicy")));
		written.add(waitingList.findAll().stream().filter(e -> e.applicationId() == id).findFirst().orElseThrow().id());
	}

	@Test
	void theLimitsAreDataTheBureauChanges() throws Exception {
		String idNumber = HousingJourney.fromAnotherProvince();
		String username = HousingJourney.resident(mvc, "gzflim", idNumber);
		LocalDate today = LocalDate.now(java.time.ZoneId.of("Asia/Shanghai"));
		ResidenceFixtures.permit(jdbc, protector.personKey(idNumber), today.minusMonths(8), today.plusMonths(4));
		HousingRule before = rules.current();
		try {
			mvc.perform(put("/api/residence/housing/rules").with(httpBasic("zjj", PASSWORD))
				.contentType(MediaType.APPLICATION_JSON)
				.content(change(before, 1000)))
				.andExpect(status().isOk())
				.andExpect(jsonPath("$.maxIncomePerHead").value(1000));
			HousingJourney.draft(mvc, username, HousingHandler.ITEM_CODE, FORM)
				.andExpect(status().isBadRequest())
				.andExpect(jsonPath("$.errors[0].field").value("householdIncome"))
				.andExpect(jsonPath("$.errors[0].rule").value("incomeWithinLimitPolicy"));
		}
		finally {
			mvc.perform(put("/api/residence/housing/rules").with(httpBasic("zjj", PASSWORD))
				.contentType(MediaType.APPLICATION_JSON)
				.content(change(before, before.maxIncomePerHead(), rules.current().version())))
				.andExpect(status().isOk());
		}
		HousingJourney.draft(mvc, username, HousingHandler.ITEM_CODE, FORM).andExpect(status().isCreated());
	}

	@Test
	void freeUnitsGoToTheTopOfTheListByPointsThenByTheDayListed() throws Exception {
		LocalDate today = LocalDate.now(java.time.ZoneId.of("Asia/Shanghai"));
		WaitingListEntry later = listed(900_000, today.minusDays(1));
		WaitingListEntry earlier = listed(900_000, today.minusDays(30));
		WaitingListEntry fewer = listed(899_999, today.minusDays(60));
		long first = unit("A-101");
		long second = unit("A-102");

		mvc.perform(post("/api/residence/housing/units/{id}/allocation", first).with(httpBasic("zjj", PASSWORD))
			.contentType(MediaType.APPLICATION_JSON).content("{\"version\":0}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.applicationNumber").value(earlier.applicationNumber()));
		mvc.perform(post("/api/residence/housing/units/{id}/allocation", second).with(httpBasic("zjj", PASSWORD))
			.contentType(MediaType.APPLICATION_JSON).content("{\"version\":0}"))
			.andExpect(jsonPath("$.applicationNumber").value(later.applicationNumber()));
		assertThat(waitingList.findById(fewer.id()).orElseThrow().status()).isEqualTo(WaitingStatus.WAITING);
		assertThat(events.stream(HousingAllocated.class).map(HousingAllocated::unitId)).containsExactly(first, second);

		// a let unit is not let again; after the move-out it goes to the next at the top
		mvc.perform(post("/api/residence/housing/units/{id}/allocation", first).with(httpBasic("zjj", PASSWORD))
			.contentType(MediaType.APPLICATION_JSON).content("{\"version\":1}"))
			.andExpect(status().isConflict());
		mvc.perform(post("/api/residence/housing/units/{id}/vacancy", first).with(httpBasic("zjj", PASSWORD))
			.contentType(MediaType.APPLICATION_JSON).content("{\"version\":1}"))
			.andExpect(status().isNoContent());
		mvc.perform(post("/api/residence/housing/units/{id}/allocation", first).with(httpBasic("zjj", PASSWORD))
			.contentType(MediaType.APPLICATION_JSON).content("{\"version\":2}"))
			.andExpect(jsonPath("$.applicationNumber").value(fewer.applicationNumber()));
	}

	@Test
	void clerksOfOtherBureausAndResidentsCannotKeepTheListOrTheRules() throws Exception {
		long unit = unit("B-201");
		HousingRule before = rules.current();
		for (String user : List.of("hrss", "police", "edu", "resident")) {
			mvc.perform(put("/api/residence/housing/rules").with(httpBasic(user, PASSWORD))
				.contentType(MediaType.APPLICATION_JSON).content(change(before, 1)))
				.andExpect(status().isForbidden());
			mvc.perform(post("/api/residence/housing/units/{id}/allocation", unit).with(httpBasic(user, PASSWORD))
				.contentType(MediaType.APPLICATION_JSON).content("{\"version\":0}"))
				.andExpect(status().isForbidden());
			mvc.perform(post("/api/residence/housing/units").with(httpBasic(user, PASSWORD))
				.contentType(MediaType.APPLICATION_JSON).content("{\"estate\":\"X\",\"unitNumber\":\"1\",\"area\":50}"))
				.andExpect(status().isForbidden());
			mvc.perform(get("/api/residence/housing/waiting-list").with(httpBasic(user, PASSWORD)))
				.andExpect(status().isForbidden());
			mvc.perform(get("/residence/housing").with(httpBasic(user, PASSWORD))).andExpect(status().isForbidden());
		}
		assertThat(rules.current()).isEqualTo(before);
		assertThat(stock.findById(unit).orElseThrow().status()).isEqualTo(UnitStatus.FREE);
	}

	@Test
	void badInputAnswersAProblemNamingTheFieldAndWritesNothing() throws Exception {
		HousingRule before = rules.current();
		mvc.perform(put("/api/residence/housing/rules").with(httpBasic("zjj", PASSWORD))
			.contentType(MediaType.APPLICATION_JSON)
			.content(change(before, -1)))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.errors[0].field").value("maxIncomePerHead"));
		assertThat(rules.current()).isEqualTo(before);

		long units = stock.count();
		mvc.perform(post("/api/residence/housing/units").with(httpBasic("zjj", PASSWORD))
			.contentType(MediaType.APPLICATION_JSON).content("{\"estate\":\"钢都家园\",\"unitNumber\":\"9-9-909\",\"area\":0}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("area"));
		assertThat(stock.count()).isEqualTo(units);

		String username = HousingJourney.resident(mvc, "gzfbad", HousingJourney.fromAnotherProvince());
		HousingJourney.draft(mvc, username, HousingHandler.ITEM_CODE,
				"{\"householdSize\":\"three\",\"householdIncome\":\"4500\",\"housingArea\":\"0\"}")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("householdSize"));
		assertThat(applicationsOf(username)).isZero();
	}

	@Test
	void theRulesPageShowsAProblemBesideItsFieldAndChangesNothing() throws Exception {
		HousingRule before = rules.current();
		mvc.perform(post("/residence/housing/rules").with(httpBasic("zjj", PASSWORD)).with(csrf())
			.param("maxIncomePerHead", "lots")
			.param("maxAreaPerHead", "15")
			.param("pointsPerMember", "10")
			.param("maxMembersCounted", "5")
			.param("pointsWithoutHousing", "20")
			.param("pointsPerIncomeStep", "2")
			.param("incomeStep", "100")
			.param("pointsPerAreaStep", "1")
			.param("areaStep", "0")
			.param("version", String.valueOf(before.version())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("请填写整数")))
			.andExpect(content().string(containsString("value=\"lots\"")));
		assertThat(rules.current()).isEqualTo(before);
		mvc.perform(post("/residence/housing/rules").with(httpBasic("zjj", PASSWORD)).with(csrf())
			.param("maxIncomePerHead", "3000")
			.param("maxAreaPerHead", "15")
			.param("pointsPerMember", "10")
			.param("maxMembersCounted", "5")
			.param("pointsWithoutHousing", "20")
			.param("pointsPerIncomeStep", "2")
			.param("incomeStep", "100")
			.param("pointsPerAreaStep", "1")
			.param("areaStep", "0")
			.param("version", String.valueOf(before.version())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("须大于 0")));
		assertThat(rules.current()).isEqualTo(before);
	}

	private WaitingListEntry listed(int points, LocalDate on) {
		long applicationId = -java.util.concurrent.ThreadLocalRandom.current().nextLong(1_000_000, 1_000_000_000);
		WaitingListEntry entry = waitingList.save(WaitingListEntry.list(applicationId, "T-" + (-applicationId), 0,
				protector.personKey("T" + applicationId), new Household(1, 1000, BigDecimal.ZERO), points, on));
		written.add(entry.id());
		return entry;
	}

	private long unit(String number) throws Exception {
		String estate = "测试小区" + java.util.concurrent.ThreadLocalRandom.current().nextInt(1_000_000);
		String answer = mvc.perform(post("/api/residence/housing/units").with(httpBasic("zjj", PASSWORD))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"estate\":\"%s\",\"unitNumber\":\"%s\",\"area\":45.5}".formatted(estate, number)))
			.andExpect(status().isCreated())
			.andReturn().getResponse().getContentAsString();
		return ((Number) json.readValue(answer, Map.class).get("id")).longValue();
	}

	private int applicationsOf(String username) {
		return jdbc.sql("""
				select count(*) from services.application a join directory.app_user u on u.id = a.applicant_user_id
				where u.username = :username
				""").param("username", username).query(Integer.class).single();
	}

	private String change(HousingRule rule, int maxIncome) {
		return change(rule, maxIncome, rule.version());
	}

	private String change(HousingRule rule, int maxIncome, int version) {
		return """
				{"maxIncomePerHead":%d,"maxAreaPerHead":%s,"pointsPerMember":%d,"maxMembersCounted":%d,
				 "pointsWithoutHousing":%d,"pointsPerIncomeStep":%d,"incomeStep":%d,"pointsPerAreaStep":%d,
				 "areaStep":%s,"version":%d}
				""".formatted(maxIncome, rule.maxAreaPerHead(), rule.pointsPerMember(), rule.maxMembersCounted(),
				rule.pointsWithoutHousing(), rule.pointsPerIncomeStep(), rule.incomeStep(), rule.pointsPerAreaStep(),
				rule.areaStep(), version);
	}

}
