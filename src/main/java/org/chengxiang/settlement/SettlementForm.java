package org.chengxiang.settlement;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import org.chengxiang.platform.crypto.PersonalDataProtector;
import org.chengxiang.platform.domain.RuleBroken;
import org.chengxiang.platform.web.PersonalText;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * The settlement application form as the applicant fills it in (the applicant themself comes from their account).
 *
 * @param category the grounds of settlement
 * @param originHukouAddress where the applicant's hukou is registered now
 * @param destination where in the city they settle
 * @param members household members moving together with the applicant
 * @param evidence what the attached evidence shows, in the applicant's words
 * @param residenceMonths months lived in the city, as stated; only read when a rule sets a minimum
 * @param socialInsuranceMonths months of social insurance paid in the city, as stated; likewise
 * @param ruralRights the rural rights the applicant keeps; never read by the decision
 */
@JsonIgnoreProperties(ignoreUnknown = true)
record SettlementForm(SettlementCategory category, String originHukouAddress, Destination destination,
		List<Member> members, String evidence, Integer residenceMonths, Integer socialInsuranceMonths,
		RuralRights ruralRights) {

	// Jackson's own words name the Java type; these say what the applicant must fix.
	private static String wrongValue(String field) {
		return switch (field == null ? "" : field) {
			case "category" -> "settlement.read.category";
			case "relation" -> "settlement.read.relation";
			case "residenceMonths", "socialInsuranceMonths" -> "settlement.read.months";
			case "hasLandContract", "hasHomestead", "hasCollectiveIncome" -> "settlement.check.yesOrNo";
			default -> "settlement.read.wrongForm";
		};
	}

	SettlementForm {
		members = unmodifiable(members);
		originHukouAddress = PersonalText.address(originHukouAddress);
	}

	/**
	 * Reads a submitted form.
	 * @throws RuleBroken naming the field that could not be read
	 */
	static SettlementForm read(JsonMapper json, String formJson) {
		if (formJson == null || formJson.isBlank()) {
			throw RuleBroken.at("form", "settlement.read.empty");
		}
		try {
			SettlementForm form = json.readValue(formJson, SettlementForm.class);
			if (form == null) {
				throw RuleBroken.at("form", "settlement.read.empty");
			}
			return form;
		}
		catch (JacksonException ex) {
			String field = path(ex);
			String last = ex.getPath().isEmpty() ? null : ex.getPath().get(ex.getPath().size() - 1).getPropertyName();
			throw RuleBroken.at(field, field.equals("form") ? "settlement.read.unreadable" : wrongValue(last));
		}
	}

	/** The form as the settlement rules see it: without the rural rights, so that no rule can weigh them. */
	DecisionView decisionView() {
		return new DecisionView(category, destination, members, residenceMonths, socialInsuranceMonths);
	}

	// Keeps a null entry (written [null] or [,]) for the checks to name, where List.copyOf would throw.
	private static List<Member> unmodifiable(List<Member> members) {
		return members == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(members));
	}

	private static String path(JacksonException ex) {
		StringBuilder path = new StringBuilder();
		for (JacksonException.Reference reference : ex.getPath()) {
			if (reference.getPropertyName() != null) {
				path.append(path.isEmpty() ? "" : ".").append(reference.getPropertyName());
			}
			else if (reference.getIndex() >= 0) {
				path.append('[').append(reference.getIndex()).append(']');
			}
		}
		return path.isEmpty() ? "form" : path.toString();
	}

	/**
	 * Where in the city the applicant settles.
	 *
	 * @param divisionCode the community or village, 12-digit statistical code
	 * @param gridCellId the grid cell, optional; must lie in that division
	 * @param addressLine street, building and room
	 */
	@JsonIgnoreProperties(ignoreUnknown = true)
	record Destination(String divisionCode, Long gridCellId, String addressLine) {

		Destination {
			addressLine = PersonalText.address(addressLine);
		}

	}

	/**
	 * A household member moving together with the applicant.
	 *
	 * @param name their name
	 * @param idNumber their resident ID number
	 * @param relation how they relate to the applicant, who becomes the head
	 */
	@JsonIgnoreProperties(ignoreUnknown = true)
	record Member(String name, String idNumber, HouseholdRelation relation) {

		Member {
			name = PersonalText.realName(name); // 阿依古丽・买买提 is stored with the middle dot
			idNumber = PersonalDataProtector.normalizeIdNumber(idNumber);
		}

	}

	/**
	 * The applicant's statement of the rural rights they hold. Keeping them is not affected by settling: they are
	 * recorded, never weighed.
	 *
	 * @param hasLandContract holds a land contract (土地承包经营权)
	 * @param hasHomestead holds homestead use rights (宅基地使用权)
	 * @param hasCollectiveIncome shares in collective income (集体收益分配权)
	 * @param statement anything the applicant adds
	 */
	@JsonIgnoreProperties(ignoreUnknown = true)
	record RuralRights(Boolean hasLandContract, Boolean hasHomestead, Boolean hasCollectiveIncome, String statement) {
	}

	/**
	 * What the settlement rules may look at. It has no rural rights by construction: the decision cannot read what
	 * it is never given.
	 *
	 * @param category the grounds of settlement
	 * @param destination where in the city
	 * @param members who moves with the applicant
	 * @param residenceMonths months of residence stated
	 * @param socialInsuranceMonths months of social insurance stated
	 */
	record DecisionView(SettlementCategory category, Destination destination, List<Member> members,
			Integer residenceMonths, Integer socialInsuranceMonths) {

		DecisionView {
			members = unmodifiable(members);
		}

	}

}
