package org.chengxiang.residence;

import java.time.LocalDate;

import org.chengxiang.platform.crypto.PersonKey;

/**
 * A residence permit was endorsed (签注) for another year; a late endorsement restores a lapsed permit and restarts
 * the holder's residence clock from its day (Art. 10). Carries no personal data beyond the person key.
 *
 * @param permitNumber the permit's number
 * @param person the holder's person key
 * @param endorsedOn the day of the endorsement
 * @param validUntil the last day it now covers
 * @param late whether it restored a lapsed permit
 */
public record PermitEndorsed(String permitNumber, PersonKey person, LocalDate endorsedOn, LocalDate validUntil,
		boolean late) {
}
