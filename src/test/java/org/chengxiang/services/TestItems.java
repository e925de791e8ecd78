package org.chengxiang.services;

import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.chengxiang.directory.TestRegistrations.PASSWORD;

/** Service items of the police department that tests create through the administrator's API. */
final class TestItems {

	private TestItems() {
	}

	/**
	 * Creates or updates the item {@code code} (promised 3 working days, fully online) with the given materials,
	 * a JSON array.
	 */
	static void policeItem(MockMvc mvc, JdbcClient jdbc, String code, String name, String materials) throws Exception {
		long police = jdbc.sql("select id from directory.department where code = 'PSB'").query(Long.class).single();
		mvc.perform(put("/api/services/items/{code}", code).with(httpBasic("admin", PASSWORD))
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"code":"%s","name":"%s","departmentId":%d,"category":"户籍","legalBasis":"《户口登记条例》",
					 "conditions":"本市居民","instructions":"请如实填写。","promisedDays":3,"legalDays":20,"onlineLevel":"FULLY_ONLINE",
					 "materials":%s}
					""".formatted(code, name, police, materials)))
			.andExpect(status().isOk());
	}

}
