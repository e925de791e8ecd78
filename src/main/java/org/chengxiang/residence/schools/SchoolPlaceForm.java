package org.chengxiang.residence.schools;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import org.chengxiang.platform.domain.RuleBroken;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * The guardian's application form for a child's school place, as the one-stop core stores it (a JSON object).
 *
 * @param childName the child's name
 * @param childIdNumber the child's resident ID number
 * @param year the round's year
 * @param grade the grade's code, e.g. {@code P1}
 * @param schoolId the school applied for
 * @param gridCellId the grid cell of the family's home
 * @param residenceSince the first day of the guardian's registered residence in the city ({@code yyyy-MM-dd})
 * @param siblingAtSchool whether a brother or sister is at the school now
 */
record SchoolPlaceForm(String childName, String childIdNumber, Integer year, String grade, Long schoolId,
		Long gridCellId, String residenceSince, Boolean siblingAtSchool) {

	/**
	 * Reads a form.
	 * @throws RuleBroken naming the form when it is not an object of these fields
	 */
	static SchoolPlaceForm read(JsonMapper json, String formJson) {
		if (formJson == null || formJson.isBlank()) {
			throw RuleBroken.at("form", "residence.schools.form.unreadable");
		}
		try {
			SchoolPlaceForm form = json.readValue(formJson, SchoolPlaceForm.class);
			if (form == null) {
				throw RuleBroken.at("form", "residence.schools.form.unreadable");
			}
			return form;
		}
		catch (JacksonException ex) {
			throw RuleBroken.at("form", "residence.schools.form.unreadable");
		}
	}

	/** The start of registered residence, or {@code null} when missing or not a date. */
	LocalDate residenceStart() {
		if (residenceSince == null) {
			return null;
		}
		try {
			return LocalDate.parse(residenceSince.strip());
		}
		catch (DateTimeParseException ex) {
			return null;
		}
	}

	boolean sibling() {
		return Boolean.TRUE.equals(siblingAtSchool);
	}

}
