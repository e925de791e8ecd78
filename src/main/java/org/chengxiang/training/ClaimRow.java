package org.chengxiang.training;

import java.math.BigDecimal;
import java.time.Instant;


/**
 * A claim in a list.
 *
 * @param id the claim
 * @param number PXBT<year>-<serial>
 * @param classId its class
 * @param className the class's name
 * @param providerName the provider that claimed
 * @param status where it stands
 * @param submittedAt when it was submitted
 * @param lines roster lines
 * @param granted yuan granted
 */
record ClaimRow(long id, String number, long classId, String className, String providerName, ClaimStatus status,
		Instant submittedAt, int lines, BigDecimal granted) {

	String statusKey() {
		return status.messageKey();
	}

}
