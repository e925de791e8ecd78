package org.chengxiang.services;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.chengxiang.platform.audit.AuditEvent;
import org.chengxiang.platform.audit.AuditTrail;
import org.chengxiang.platform.crypto.PersonalDataProtector;
import org.chengxiang.platform.crypto.ResidentIdNumbers;
import org.chengxiang.platform.security.CurrentUser;
import org.chengxiang.platform.domain.NoSuchRecord;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The ID numbers on an application besides the applicant's (household members and the like): normalised as the form
 * comes in, blind-indexed so that a clerk finds the application by any person on it, and shown in full only to a
 * clerk of the handling department who asks, each time written to the audit trail like every reveal of personal
 * data.
 */
@Service
@Transactional
class ApplicationIdentifiers {

	private final JdbcClient jdbc;

	private final JsonMapper json;

	private final PersonalDataProtector protector;

	private final Applications applications;

	private final AuditTrail audit;

	ApplicationIdentifiers(JdbcClient jdbc, JsonMapper json, PersonalDataProtector protector,
			Applications applications, AuditTrail audit) {
		this.jdbc = jdbc;
		this.json = json;
		this.protector = protector;
		this.applications = applications;
		this.audit = audit;
	}

	/** The form as it is checked and stored: every identifier in its normal form. */
	String normalised(String formJson) {
		return FormIdentifiers.normalised(json, formJson);
	}

	/** Replaces the application's index of the valid ID numbers its (normalised) form holds. */
	void index(long applicationId, String formJson) {
		jdbc.sql("delete from services.application_identifier where application_id = :id")
			.param("id", applicationId)
			.update();
		FormIdentifiers.idNumbers(json.readTree(formJson)).forEach((field, idNumber) -> {
			if (field.length() <= 100 && ResidentIdNumbers.problem(idNumber).isEmpty()) {
				jdbc.sql("""
						insert into services.application_identifier (application_id, field, id_number_idx)
						values (:id, :field, :idx)
						""").param("id", applicationId).param("field", field).param("idx", protector.blindIndex(idNumber))
					.update();
			}
		});
	}

	/**
	 * The applicant's and every other ID number of an application in full, for a clerk of its department; audited,
	 * naming the fields shown but never the numbers. Anyone else finds no such application. Only clerks and leads
	 * reach this, by the edge's role check.
	 */
	Revealed reveal(long id, CurrentUser user) {
		Application application = applications.findVisible(id, user)
			.orElseThrow(() -> new NoSuchRecord("application " + id));
		Object[] stored = jdbc.sql("select applicant_id_enc, form_enc, applicant_name from services.application where id = :id")
			.param("id", id)
			.query((rs, n) -> new Object[] { rs.getBytes(1), rs.getBytes(2), rs.getString(3) })
			.single();
		List<Identifier> identifiers = new ArrayList<>();
		identifiers.add(new Identifier("applicant.idNumber", (String) stored[2], -1, protector.decrypt((byte[]) stored[0])));
		JsonNode form = json.readTree(protector.decrypt((byte[]) stored[1]));
		FormIdentifiers.idNumbers(form).forEach((field, idNumber) -> identifiers.add(new Identifier(field,
				FormIdentifiers.nameBeside(form, field), member(field), idNumber)));
		audit.record(AuditEvent.of("application.identifiers-revealed", "application", application.number(), null,
				Map.of("fields", identifiers.stream().map(Identifier::field).toList())));
		return new Revealed(id, application.number(), identifiers);
	}

	// members[2].idNumber is the third member; -1 for a number outside the members
	private static int member(String field) {
		return field.matches("members\\[\\d+\\]\\.idNumber")
				? Integer.parseInt(field.substring(8, field.indexOf(']'))) : -1;
	}

	/**
	 * The ID numbers of an application in full.
	 *
	 * @param identifiers each with the form field it stands in ({@code applicant.idNumber} for the applicant)
	 */
	record Revealed(long applicationId, String number, List<Identifier> identifiers) {
	}

	/**
	 * One ID number and where it stands.
	 *
	 * @param field its field, e.g. {@code members[0].idNumber}
	 * @param name the name of the person it belongs to, when the form gives one
	 * @param member which household member (from 0), or -1 for the applicant and other fields
	 * @param idNumber the number in full
	 */
	record Identifier(String field, String name, int member, String idNumber) {
	}

}
