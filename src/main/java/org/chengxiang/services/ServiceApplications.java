package org.chengxiang.services;

import java.util.Optional;

/**
 * What owning modules may read of an application of their own item: the form and the applicant, in clear.
 */
public interface ServiceApplications {

	/**
	 * The submitted form and the applicant of an application, if it is of the given item.
	 * @param applicationId the application
	 * @param itemCode the item the caller owns; applications of other items are not disclosed
	 */
	Optional<SubmittedForm> submittedForm(long applicationId, String itemCode);

	/**
	 * An application's form as submitted.
	 *
	 * @param applicationId the application
	 * @param number its readable number
	 * @param applicant who applied
	 * @param formJson the form (JSON object)
	 */
	record SubmittedForm(long applicationId, String number, ServiceItemHandler.Applicant applicant, String formJson) {
	}

}
