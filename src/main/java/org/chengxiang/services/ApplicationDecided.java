package org.chengxiang.services;

import java.time.Instant;

/**
 * An application was decided: approved (办结) or rejected. The owning module acts on an approval (e.g.
 * settlement writes the household registry); statistics count both.
 *
 * @param applicationId the application
 * @param number its readable number
 * @param itemCode the service item
 * @param approved whether it was approved
 * @param applicantUserId the applicant
 * @param applicantName their name
 * @param applicantIdNumber their ID number in clear, for the owning module to store protected
 * @param formJson the application form as submitted (JSON object)
 * @param online whether it was submitted online
 * @param workingDays working days from acceptance to decision, correction time excluded
 * @param decidedAt when
 */
public record ApplicationDecided(long applicationId, String number, String itemCode, boolean approved,
		long applicantUserId, String applicantName, String applicantIdNumber, String formJson, boolean online,
		int workingDays, Instant decidedAt) {
}
