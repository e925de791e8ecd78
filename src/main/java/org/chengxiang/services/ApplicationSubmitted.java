package org.chengxiang.services;

import java.time.Instant;

/**
 * An application was submitted (for the first time) — online by the applicant or at a counter.
 *
 * @param applicationId the application
 * @param number its readable number, e.g. 210882-20201124-000123
 * @param itemCode the service item
 * @param online whether it was submitted online (全程网办)
 * @param submittedAt when
 */
public record ApplicationSubmitted(long applicationId, String number, String itemCode, boolean online,
		Instant submittedAt) {
}
