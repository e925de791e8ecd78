package org.chengxiang.residence.schools;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.Test;

import org.chengxiang.directory.TestRegistrations;
import org.chengxiang.platform.crypto.GeneratedIdNumbers;
import org.chengxiang.platform.crypto.PersonalDataProtector;
import org.chengxiang.platform.security.CurrentUser;
import org.chengxiang.platform.security.CurrentUsers;
import org.chengxiang.directory.Directory;
import org.chengxiang.residence.ResidenceFixtures;

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
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A guardian's application through the one-stop core to an offer, the round's draw against the same rules in one SQL
 * statement, the waiting list moving up, and who may see and do what. Each test makes its own year, schools and
 * guardians.
 */
@SpringBootTest
@AutoConfigureMockMvc
class SchoolPlacesIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	JsonMapper json;

	@Autowired
	SchoolDesk schoolDesk;

	@Autowired
	RoundDesk roundDesk;

	@Autowired
	Directory directory;

	@Autowired
	PersonalDataProtector protector;

	@Test
	void aBadChildIdNumberOrAnAgeOutsideTheGradeIsRefusedNamingTheFieldAndNothingIsWritten() throws Exception {
		int year = freeYear();
		long school = school(year, 2);
		Guardian guardian = guardian(year);
		long before = applications();

		mvc.perform(draft(guardian, form("210882199001011234", year, "P1", school)))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field").value(hasItem("childIdNumber")));
		String tooYoung = GeneratedIdNumbers.of("230102", LocalDate.of(year - 4, 3, 1), 11);
		mvc.perform(draft(guardian, form(tooYoung, year, "P1", school)))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field").value(hasItem("grade")));
		// born on 1 September, the child is still 5 on the cut-off date of 31 August
		String lateBirthday = GeneratedIdNumbers.of("230102", LocalDate.of(year - 6, 9, 1), 12);
		mvc.perform(draft(guardian, form(lateBirthday, year, "P1", school)))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field").value(hasItem("grade")));

		assertThat(applications()).isEqualTo(before);
		assertThat(jdbc.sql("select count(*) from residence.school_application where year = :year").param("year", year)
			.query(Long.class).single()).isZero();
	}

	@Test
	void theRoundOffersByPriorityAsTheSqlStatementDoesAndADeclinedPlaceMovesTheWaitingListUp() throws Exception {
		int year = freeYear();
		long school = school(year, 1);
		Guardian first = guardian(year);
		Guardian second = guardian(year);
		Guardian noPermit = guardian(null);
		long a = apply(first, child(year, 1), year, school);
		long b = apply(second, child(year, 2), year, school);
		long c = apply(noPermit, child(year, 3), year, school);
		await().atMost(Duration.ofSeconds(30)).until(() -> jdbc
			.sql("select count(*) from residence.school_application where year = :year").param("year", year)
			.query(Long.class).single() == 3);

		// another bureau's clerk can neither publish the seed nor draw
		mvc.perform(post("/residence/schools/rounds/{y}/seed", year).with(httpBasic("zjj", PASSWORD)).with(csrf())
			.param("version", "0")).andExpect(status().isForbidden());
		mvc.perform(post("/residence/schools/rounds/{y}/seed", year).with(httpBasic("edu", PASSWORD)).with(csrf())
			.param("version", "0").param("seed", "test-seed-" + year)).andExpect(status().is3xxRedirection());
		mvc.perform(post("/residence/schools/rounds/{y}/draw", year).with(httpBasic("police", PASSWORD)).with(csrf())
			.param("version", "1")).andExpect(status().isForbidden());
		// once the seed is published, no more applications
		mvc.perform(draft(guardian(year), form(child(year, 4), year, "P1", school))).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field").value(hasItem("year")));

		List<Map<String, Object>> bySql = jdbc.sql(AllocationSql.SQL + " order by id")
			.param("year", year).param("reference", LocalDate.of(year, 6, 30)).param("seed", "test-seed-" + year)
			.query().listOfRows();
		mvc.perform(post("/residence/schools/rounds/{y}/draw", year).with(httpBasic("edu", PASSWORD)).with(csrf())
			.param("version", "1")).andExpect(status().is3xxRedirection());
		List<Map<String, Object>> drawn = jdbc.sql("""
				select id, status, priority_rank from residence.school_application where year = :year order by id
				""").param("year", year).query().listOfRows();
		assertThat(drawn).isEqualTo(bySql);
		assertThat(statusOf(c)).isEqualTo("INELIGIBLE");
		assertThat(List.of(statusOf(a), statusOf(b))).containsExactlyInAnyOrder("OFFERED", "WAITING");
		Guardian offered = "OFFERED".equals(statusOf(a)) ? first : second;
		Guardian waiting = offered == first ? second : first;
		long offeredId = offered == first ? a : b;
		long waitingId = offered == first ? b : a;

		// each guardian sees their own child only, and cannot answer for another's
		mvc.perform(get("/api/residence/schools/mine").with(httpBasic(offered.username(), PASSWORD)))
			.andExpect(jsonPath("$.items", hasSize(1)))
			.andExpect(jsonPath("$.items[0].id").value(offeredId))
			.andExpect(jsonPath("$.items[0].status").value("OFFERED"));
		mvc.perform(get("/residence/schools/mine").with(httpBasic(waiting.username(), PASSWORD)))
			.andExpect(status().isOk())
			.andExpect(result -> assertThat(result.getResponse().getContentAsString())
				.doesNotContain("place-" + offeredId).contains("place-" + waitingId));
		mvc.perform(post("/api/residence/schools/mine/{id}/acceptance", offeredId)
			.with(httpBasic(waiting.username(), PASSWORD)).contentType(MediaType.APPLICATION_JSON)
			.content("{\"version\":1}")).andExpect(status().isNotFound());
		assertThat(statusOf(offeredId)).isEqualTo("OFFERED");

		mvc.perform(post("/api/residence/schools/mine/{id}/declination", offeredId)
			.with(httpBasic(offered.username(), PASSWORD)).contentType(MediaType.APPLICATION_JSON)
			.content("{\"version\":1}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("DECLINED"));
		assertThat(statusOf(waitingId)).isEqualTo("OFFERED");
		mvc.perform(post("/api/residence/schools/mine/{id}/acceptance", waitingId)
			.with(httpBasic(waiting.username(), PASSWORD)).contentType(MediaType.APPLICATION_JSON)
			.content("{\"version\":2}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("ACCEPTED"));
		assertThat(jdbc.sql("""
				select count(*) from residence.school_application where year = :year and status in ('OFFERED', 'ACCEPTED')
				""").param("year", year).query(Long.class).single()).isEqualTo(1);
	}

	@Test
	void aChildAppliedForByOneGuardianIsRefusedToTheOtherAndResidenceCountsFromTheRegistration() throws Exception {
		int year = freeYear();
		long school = school(year, 2);
		Guardian mother = guardian(year);
		Guardian father = guardian(year);
		// the mother's registration counts from a late endorsement, later than the day she declares
		LocalDate countedFrom = LocalDate.of(year - 1, 4, 15);
		ResidenceFixtures.registration(jdbc, protector.personKey(mother.idNumber()),
				directory.gridCells().get(0).divisionCode(), directory.gridCells().get(0).id(),
				LocalDate.of(year - 5, 1, 1), countedFrom);
		String child = child(year, 5);
		long applied = apply(mother, child, year, school);
		assertThat(jdbc.sql("select residence_since from residence.school_application where id = :id")
			.param("id", applied).query(LocalDate.class).single()).isEqualTo(countedFrom);

		long before = applications();
		mvc.perform(draft(father, form(child, year, "P1", school)))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field").value(hasItem("childIdNumber")));
		assertThat(applications()).isEqualTo(before);
		// the father, with no registration, is ranked from the day he declares
		long own = apply(father, child(year, 6), year, school);
		assertThat(jdbc.sql("select residence_since from residence.school_application where id = :id")
			.param("id", own).query(LocalDate.class).single()).isEqualTo(LocalDate.of(2020, 5, 1));
	}

	@Test
	void onlyTheEducationBureauKeepsSchoolsAndRounds() throws Exception {
		for (String user : List.of("police", "zjj", "resident")) {
			mvc.perform(get("/residence/schools").with(httpBasic(user, PASSWORD))).andExpect(status().isForbidden());
			mvc.perform(get("/residence/schools/rounds").with(httpBasic(user, PASSWORD))).andExpect(status().isForbidden());
			mvc.perform(post("/residence/schools").with(httpBasic(user, PASSWORD)).with(csrf()).param("name", "x"))
				.andExpect(status().isForbidden());
		}
		mvc.perform(get("/residence/schools").with(httpBasic("edu", PASSWORD))).andExpect(status().isOk());
		mvc.perform(get("/residence/schools/rounds").with(httpBasic("edu", PASSWORD))).andExpect(status().isOk());
		mvc.perform(get("/residence/schools/supply").with(httpBasic("edu", PASSWORD))).andExpect(status().isOk());
		mvc.perform(get("/residence/schools/mine").with(httpBasic("edu", PASSWORD))).andExpect(status().isForbidden());
	}

	@Test
	void aClerkAddsASchoolOnThePageAndAnEmptyCatchmentComesBackBesideItsField() throws Exception {
		long cell = directory.gridCells().get(0).id();
		String place = directory.gridCells().get(0).divisionCode();
		String name = "测试小学" + ThreadLocalRandom.current().nextInt(1_000_000);
		mvc.perform(post("/residence/schools").with(httpBasic("edu", PASSWORD)).with(csrf())
			.param("name", name).param("kind", "PRIMARY").param("divisionCode", place))
			.andExpect(status().isOk())
			.andExpect(result -> assertThat(result.getResponse().getContentAsString())
				.contains("请至少选择一个学区网格").contains(name));
		mvc.perform(post("/residence/schools").with(httpBasic("edu", PASSWORD)).with(csrf())
			.param("name", name).param("kind", "PRIMARY").param("divisionCode", place)
			.param("gridCells", String.valueOf(cell)))
			.andExpect(status().is3xxRedirection());
		assertThat(jdbc.sql("select count(*) from residence.school where name = :n").param("n", name)
			.query(Long.class).single()).isEqualTo(1);
	}

	// --- helpers

	record Guardian(String username, String idNumber) {
	}

	private int freeYear() {
		for (int i = 0; i < 200; i++) {
			int year = ThreadLocalRandom.current().nextInt(2001, 2026);
			if (jdbc.sql("select count(*) from residence.school_round where year = :y").param("y", year)
				.query(Long.class).single() == 0) {
				return year;
			}
		}
		throw new IllegalStateException("no free year");
	}

	/** A primary school with the places in grade 1, and the year's round open (reference date 30 June). */
	private long school(int year, int places) {
		CurrentUser edu = directory.user("edu").orElseThrow();
		long cell = directory.gridCells().get(0).id();
		return CurrentUsers.runAs(edu, () -> {
			long id = schoolDesk.open("测试小学" + year + "-" + ThreadLocalRandom.current().nextInt(1_000_000),
					SchoolKind.PRIMARY, directory.gridCells().get(0).divisionCode(), java.util.Set.of(cell));
			schoolDesk.offer(id, 0, year, "P1", places);
			roundDesk.open(year, LocalDate.of(year, 6, 30), null);
			return id;
		});
	}

	/** A resident registered with a number of their own, with a permit covering the year (none for null). */
	private Guardian guardian(Integer permitYear) throws Exception {
		ThreadLocalRandom random = ThreadLocalRandom.current();
		String username = "guardian" + random.nextInt(100_000, 1_000_000);
		String idNumber = GeneratedIdNumbers.random();
		TestRegistrations.register(mvc, """
				{"username":"%s","displayName":"周监护","idNumber":"%s","phone":"139%08d"}
				""".formatted(username, idNumber, random.nextInt(100_000_000))).andExpect(status().isCreated());
		if (permitYear != null) {
			ResidenceFixtures.permit(jdbc, protector.personKey(idNumber), LocalDate.of(permitYear - 1, 1, 1),
					LocalDate.of(permitYear + 1, 12, 31));
		}
		return new Guardian(username, idNumber);
	}

	private static String child(int year, int sequence) {
		return GeneratedIdNumbers.of("230102", LocalDate.of(year - 6, 3, 1 + sequence),
				ThreadLocalRandom.current().nextInt(1, 999));
	}

	private String form(String childId, int year, String grade, long school) {
		return json.writeValueAsString(Map.of("itemCode", SchoolPlaceHandler.ITEM_CODE, "form",
				Map.of("childName", "周小明", "childIdNumber", childId, "year", String.valueOf(year), "grade", grade,
						"schoolId", String.valueOf(school), "gridCellId",
						String.valueOf(directory.gridCells().get(0).id()), "residenceSince", "2020-05-01")));
	}

	private org.springframework.test.web.servlet.RequestBuilder draft(Guardian guardian, String body) {
		return post("/api/services/applications").with(httpBasic(guardian.username(), PASSWORD))
			.contentType(MediaType.APPLICATION_JSON)
			.content(body);
	}

	/** Drafts and submits; the core application's id. */
	private long apply(Guardian guardian, String childId, int year, long school) throws Exception {
		String created = mvc.perform(draft(guardian, form(childId, year, "P1", school)))
			.andExpect(status().isCreated())
			.andReturn().getResponse().getContentAsString();
		long id = json.readTree(created).get("id").asLong();
		mvc.perform(post("/api/services/applications/{id}/submission", id).with(httpBasic(guardian.username(), PASSWORD)))
			.andExpect(status().isOk());
		await().atMost(Duration.ofSeconds(30)).until(() -> jdbc
			.sql("select count(*) from residence.school_application where application_id = :id").param("id", id)
			.query(Long.class).single() == 1);
		return jdbc.sql("select id from residence.school_application where application_id = :id").param("id", id)
			.query(Long.class).single();
	}

	private String statusOf(long id) {
		return jdbc.sql("select status from residence.school_application where id = :id").param("id", id)
			.query(String.class).single();
	}

	private long applications() {
		return jdbc.sql("select count(*) from services.application").query(Long.class).single();
	}

}
