package org.chengxiang.platform.security;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.chengxiang.directory.TestRegistrations.PASSWORD;

/**
 * Someone without the role learns nothing of an endpoint's input rules: the role is checked before the request is
 * read, converted or validated.
 */
@SpringBootTest
@AutoConfigureMockMvc
class RoleBeforeInputIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Test
	void aClerkOfAnotherDepartmentIsRefusedBeforeTheRuleIsRead() throws Exception {
		mvc.perform(put("/api/settlement/policies/FAMILY_PARENT").with(httpBasic("hrss", PASSWORD))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"name\": \"\", \"minResidenceMonths\": -1}"))
			.andExpect(status().isForbidden())
			.andExpect(content().string(not(containsString("minResidenceMonths"))));
		mvc.perform(put("/api/settlement/policies/NO_SUCH_CATEGORY").with(httpBasic("hrss", PASSWORD))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{"))
			.andExpect(status().isForbidden());
	}

	@Test
	void aResidentIsRefusedBeforeTheBodyIsRead() throws Exception {
		mvc.perform(put("/api/services/items/SETTLEMENT").with(httpBasic("resident", PASSWORD))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"code\": \"\"}"))
			.andExpect(status().isForbidden());
		mvc.perform(post("/api/services/inbox/search").with(httpBasic("resident", PASSWORD))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"q\": \"\"}"))
			.andExpect(status().isForbidden());
		mvc.perform(post("/api/cityops/rules").with(httpBasic("resident", PASSWORD))
			.contentType(MediaType.APPLICATION_JSON)
			.content("not json"))
			.andExpect(status().isForbidden());
	}

	@Test
	void aPageFormIsRefusedBeforeItsFieldsAreChecked() throws Exception {
		mvc.perform(post("/settlement/policies/FAMILY_PARENT").with(httpBasic("hrss", PASSWORD))
			.with(csrf())
			.param("minResidenceMonths", "abc"))
			.andExpect(status().isForbidden());
	}

}
