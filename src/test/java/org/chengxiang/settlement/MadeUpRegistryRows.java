package org.chengxiang.settlement;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Registry rows that tests write for applications the services module never held (their numbers are made up): taken
 * out after each test, since the registry page links every row to its application, and a page walk that follows
 * such a link would find no application behind it.
 */
final class MadeUpRegistryRows {

	static final String[] NUMBERS = { "210882-20201124-%", "210882-20201201-%", "SE-%", "210882-TEST-%" };

	private MadeUpRegistryRows() {
	}

	static void remove(JdbcClient jdbc) {
		for (String pattern : NUMBERS) {
			jdbc.sql("delete from settlement.resident where application_number like :p").param("p", pattern).update();
			jdbc.sql("delete from settlement.household where source_application_number like :p")
				.param("p", pattern)
				.update();
		}
	}

}
