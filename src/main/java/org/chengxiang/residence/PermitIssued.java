package org.chengxiang.residence;

import java.time.LocalDate;

import org.chengxiang.platform.crypto.PersonKey;

/**
 * A residence permit was issued (or reissued as a replacement). Carries no personal data beyond the person key.
 *
 * @param permitNumber the permit's number
 * @param person the holder's person key
 * @param validFrom its first valid day
 * @param validUntil the last day it covers before its first endorsement
 */
public record PermitIssued(String permitNumber, PersonKey person, LocalDate validFrom, LocalDate validUntil) {
}
