package org.chengxiang.residence;

import java.time.LocalDate;

import org.chengxiang.platform.crypto.PersonKey;

/**
 * A residence permit lapsed because its yearly endorsement was missed (Art. 10: its use is suspended until a late
 * endorsement). Carries no personal data beyond the person key.
 *
 * @param permitNumber the permit's number
 * @param person the holder's person key
 * @param endedOn the first day it no longer counts
 */
public record PermitLapsed(String permitNumber, PersonKey person, LocalDate endedOn) {
}
