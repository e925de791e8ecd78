package org.chengxiang.settlement;

import java.time.LocalDate;

/**
 * A settlement was approved and its people are now in the local household registry. Carries no personal data,
 * because published events are stored in clear; population and plan statistics count from it.
 *
 * @param applicationNumber the approved application's readable number
 * @param householdNumber the household written for it, e.g. 210882003-000042
 * @param divisionCode the community or village (12-digit code) the household settled in
 * @param persons how many people were registered: the applicant and the members moving with them
 * @param settledOn the day of settlement (Asia/Shanghai)
 */
public record SettlementApproved(String applicationNumber, String householdNumber, String divisionCode, int persons,
		LocalDate settledOn) {
}
