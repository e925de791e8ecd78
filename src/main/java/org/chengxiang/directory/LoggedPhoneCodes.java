package org.chengxiang.directory;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.chengxiang.platform.crypto.Masking;
import org.chengxiang.platform.crypto.PersonalDataProtector;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.stereotype.Component;

/**
 * The registration-code sender of the embedded default, as notifications are sent there: the log. It also keeps
 * the last code sent to each phone, so that tests and a demonstration can finish a registration ({@link #lastSentTo}).
 * It exists only on the embedded default, never on a configured production database.
 */
@Component
@ConditionalOnBooleanProperty("chengxiang.embedded.active")
public class LoggedPhoneCodes implements PhoneCodeSender {

	private static final Logger log = LoggerFactory.getLogger(LoggedPhoneCodes.class);

	// a demonstration's worth; past it the oldest are no longer needed
	private static final int KEPT = 10_000;

	private final Map<String, String> lastCodes = new ConcurrentHashMap<>();

	@Override
	public void send(String phone, String code) {
		if (lastCodes.size() >= KEPT) {
			lastCodes.clear();
		}
		lastCodes.put(phone, code);
		log.info("Registration code for {}: {}", Masking.phone(phone), code);
	}

	/** The last code sent to the phone, written in any accepted form, if any was. */
	public Optional<String> lastSentTo(String phone) {
		return Optional.ofNullable(lastCodes.get(PersonalDataProtector.normalizePhone(phone)));
	}

}
