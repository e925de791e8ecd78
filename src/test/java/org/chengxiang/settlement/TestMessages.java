package org.chengxiang.settlement;

import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.context.support.ResourceBundleMessageSource;

/** The application's messages files, as unit tests read them. */
final class TestMessages {

	static final MessageSource MESSAGES = messages();

	static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;

	private TestMessages() {
	}

	private static MessageSource messages() {
		ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
		messages.setBasename("messages");
		messages.setDefaultEncoding("UTF-8");
		messages.setFallbackToSystemLocale(false);
		return messages;
	}

}
