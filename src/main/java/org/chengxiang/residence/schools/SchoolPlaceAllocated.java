package org.chengxiang.residence.schools;

import java.time.Instant;

/**
 * A school place was offered to a child: in the round's draw, or to the next on the waiting list after a place was
 * declined. It carries no personal data, because published events are stored in clear.
 *
 * @param year the round's year
 * @param schoolId the school
 * @param grade the grade's code
 * @param applicationId the one-stop core's application
 * @param guardianUserId the guardian who applied
 * @param at when
 */
@org.springframework.modulith.NamedInterface("schools-events")
public record SchoolPlaceAllocated(int year, long schoolId, String grade, long applicationId, long guardianUserId,
		Instant at) {
}
