package org.chengxiang.residence;

import java.time.LocalDate;

import org.chengxiang.platform.crypto.PersonKey;

/**
 * A residence registration ended: the person moved away or settled. Carries no personal data beyond the person key.
 *
 * @param registrationId the registration
 * @param person the person key
 * @param endedOn the day it ended
 * @param reason why
 */
public record RegistrationEnded(long registrationId, PersonKey person, LocalDate endedOn, EndReason reason) {
}
