package org.chengxiang.training;

import java.math.BigDecimal;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.chengxiang.directory.TestRegistrations;
import org.chengxiang.platform.crypto.GeneratedIdNumbers;
import org.chengxiang.platform.crypto.PersonalDataProtector;
import org.chengxiang.platform.domain.StepRefused;
import org.chengxiang.platform.security.CurrentUser;
import org.chengxiang.platform.security.Role;
import org.chengxiang.training.ClaimFixtures.Trainee;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.transaction.support.TransactionTemplate;

import com.jayway.jsonpath.JsonPath;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A provider's claim through the bureaus' review and approval to payment, checked by the rules at every line, seen
 * only by those it concerns. Each test files its own occupation, class and trainees; the years are far ahead, so
 * that no other data meets their rules.
 */
@SpringBootTest
@AutoConfigureMockMvc
class ClaimsIntegrationTests {

	static final String PASSWORD = TestRegistrations.PASSWORD;

	static final int YEAR = 2037;

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	PersonalDataProtector protector;

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	ClaimDesk desk;

	@Autowired
	UserDetailsService users;

	ClaimFixtures fixtures;

	long school;

	String occupation;

	@BeforeEach
	void provider() {
		fixtures = new ClaimFixtures(jdbc, protector);
		school = fixtures.provider("TP-DSQ-YG");
		occupation = fixtures.occupation();
		fixtures.standard(YEAR, new BigDecimal("1500.00"), 80);
	}

	@Test
	void aClaimIsReviewedWithACutApprovedAndPaid() throws Exception {
		Trainee failed = new Trainee(GeneratedIdNumbers.random(), 5, false);
		long classId = fixtures.closedClass(school, occupation, YEAR, 30, List.of(Trainee.good(), Trainee.good(), failed));

		String submitted = mvc.perform(post("/api/training/classes/{id}/claim", classId)
			.with(httpBasic("school01", PASSWORD)).with(csrf()))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.number").value(org.hamcrest.Matchers.matchesPattern("PXBT\\d{4}-\\d{6}")))
			.andExpect(jsonPath("$.status").value("SUBMITTED"))
			.andExpect(jsonPath("$.granted").value(3000.0))
			.andExpect(jsonPath("$.rules.standardAmount").value(1500.0))
			.andExpect(jsonPath("$.lines[2].status").value("REFUSED"))
			.andExpect(jsonPath("$.lines[2].refusedBy[0]").value("NOT_COMPLETED"))
			.andExpect(jsonPath("$.lines[2].refusedBy[1]").value("ATTENDANCE_SHORT"))
			.andExpect(jsonPath("$.lines[2].idNumber").value(containsString("*")))
			.andReturn().getResponse().getContentAsString();
		long claimId = ((Number) JsonPath.read(submitted, "$.id")).longValue();
		long firstLine = ((Number) JsonPath.read(submitted, "$.lines[0].id")).longValue();
		long secondLine = ((Number) JsonPath.read(submitted, "$.lines[1].id")).longValue();
		assertThat(held(classId)).isEqualTo(2);
		assertThat(refusedRow(claimId)).isEqualTo("NOT_COMPLETED|NOT_COMPLETED,ATTENDANCE_SHORT");

		mvc.perform(post("/api/training/claims/{id}/lines/{line}/cut", claimId, firstLine)
			.with(httpBasic("hrss", PASSWORD)).with(csrf())
			.contentType(MediaType.APPLICATION_JSON).content("{\"reason\":\"证书编号查无此证\",\"version\":0}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.lines[0].status").value("CUT"))
			.andExpect(jsonPath("$.lines[0].cutReason").value("证书编号查无此证"))
			.andExpect(jsonPath("$.lines[1].id").value(secondLine))
			.andExpect(jsonPath("$.granted").value(1500.0));
		assertThat(held(classId)).as("the cut line holds its trainee no longer").isEqualTo(1);
		mvc.perform(post("/api/training/claims/{id}/review", claimId).with(httpBasic("hrss", PASSWORD)).with(csrf())
			.contentType(MediaType.APPLICATION_JSON).content("{\"version\":1}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("REVIEWED"));
		mvc.perform(get("/training/claims/{id}", claimId).with(httpBasic("finance", PASSWORD)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"approval-button\"")))
			.andExpect(content().string(containsString("证书编号查无此证")))
			.andExpect(content().string(not(containsString("id=\"review-button\""))));
		mvc.perform(post("/api/training/claims/{id}/approval", claimId).with(httpBasic("finance", PASSWORD)).with(csrf())
			.contentType(MediaType.APPLICATION_JSON).content("{\"version\":2}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("APPROVED"))
			.andExpect(jsonPath("$.decidedBy").value("finance"));

		transactions.executeWithoutResult(tx -> events.publishEvent(new BatchConfirmed(-1, List.of(claimId))));
		assertThat(jdbc.sql("select status from training.claim where id = :id").param("id", claimId)
			.query(String.class).single()).isEqualTo("PAID");
		assertThat(jdbc.sql("select count(*) from platform.audit_entry where subject_id = :n")
			.param("n", JsonPath.read(submitted, "$.number")).query(Integer.class).single())
			.as("submitted, cut, reviewed, approved, paid").isEqualTo(5);
	}

	@Test
	void aPersonSubsidisedLastYearForTheSameOccupationAndLevelIsRefusedByItsRule() throws Exception {
		Trainee again = Trainee.good();
		fixtures.subsidised(again.idNumber(), occupation, "JUNIOR", YEAR - 1);
		Trainee otherLevel = Trainee.good();
		fixtures.subsidised(otherLevel.idNumber(), occupation, "INTERMEDIATE", YEAR - 1);
		long classId = fixtures.closedClass(school, occupation, YEAR, 30, List.of(again, otherLevel));

		String page = mvc.perform(post("/training/classes/{id}/claim", classId).with(httpBasic("school01", PASSWORD))
			.with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andReturn().getResponse().getRedirectedUrl();
		mvc.perform(get(page).with(httpBasic("school01", PASSWORD)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("已享受过同一职业（工种）同一等级的补贴（" + (YEAR - 1) + "年）")))
			.andExpect(content().string(containsString("id=\"claim-rules\"")))
			.andExpect(content().string(not(containsString("id=\"review-button\""))))
			.andExpect(content().string(not(containsString("id=\"cut-button-1\""))));
		mvc.perform(get("/api/training/claims/{id}", page.substring(page.lastIndexOf('/') + 1))
			.with(httpBasic("hrss", PASSWORD)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.lines[0].status").value("REFUSED"))
			.andExpect(jsonPath("$.lines[0].refusedBy.length()").value(1))
			.andExpect(jsonPath("$.lines[0].refusedBy[0]").value("ALREADY_SUBSIDISED"))
			.andExpect(jsonPath("$.lines[0].reasons[0]").value(containsString(String.valueOf(YEAR - 1))))
			.andExpect(jsonPath("$.lines[1].status").value("GRANTED"));
		// the class has its claim: a second one is refused
		mvc.perform(post("/api/training/classes/{id}/claim", classId).with(httpBasic("school01", PASSWORD)).with(csrf()))
			.andExpect(status().isConflict());
		mvc.perform(post("/training/classes/{id}/claim", classId).with(httpBasic("school01", PASSWORD)).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("该培训班已有申领在办")));
		assertThat(jdbc.sql("select count(*) from training.claim where class_id = :id").param("id", classId)
			.query(Integer.class).single()).isEqualTo(1);
	}

	@Test
	void aRulesChangeAfterApprovalLeavesTheClaimsFrozenRulesAndAmounts() throws Exception {
		int year = YEAR + 1;
		fixtures.standard(year, new BigDecimal("1500.00"), 80);
		long classId = fixtures.closedClass(school, occupation, year, 30, List.of(Trainee.good(), Trainee.good()));
		long claimId = submit(classId);
		step("/api/training/claims/{id}/review", claimId, "hrss", 0).andExpect(status().isOk());
		step("/api/training/claims/{id}/approval", claimId, "finance", 1).andExpect(status().isOk());

		fixtures.standard(year, new BigDecimal("2200.00"), 120);
		jdbc.sql("""
				insert into training.claim_rule (year, yearly_cap, attendance_share, changed_by, changed_at)
				values (:year, 1, 0.95, 'hrss', now())
				on conflict (year) do update set yearly_cap = 1, attendance_share = 0.95
				""").param("year", year).update();

		mvc.perform(get("/api/training/claims/{id}", claimId).with(httpBasic("finance", PASSWORD)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.rules.standardAmount").value(1500.0))
			.andExpect(jsonPath("$.rules.minHours").value(80))
			.andExpect(jsonPath("$.rules.yearlyCap").value(3))
			.andExpect(jsonPath("$.rules.attendanceShare").value(0.8))
			.andExpect(jsonPath("$.lines[0].amount").value(1500.0))
			.andExpect(jsonPath("$.granted").value(3000.0));
	}

	@Test
	void anotherProvidersStaffFindNeitherTheClaimNorItsClass() throws Exception {
		long classId = fixtures.closedClass(school, occupation, YEAR, 30, List.of(Trainee.good()));
		long claimId = submit(classId);
		long enterprise = fixtures.provider("TP-DSQ-JQ");
		long department = jdbc.sql("select department_id from training.provider where id = :id")
			.param("id", enterprise).query(Long.class).single();
		CurrentUser stranger = new CurrentUser(-7, "jq-staff", "金桥职员", "x", Role.PROVIDER, department, "金桥镁材",
				true, false);

		mvc.perform(get("/api/training/claims/{id}", claimId).with(user(stranger))).andExpect(status().isNotFound());
		mvc.perform(get("/api/training/claims").with(user(stranger)))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("\"id\":" + claimId + ","))));
		mvc.perform(get("/training/claims").with(user(stranger)))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("/training/claims/" + claimId + "\""))));
		mvc.perform(get("/training/claims/{id}", claimId).with(user(stranger))).andExpect(status().isNotFound());
		mvc.perform(post("/api/training/classes/{id}/claim", classId).with(user(stranger)).with(csrf()))
			.andExpect(status().isNotFound());
		mvc.perform(get("/api/training/claims").with(httpBasic("school01", PASSWORD)))
			.andExpect(content().string(containsString("\"id\":" + claimId + ",")));
	}

	@Test
	void eachStepIsRefusedToTheWrongRole() throws Exception {
		long classId = fixtures.closedClass(school, occupation, YEAR, 30, List.of(Trainee.good()));
		mvc.perform(post("/api/training/classes/{id}/claim", classId).with(httpBasic("hrss", PASSWORD)).with(csrf()))
			.andExpect(status().isForbidden());
		long claimId = submit(classId);
		step("/api/training/claims/{id}/review", claimId, "school01", 0).andExpect(status().isForbidden());
		step("/api/training/claims/{id}/review", claimId, "finance", 0).andExpect(status().isForbidden());
		step("/api/training/claims/{id}/approval", claimId, "hrss", 0).andExpect(status().isForbidden());
		step("/api/training/claims/{id}/return", claimId, "school01", 0).andExpect(status().isForbidden());
		mvc.perform(get("/api/training/claims").with(httpBasic("resident", PASSWORD))).andExpect(status().isForbidden());
		mvc.perform(get("/training/claims").with(httpBasic("police", PASSWORD))).andExpect(status().isForbidden());
		assertThat(claimStatus(claimId)).isEqualTo("SUBMITTED");
	}

	@Test
	void badInputIsRefusedNamingTheFieldWithNothingWritten() throws Exception {
		long classId = fixtures.closedClass(school, occupation, YEAR, 30, List.of(Trainee.good()));
		long claimId = submit(classId);
		long line = jdbc.sql("select id from training.claim_line where claim_id = :id").param("id", claimId)
			.query(Long.class).single();

		mvc.perform(post("/api/training/claims/{id}/lines/{line}/cut", claimId, line).with(httpBasic("hrss", PASSWORD))
			.with(csrf()).contentType(MediaType.APPLICATION_JSON).content("{\"reason\":\"  \",\"version\":0}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("reason"));
		mvc.perform(post("/api/training/claims/{id}/return", claimId).with(httpBasic("hrss", PASSWORD)).with(csrf())
			.contentType(MediaType.APPLICATION_JSON).content("{\"reason\":\"材料不全\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("version"));
		mvc.perform(post("/api/training/claims/{id}/return", claimId).with(httpBasic("hrss", PASSWORD)).with(csrf())
			.contentType(MediaType.APPLICATION_JSON).content("{\"reason\":\"材料不全\",\"version\":\"zero\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("version"));
		mvc.perform(get("/api/training/claims").param("status", "LOST").with(httpBasic("hrss", PASSWORD)))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("status"));
		// the page keeps what was typed and puts the message beside the field
		mvc.perform(post("/training/claims/{id}/return", claimId).with(httpBasic("hrss", PASSWORD)).with(csrf())
			.param("reason", "").param("version", "0"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"return-reason\"")))
			.andExpect(content().string(containsString("aria-invalid=\"true\"")));

		assertThat(claimStatus(claimId)).isEqualTo("SUBMITTED");
		assertThat(jdbc.sql("select l.status || c.version from training.claim_line l join training.claim c on c.id = l.claim_id where l.id = :id")
			.param("id", line).query(String.class).single()).isEqualTo("GRANTED0");
		assertThat(held(classId)).isEqualTo(1);
	}

	@Test
	void twoClaimsRacingForOneTraineeGrantHimOnce() throws Exception {
		Trainee shared = Trainee.good();
		long first = fixtures.closedClass(school, occupation, YEAR, 30, List.of(shared, Trainee.good()));
		long second = fixtures.closedClass(school, occupation, YEAR, 30, List.of(Trainee.good(), shared));
		CurrentUser staff = (CurrentUser) users.loadUserByUsername("school01");
		ExecutorService pool = Executors.newFixedThreadPool(2);
		try {
			List<Future<Object>> outcomes = pool.invokeAll(List.<Callable<Object>>of(() -> attempt(first, staff),
					() -> attempt(second, staff)));
			for (Future<Object> outcome : outcomes) {
				assertThat(outcome.get()).isInstanceOfAny(Long.class, StepRefused.class);
			}
		}
		finally {
			pool.shutdown();
		}
		assertThat(jdbc.sql("select count(*) from training.subsidised where person_key = :key")
			.param("key", protector.personKey(shared.idNumber()).bytes()).query(Integer.class).single())
			.as("one subsidised row for the shared trainee").isEqualTo(1);
		assertThat(jdbc.sql("""
				select count(*) from training.claim_line l join training.claim c on c.id = l.claim_id
				join training.enrolment e on e.id = l.enrolment_id join training.trainee t on t.id = e.trainee_id
				where c.class_id in (:classes) and l.status = 'GRANTED' and t.person_key = :key
				""").param("classes", List.of(first, second)).param("key", protector.personKey(shared.idNumber()).bytes())
			.query(Integer.class).single()).as("granted on one claim only").isEqualTo(1);
	}

	private Object attempt(long classId, CurrentUser user) {
		try {
			return desk.submit(classId, user);
		}
		catch (StepRefused ex) {
			return ex;
		}
	}

	private long submit(long classId) throws Exception {
		String body = mvc.perform(post("/api/training/classes/{id}/claim", classId).with(httpBasic("school01", PASSWORD))
			.with(csrf())).andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
		return ((Number) JsonPath.read(body, "$.id")).longValue();
	}

	private ResultActions step(String path, long claimId, String username, int version) throws Exception {
		return mvc.perform(post(path, claimId).with(httpBasic(username, PASSWORD)).with(csrf())
			.contentType(MediaType.APPLICATION_JSON).content("{\"reason\":\"材料不全\",\"version\":" + version + "}"));
	}

	private String claimStatus(long claimId) {
		return jdbc.sql("select status from training.claim where id = :id").param("id", claimId)
			.query(String.class).single();
	}

	private String refusedRow(long claimId) {
		return jdbc.sql("""
				select refused_rule || '|' || refused_rules from training.claim_line
				where claim_id = :id and status = 'REFUSED'
				""").param("id", claimId).query(String.class).single();
	}

	/** The trainees of the class that the training.subsidised table holds. */
	private int held(long classId) {
		return jdbc.sql("""
				select count(*) from training.subsidised s
				join training.claim_line l on l.id = s.claim_line_id
				join training.claim c on c.id = l.claim_id where c.class_id = :class
				""").param("class", classId).query(Integer.class).single();
	}

}
