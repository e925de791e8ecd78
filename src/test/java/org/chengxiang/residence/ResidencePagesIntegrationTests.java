package org.chengxiang.residence;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.chengxiang.residence.ResidenceJourney.PASSWORD;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The residence pages for the people they are for, and refused to the others; a bad change of the rules comes back
 * on the same page with the message beside the field, and nothing is written.
 */
@SpringBootTest
@AutoConfigureMockMvc
class ResidencePagesIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Test
	void thePoliceListsRegistrationsAndPermitsAndNoOtherBureauDoes() throws Exception {
		mvc.perform(get("/residence/registrations").with(httpBasic("police", PASSWORD)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"registrations\"")));
		mvc.perform(get("/residence/permits").with(httpBasic("police", PASSWORD)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"permits\"")));
		long permit = jdbc.sql("select min(id) from residence.permit").query(Long.class).single();
		mvc.perform(get("/residence/permits/{id}", permit).with(httpBasic("police", PASSWORD)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"entitlements\"")));
		mvc.perform(get("/residence/permits").with(httpBasic("hrss", PASSWORD))).andExpect(status().isForbidden());
		mvc.perform(get("/residence/registrations").with(httpBasic("edu", PASSWORD))).andExpect(status().isForbidden());
		mvc.perform(post("/residence/permits/{id}/cancellation", permit).with(httpBasic("zjj", PASSWORD)).with(csrf())
			.param("version", "0")).andExpect(status().isForbidden());
	}

	@Test
	void theMigrantSeesHerRegistrationAndMayApplyForAPermit() throws Exception {
		mvc.perform(get("/residence/mine").with(httpBasic("migrant", PASSWORD)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"my-registration\"")))
			.andExpect(content().string(containsString("/services/items/" + ResidenceItems.PERMIT + "\"")))
			.andExpect(content().string(containsString("id=\"entitlements\"")));
		mvc.perform(get("/residence/rules").with(httpBasic("resident", PASSWORD)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"rules\"")));
	}

	@Test
	void aBadChangeOfTheRulesComesBackBesideTheFieldAndWritesNothing() throws Exception {
		int version = jdbc.sql("select version from residence.permit_rules").query(Integer.class).single();
		mvc.perform(post("/residence/rules").with(httpBasic("police", PASSWORD)).with(csrf())
			.param("minResidenceMonths", "six")
			.param("acceptedBases", "HOUSING")
			.param("version", String.valueOf(version)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("aria-invalid=\"true\"")))
			.andExpect(content().string(containsString("value=\"six\"")));
		assertThat(jdbc.sql("select version from residence.permit_rules").query(Integer.class).single())
			.isEqualTo(version);
		mvc.perform(post("/residence/rules").with(httpBasic("hrss", PASSWORD)).with(csrf())
			.param("minResidenceMonths", "3")
			.param("acceptedBases", "HOUSING")
			.param("version", String.valueOf(version)))
			.andExpect(status().isForbidden());
	}

}
