package org.chengxiang.residence;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import org.chengxiang.directory.Directory;
import org.chengxiang.platform.crypto.GeneratedIdNumbers;
import org.chengxiang.platform.crypto.PersonalDataProtector;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.chengxiang.residence.ResidenceJourney.PASSWORD;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Residence permits from the application to the card: refused before the months of registered residence with the
 * rule named, issued after them, seen only by the applicant and the police department, replaced only by the police.
 * Each test registers residents of its own.
 */
@SpringBootTest
@AutoConfigureMockMvc
class PermitIntegrationTests {

	static final String TIEXI = "210882003001";

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Directory directory;

	@Autowired
	PersonalDataProtector protector;

	@Autowired
	ResidencePermits permits;

	@Autowired
	Clock clock;

	ResidenceJourney journey() {
		return new ResidenceJourney(mvc, jdbc);
	}

	/** A resident registered since {@code monthsAgo} months. */
	ResidenceJourney.Resident registeredSince(int monthsAgo) throws Exception {
		ResidenceJourney journey = journey();
		ResidenceJourney.Resident resident = journey.resident();
		long application = journey.submit(resident.username(), ResidenceItems.REGISTRATION, ResidenceJourney
			.registrationForm(TIEXI, directory.gridCellsWithin(TIEXI).get(0).id(),
					LocalDate.now(clock).minusMonths(monthsAgo).minusDays(1)), 2);
		journey.registrationOf(journey.approve(application));
		return resident;
	}

	long permitOf(String applicationNumber) {
		return await().atMost(Duration.ofSeconds(20))
			.until(() -> jdbc.sql("select id from residence.permit where application_number = :n")
				.param("n", applicationNumber)
				.query(Long.class)
				.optional(), java.util.Optional::isPresent)
			.orElseThrow();
	}

	@Test
	void aPermitIsRefusedBeforeSixMonthsWithTheRuleNamedAndNothingWritten() throws Exception {
		ResidenceJourney.Resident resident = registeredSince(2);
		long applications = jdbc.sql("select count(*) from services.application").query(Long.class).single();
		mvc.perform(post("/api/services/applications").with(httpBasic(resident.username(), PASSWORD))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"itemCode\":\"" + ResidenceItems.PERMIT + "\",\"form\":{}}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("residenceMonths"))
			.andExpect(jsonPath("$.errors[0].rule").value("minimumResidencePolicy"))
			.andExpect(jsonPath("$.errors[0].message").value(org.hamcrest.Matchers.containsString("6")));
		assertThat(jdbc.sql("select count(*) from services.application").query(Long.class).single())
			.isEqualTo(applications);
		assertThat(permits.validOn(protector.personKey(resident.idNumber()), LocalDate.now(clock))).isFalse();
	}

	@Test
	void withoutARegistrationEveryFailingRuleIsNamedAtOnce() throws Exception {
		ResidenceJourney.Resident resident = journey().resident();
		mvc.perform(post("/api/services/applications").with(httpBasic(resident.username(), PASSWORD))
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"itemCode":"%s","form":{"forChild":"true","childIdNumber":"210882199001011234"}}"""
				.formatted(ResidenceItems.PERMIT)))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field").value(org.hamcrest.Matchers.hasItems("childName",
					"childIdNumber", "registration")))
			.andExpect(jsonPath("$.errors[*].rule").value(hasItem("registrationRequiredPolicy")));
	}

	@Test
	void afterSixMonthsThePermitIsIssuedSeenByItsApplicantOnlyAndReplacedByThePoliceOnly() throws Exception {
		ResidenceJourney journey = journey();
		ResidenceJourney.Resident resident = registeredSince(7);
		ResidenceJourney.Resident other = journey.resident();
		long application = journey.submit(resident.username(), ResidenceItems.PERMIT, "{}", 2);
		long id = permitOf(journey.approve(application));
		LocalDate today = LocalDate.now(clock);

		assertThat(permits.validOn(protector.personKey(resident.idNumber()), today)).isTrue();
		mvc.perform(get("/api/residence/permits/{id}", id).with(httpBasic(resident.username(), PASSWORD)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("VALID"))
			.andExpect(jsonPath("$.holderName").value("测试居民"))
			.andExpect(jsonPath("$.idNumber").value(org.hamcrest.Matchers.containsString("*")))
			.andExpect(jsonPath("$.validFrom").value(today.toString()))
			.andExpect(jsonPath("$.validUntil").value(today.plusYears(1).minusDays(1).toString()));
		mvc.perform(get("/api/residence/permits/{id}", id).with(httpBasic(other.username(), PASSWORD)))
			.andExpect(status().isNotFound());
		mvc.perform(get("/residence/permits/{id}", id).with(httpBasic(other.username(), PASSWORD)))
			.andExpect(status().isNotFound());
		mvc.perform(get("/residence/permits/{id}", id).with(httpBasic(resident.username(), PASSWORD)))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("id=\"entitlements\"")));
		// a clerk of another bureau cannot act on it
		mvc.perform(post("/api/residence/permits/{id}/replacement", id).with(httpBasic("hrss", PASSWORD))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"kind\":\"LOSS\",\"version\":0}"))
			.andExpect(status().isForbidden());
		assertThat(jdbc.sql("select status from residence.permit where id = :id").param("id", id)
			.query(String.class).single()).isEqualTo("VALID");
		String next = mvc.perform(post("/api/residence/permits/{id}/replacement", id)
			.with(httpBasic("police", PASSWORD))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"kind\":\"LOSS\",\"version\":0}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("VALID"))
			.andExpect(jsonPath("$.replacesId").value(id))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(next).doesNotContain(resident.idNumber());
		assertThat(jdbc.sql("select status from residence.permit where id = :id").param("id", id)
			.query(String.class).single()).isEqualTo("REPLACED");
		assertThat(permits.validOn(protector.personKey(resident.idNumber()), today)).isTrue();
		// a second application while a permit stands is refused, naming the rule
		mvc.perform(post("/api/services/applications").with(httpBasic(resident.username(), PASSWORD))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"itemCode\":\"" + ResidenceItems.PERMIT + "\",\"form\":{}}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].rule").value(hasItem("oneValidPermitPolicy")));
	}

	@Test
	void aGuardianAppliesForAChildUnderSixteenAndSeesTheChildsPermit() throws Exception {
		ResidenceJourney journey = journey();
		ResidenceJourney.Resident guardian = registeredSince(8);
		String child = GeneratedIdNumbers.of("210882", LocalDate.now(clock).minusYears(9), 17);
		String tooOld = GeneratedIdNumbers.of("210882", LocalDate.now(clock).minusYears(17), 18);
		mvc.perform(post("/api/services/applications").with(httpBasic(guardian.username(), PASSWORD))
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"itemCode":"%s","form":{"forChild":"true","childName":"小明","childIdNumber":"%s"}}"""
				.formatted(ResidenceItems.PERMIT, tooOld)))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("childIdNumber"))
			.andExpect(jsonPath("$.errors[0].rule").value("childUnderAgePolicy"));
		long application = journey.submit(guardian.username(), ResidenceItems.PERMIT, """
				{"forChild":"true","childName":"小明","childIdNumber":"%s"}""".formatted(child), 2);
		long id = permitOf(journey.approve(application));
		assertThat(permits.validOn(protector.personKey(child), LocalDate.now(clock))).isTrue();
		assertThat(permits.validOn(protector.personKey(guardian.idNumber()), LocalDate.now(clock))).isFalse();
		mvc.perform(get("/api/residence/permits/{id}", id).with(httpBasic(guardian.username(), PASSWORD)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.holderName").value("小明"))
			.andExpect(jsonPath("$.byGuardian").value(true));
	}

	@Test
	void thePoliceChangeTheMonthsAsDataAndBadRulesAreRefusedNamingTheField() throws Exception {
		mvc.perform(get("/api/residence/rules").with(httpBasic("resident", PASSWORD)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.minResidenceMonths").value(6));
		int version = jdbc.sql("select version from residence.permit_rules").query(Integer.class).single();
		mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put("/api/residence/rules")
			.with(httpBasic("police", PASSWORD))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"minResidenceMonths\":-1,\"acceptedBases\":[],\"version\":" + version + "}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field").value(org.hamcrest.Matchers.hasItems("minResidenceMonths",
					"acceptedBases")));
		mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put("/api/residence/rules")
			.with(httpBasic("hrss", PASSWORD))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"minResidenceMonths\":3,\"acceptedBases\":[\"HOUSING\"],\"version\":" + version + "}"))
			.andExpect(status().isForbidden());
		assertThat(jdbc.sql("select version from residence.permit_rules").query(Integer.class).single())
			.isEqualTo(version);
	}

	@Test
	void aLateEndorsementRestoresALapsedPermitAndRestartsTheResidenceClockFromItsDay() throws Exception {
		ResidenceJourney journey = journey();
		ResidenceJourney.Resident resident = registeredSince(14);
		ResidenceJourney.Resident other = journey.resident();
		long id = permitOf(journey.approve(journey.submit(resident.username(), ResidenceItems.PERMIT, "{}", 2)));
		LocalDate today = LocalDate.now(clock);
		// a year ago, and its endorsement missed three weeks ago
		jdbc.sql("""
				update residence.permit set issued_on = :from, valid_from = :from, valid_until = :until,
					status = 'LAPSED', ended_on = :ended where id = :id""")
			.param("from", today.minusDays(386))
			.param("until", today.minusDays(21))
			.param("ended", today.minusDays(20))
			.param("id", id)
			.update();
		String number = jdbc.sql("select permit_number from residence.permit where id = :id").param("id", id)
			.query(String.class).single();
		String form = "{\"permitNumber\":\"" + number + "\"}";
		mvc.perform(post("/api/services/applications").with(httpBasic(other.username(), PASSWORD))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"itemCode\":\"" + ResidenceItems.ENDORSEMENT + "\",\"form\":" + form + "}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("permitNumber"));

		journey.approve(journey.submit(resident.username(), ResidenceItems.ENDORSEMENT, form, 1));
		await().atMost(Duration.ofSeconds(20))
			.until(() -> jdbc.sql("select status || ' ' || valid_from from residence.permit where id = :id")
				.param("id", id)
				.query(String.class)
				.single(), ("VALID " + today)::equals);
		await().atMost(Duration.ofSeconds(20))
			.until(() -> jdbc.sql("""
					select counted_from from residence.registration where person_key = :key and status = 'ACTIVE'""")
				.param("key", protector.personKey(resident.idNumber()).bytes())
				.query(LocalDate.class)
				.single(), today::equals);
		assertThat(permits.validOn(protector.personKey(resident.idNumber()), today)).isTrue();
		assertThat(permits.validOn(protector.personKey(resident.idNumber()), today.minusDays(1))).isFalse();
	}

}
