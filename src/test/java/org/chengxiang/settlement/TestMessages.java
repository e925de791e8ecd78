package org.chengxiang.settlement;

import java.util.Locale;

import org.chengxiang.platform.domain.RuleBroken.Problem;
import org.chengxiang.platform.domain.Text;

import org.springframework.context.MessageSource;
import org.springframework.context.support.ResourceBundleMessageSource;

/** The application's messages files, as unit tests read them. */
final class TestMessages {

	static final MessageSource MESSAGES = messages();

	static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;

	private TestMessages() {
	}

	/** The text as a Chinese reader reads it. */
	static String chinese(Text text) {
		return MESSAGES.getMessage(text, CHINESE);
	}

	/** The text as an English reader reads it. */
	static String english(Text text) {
		return MESSAGES.getMessage(text, Locale.ENGLISH);
	}

	/** A problem's message as a Chinese reader reads it. */
	static String chinese(Problem problem) {
		return chinese(problem.text());
	}

	private static MessageSource messages() {
		ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
		messages.setBasename("messages");
		messages.setDefaultEncoding("UTF-8");
		messages.setFallbackToSystemLocale(false);
		return messages;
	}

}
