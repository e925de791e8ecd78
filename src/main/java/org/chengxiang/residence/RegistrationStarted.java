package org.chengxiang.residence;

import java.time.LocalDate;

import org.chengxiang.platform.crypto.PersonKey;

/**
 * A residence registration was approved: the person's residence clock runs from {@code startDate}. Carries no
 * personal data beyond the person key.
 *
 * @param applicationNumber the approved application
 * @param person the person key
 * @param divisionCode the community or village
 * @param startDate the day residence began
 */
public record RegistrationStarted(String applicationNumber, PersonKey person, String divisionCode, LocalDate startDate) {
}
