package org.chengxiang.residence.housing;

import java.time.LocalDate;

/**
 * A unit of public rental housing was let to the household at the top of the waiting list. Carries no personal data:
 * published events are stored in clear.
 *
 * @param entryId the waiting-list entry housed
 * @param applicationNumber the application it came from
 * @param unitId the unit
 * @param points the household's points when housed
 * @param housedOn the day
 */
public record HousingAllocated(long entryId, String applicationNumber, long unitId, int points, LocalDate housedOn) {
}
