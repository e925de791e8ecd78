package org.chengxiang.platform.web;

import org.chengxiang.platform.domain.Text;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Words a {@link Text} in the reader's language, where code (not a template) must hand a page or a ProblemDetail a
 * finished sentence: the API's problems, the messages of a refused form. Templates word texts themselves
 * ({@code #messages.msgWithParams}, {@code th:errors}).
 */
@Component
public class ReaderTexts {

	// the application's one message source, for the few static helpers of the web shell
	private static volatile MessageSource source;

	ReaderTexts(MessageSource messages) {
		source = messages;
	}

	/** The text in the reader's language; outside a running application (a unit test), its key. */
	public static String of(Text text) {
		if (text == null) {
			return null;
		}
		MessageSource messages = source;
		return messages == null ? text.key() : messages.getMessage(text, ReaderLocale.current());
	}

}
