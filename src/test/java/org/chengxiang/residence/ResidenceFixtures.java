package org.chengxiang.residence;

import java.time.LocalDate;
import java.util.UUID;

import org.chengxiang.platform.crypto.PersonKey;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Residence records for tests of the modules that ask {@link ResidencePermits}: a permit written as the module
 * stores one, so a test of schools, housing or pension needs no issuing journey. Kept in step with the permit table.
 */
public final class ResidenceFixtures {

	private ResidenceFixtures() {
	}

	/** A permit standing from {@code from} through {@code until}; its id. */
	public static long permit(JdbcClient jdbc, PersonKey person, LocalDate from, LocalDate until) {
		return permit(jdbc, person, from, until, null, "VALID");
	}

	/** A permit of the given status, ended on {@code endedOn} (null while it stands); its id. */
	public static long permit(JdbcClient jdbc, PersonKey person, LocalDate from, LocalDate until, LocalDate endedOn,
			String status) {
		return jdbc.sql("""
				insert into residence.permit (permit_number, person_key, status, issued_on, valid_from, valid_until,
					ended_on, holder_name, sex, id_number_enc, address, issuing_authority, applicant_user_id)
				values (:number, :key, :status, :from, :from, :until, :ended, 'Fixture', 'F', '\\x00'::bytea,
					'Fixture address', 'Fixture authority', 0)
				returning id
				""")
			.param("number", "T" + UUID.randomUUID().toString().replace("-", "").substring(0, 20))
			.param("key", person.bytes())
			.param("status", status)
			.param("from", from)
			.param("until", until)
			.param("ended", endedOn)
			.query(Long.class)
			.single();
	}

	/** An active residence registration of the person, its clock counting from {@code countedFrom}; its id. */
	public static long registration(JdbcClient jdbc, PersonKey person, String divisionCode, long gridCellId,
			LocalDate startDate, LocalDate countedFrom) {
		return jdbc.sql("""
				insert into residence.registration (application_number, applicant_user_id, person_key, holder_name,
					id_number_enc, division_code, grid_cell_id, address_line, basis, start_date, counted_from, status)
				values (:number, 0, :key, 'Fixture', '\\x00'::bytea, :division, :cell, 'Fixture address', 'EMPLOYMENT',
					:start, :counted, 'ACTIVE')
				returning id
				""")
			.param("number", "T" + UUID.randomUUID().toString().replace("-", "").substring(0, 20))
			.param("key", person.bytes())
			.param("division", divisionCode)
			.param("cell", gridCellId)
			.param("start", startDate)
			.param("counted", countedFrom)
			.query(Long.class)
			.single();
	}

}
