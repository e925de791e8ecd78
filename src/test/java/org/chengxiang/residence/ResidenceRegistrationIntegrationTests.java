package org.chengxiang.residence;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.chengxiang.directory.Directory;
import org.chengxiang.platform.crypto.PersonalDataProtector;
import org.chengxiang.settlement.SettlementApproved;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.chengxiang.residence.ResidenceJourney.PASSWORD;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Residence registration from the resident's application to its end: approved by the police department through the
 * one-stop core, ended by a clerk when the person moves away, or by a settlement. Each test registers residents of its
 * own.
 */
@SpringBootTest
@AutoConfigureMockMvc
class ResidenceRegistrationIntegrationTests {

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
	ApplicationEventPublisher events;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	Clock clock;

	@Autowired
	SettlementEndsRegistrations settlementListener;

	ResidenceJourney journey() {
		return new ResidenceJourney(mvc, jdbc);
	}

	long cell() {
		return directory.gridCellsWithin(TIEXI).get(0).id();
	}

	long registered(ResidenceJourney.Resident resident) throws Exception {
		ResidenceJourney journey = journey();
		long application = journey.submit(resident.username(), ResidenceItems.REGISTRATION,
				ResidenceJourney.registrationForm(TIEXI, cell(), LocalDate.now(clock).minusMonths(2)), 2);
		return journey.registrationOf(journey.approve(application));
	}

	@Test
	void anApprovedApplicationRegistersTheResidentWhoSeesOnlyTheirOwn() throws Exception {
		ResidenceJourney.Resident resident = journey().resident();
		ResidenceJourney.Resident other = journey().resident();
		long id = registered(resident);

		mvc.perform(get("/api/residence/registrations/{id}", id).with(httpBasic(resident.username(), PASSWORD)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.active").value(true))
			.andExpect(jsonPath("$.divisionCode").value(TIEXI))
			.andExpect(jsonPath("$.basisKey").value("residence.basis.EMPLOYMENT"));
		mvc.perform(get("/api/residence/registrations/{id}", id).with(httpBasic(other.username(), PASSWORD)))
			.andExpect(status().isNotFound());
		mvc.perform(get("/api/residence/registrations").with(httpBasic(other.username(), PASSWORD)))
			.andExpect(status().isForbidden());
		mvc.perform(get("/api/residence/registrations").with(httpBasic("police", PASSWORD)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.items[0].id").exists());
		// a second registration while the first runs is refused, naming the applicant
		mvc.perform(post("/api/services/applications").with(httpBasic(resident.username(), PASSWORD))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"itemCode\":\"" + ResidenceItems.REGISTRATION + "\",\"form\":"
					+ ResidenceJourney.registrationForm(TIEXI, cell(), LocalDate.now(clock)) + "}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("applicant"));
	}

	@Test
	void badFormsAreRefusedNamingEveryFieldAndNothingIsWritten() throws Exception {
		ResidenceJourney.Resident resident = journey().resident();
		long before = count();
		mvc.perform(post("/api/services/applications").with(httpBasic(resident.username(), PASSWORD))
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"itemCode":"%s","form":{"divisionCode":"12","gridCellId":"x","startDate":"2999-01-01",
					 "basis":"LOTTERY"}}""".formatted(ResidenceItems.REGISTRATION)))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field").value(org.hamcrest.Matchers.hasItems("divisionCode",
					"gridCellId", "addressLine", "startDate", "basis", "evidence")));
		assertThat(count()).isEqualTo(before);
		assertThat(jdbc.sql("select count(*) from services.application a join directory.app_user u "
				+ "on u.id = a.applicant_user_id where u.username = :u")
			.param("u", resident.username())
			.query(Integer.class)
			.single()).isZero();
	}

	@Test
	void aClerkEndsTheRegistrationWhenThePersonMovesAwayAndAnotherBureauCannot() throws Exception {
		ResidenceJourney.Resident resident = journey().resident();
		long id = registered(resident);
		mvc.perform(post("/api/residence/registrations/{id}/end", id).with(httpBasic("hrss", PASSWORD))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"endDate\":\"" + LocalDate.now(clock) + "\",\"version\":0}"))
			.andExpect(status().isForbidden());
		mvc.perform(post("/api/residence/registrations/{id}/end", id).with(httpBasic("police", PASSWORD))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"endDate\":\"2000-01-01\",\"version\":0}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("endDate"));
		mvc.perform(post("/api/residence/registrations/{id}/end", id).with(httpBasic("police", PASSWORD))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"endDate\":\"" + LocalDate.now(clock) + "\",\"version\":0}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.active").value(false))
			.andExpect(jsonPath("$.endReasonKey").value("residence.endReason.MOVED_AWAY"));
		// once ended, ending it again is a step the state does not allow
		mvc.perform(post("/api/residence/registrations/{id}/end", id).with(httpBasic("police", PASSWORD))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"endDate\":\"" + LocalDate.now(clock) + "\",\"version\":1}"))
			.andExpect(status().isConflict());
	}

	@Test
	void aSettlementEndsTheRegistrationsOfThoseItRegisteredOnceEvenWhenHeardTwice() throws Exception {
		ResidenceJourney.Resident resident = journey().resident();
		long id = registered(resident);
		LocalDate settledOn = LocalDate.now(clock);
		SettlementApproved approved = new SettlementApproved("SE-" + id, "210882003-999999", TIEXI, 1,
				List.of(protector.personKey(resident.idNumber())), settledOn);
		transactions.executeWithoutResult(status -> events.publishEvent(approved));
		await().atMost(Duration.ofSeconds(20))
			.until(() -> jdbc.sql("select status from residence.registration where id = :id")
				.param("id", id)
				.query(String.class)
				.single(), "ENDED"::equals);
		// heard again, as a redelivery would: nothing changes
		settlementListener.on(approved);
		assertThat(jdbc.sql("select end_reason || ' ' || end_date || ' ' || version from residence.registration "
				+ "where id = :id")
			.param("id", id)
			.query(String.class)
			.single()).isEqualTo("SETTLED " + settledOn + " 1");
	}

	private long count() {
		return jdbc.sql("select count(*) from residence.registration").query(Long.class).single();
	}

}
