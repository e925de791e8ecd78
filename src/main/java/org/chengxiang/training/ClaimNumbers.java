package org.chengxiang.training;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Claim numbers: PXBT, the year of submission and a serial, e.g. PXBT2026-000042. */
@Component
class ClaimNumbers {

	private final JdbcClient jdbc;

	ClaimNumbers(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	String next(int year) {
		long serial = jdbc.sql("select nextval('training.claim_serial')").query(Long.class).single();
		return "PXBT" + year + "-" + String.format("%06d", serial);
	}

}
