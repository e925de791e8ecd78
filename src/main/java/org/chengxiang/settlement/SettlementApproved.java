package org.chengxiang.settlement;

import java.time.LocalDate;
import java.util.List;

import org.chengxiang.platform.crypto.PersonKey;

/**
 * A settlement was approved and its people are now in the local household registry. Carries no personal data,
 * because published events are stored in clear: the people are named by their person keys (blind indexes of their ID
 * numbers), so that residence ends their registrations; population and plan statistics count from it.
 *
 * @param applicationNumber the approved application's readable number
 * @param householdNumber the household written for it, e.g. 210882003-000042
 * @param divisionCode the community or village (12-digit code) the household settled in
 * @param persons how many people were registered: the applicant and the members moving with them
 * @param people the person keys of those registered
 * @param settledOn the day of settlement (Asia/Shanghai)
 */
public record SettlementApproved(String applicationNumber, String householdNumber, String divisionCode, int persons,
		List<PersonKey> people, LocalDate settledOn) {

	public SettlementApproved {
		people = people == null ? List.of() : List.copyOf(people);
	}

}
