package org.chengxiang.platform.web;

import java.util.Locale;

import org.springframework.context.i18n.LocaleContext;
import org.springframework.context.i18n.LocaleContextHolder;

/**
 * Text in the reader's language: Chinese unless the reader chose English ({@code ?lang=en}). Checks that run
 * outside the messages files (rules in code, parsers) say what is wrong with {@link #of}; the pages and the API
 * never show a message in two languages at once.
 */
public final class Wording {

	private Wording() {
	}

	/** The reader's wording of a message, chosen by the locale of the current request. */
	public static String of(String chinese, String english) {
		return english(readerLocale()) ? english : chinese;
	}

	/**
	 * The reader's half of a message still written {@code "中文 / English"}; any other message unchanged. The split
	 * is at the first " / " after which no Chinese follows, so that a Chinese half holding " / " itself (a list of
	 * names) stays whole.
	 */
	public static String inReaderLanguage(String message) {
		return inLanguage(message, readerLocale());
	}

	// Outside a request (jobs, listeners) the reader is the one of the default language, not of the machine's locale.
	private static Locale readerLocale() {
		LocaleContext context = LocaleContextHolder.getLocaleContext();
		return context == null || context.getLocale() == null ? Locale.SIMPLIFIED_CHINESE : context.getLocale();
	}

	static String inLanguage(String message, Locale locale) {
		if (message == null) {
			return null;
		}
		int from = 0;
		while (true) {
			int at = message.indexOf(" / ", from);
			if (at < 0) {
				return message;
			}
			String chinese = message.substring(0, at);
			String english = message.substring(at + 3);
			if (hasChinese(chinese) && !hasChinese(english) && english.chars().anyMatch(Character::isLetter)) {
				return english(locale) ? english.strip() : chinese.strip();
			}
			from = at + 1;
		}
	}

	static boolean hasChinese(String text) {
		return text.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
	}

	private static boolean english(Locale locale) {
		return locale != null && "en".equals(locale.getLanguage());
	}

}
