package org.chengxiang.services;

import java.util.List;
import java.util.Optional;

import org.chengxiang.platform.domain.RuleBroken.Problem;

/**
 * What the module owning a service item (settlement, residence …) contributes to its applications: it
 * checks the form the applicant fills in, and describes it for people to read. A Spring bean implementing this is
 * found by item code.
 */
public interface ServiceItemHandler {

	/** The catalogue code of the item this module owns, e.g. {@code SETTLEMENT}. */
	String itemCode();

	/**
	 * Checks the application form (a JSON object as the applicant submitted it) against every rule in force now;
	 * every problem names its field in the form's own terms, and a rule's refusal says which rule, in words. An empty
	 * list accepts the form. The core asks when a form is drafted or changed, at submission, at resubmission after a
	 * correction and again at approval (eligibility is decided when the application is decided); a problem then
	 * refuses the step and nothing of it is written.
	 */
	List<Problem> validate(String formJson, Applicant applicant);

	/**
	 * The form as the applicant and the clerks read it on the application's page: labelled sections with values in
	 * words, ID numbers masked. Empty leaves it to the one-stop core's generic description, each field under the
	 * label {@code services.form.<field>}.
	 */
	default Optional<FormView> describe(String formJson) {
		return Optional.empty();
	}

	/**
	 * The applicant as the owning module may see them.
	 *
	 * @param userId the resident's user id
	 * @param name their name
	 * @param idNumber their resident ID number, in clear (the owning module stores it protected)
	 */
	record Applicant(long userId, String name, String idNumber) {
	}

}
