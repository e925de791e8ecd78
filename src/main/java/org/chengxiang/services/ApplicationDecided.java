package org.chengxiang.services;

import java.time.Instant;

/**
 * An application was decided: approved (办结) or rejected. The owning module acts on an approval (e.g.
 * settlement writes the household registry), reading the form through {@link ServiceApplications}; the
 * event itself carries no personal data, because published events are stored in clear.
 *
 * @param applicationId the application
 * @param number its readable number
 * @param itemCode the service item
 * @param approved whether it was approved
 * @param applicantUserId the applicant
 * @param online whether it was submitted online
 * @param workingDays working days from acceptance to decision, correction time excluded
 * @param decidedAt when
 */
public record ApplicationDecided(long applicationId, String number, String itemCode, boolean approved,
		long applicantUserId, boolean online, int workingDays, Instant decidedAt) {
}
