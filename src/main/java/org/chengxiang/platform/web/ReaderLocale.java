package org.chengxiang.platform.web;

import java.util.Locale;

import org.springframework.context.i18n.LocaleContextHolder;

/**
 * The language a message is worded in: the reader's, as the request chose it (Chinese unless English was chosen);
 * Chinese outside a request (demo data, jobs), never the server's own locale.
 */
public final class ReaderLocale {

	private ReaderLocale() {
	}

	public static Locale current() {
		return LocaleContextHolder.getLocaleContext() == null || LocaleContextHolder.getLocaleContext().getLocale() == null
				? Locale.SIMPLIFIED_CHINESE : LocaleContextHolder.getLocale();
	}

}
