package org.chengxiang.residence.permits;

import java.time.LocalDate;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Permit numbers: the county's code, the year of issue and a serial, e.g. 2108822026000042. */
@Component
class PermitNumbers {

	private final JdbcClient jdbc;

	PermitNumbers(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	String next(String divisionCode, LocalDate on) {
		long serial = jdbc.sql("select nextval('residence.permit_serial')").query(Long.class).single();
		return divisionCode.substring(0, 6) + on.getYear() + String.format("%06d", serial);
	}

}
