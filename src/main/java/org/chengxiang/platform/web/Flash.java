package org.chengxiang.platform.web;

import org.chengxiang.platform.domain.StepRefused;
import org.chengxiang.platform.domain.RuleBroken;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A message shown once on the page after a redirect (Post/Redirect/Get), by message key.
 *
 * @param key the message key
 * @param args its arguments
 * @param error whether it reports a failure
 */
public record Flash(String key, Object[] args, boolean error) {

	public static void success(RedirectAttributes redirect, String key, Object... args) {
		redirect.addFlashAttribute("flash", new Flash(key, readersLanguage(args), false));
	}

	public static void error(RedirectAttributes redirect, String key, Object... args) {
		redirect.addFlashAttribute("flash", new Flash(key, readersLanguage(args), true));
	}

	// a reason passed on from a check still written in two languages reaches the reader in theirs
	private static Object[] readersLanguage(Object[] args) {
		Object[] words = args.clone();
		for (int i = 0; i < words.length; i++) {
			if (words[i] instanceof String text) {
				words[i] = Wording.inReaderLanguage(text);
			}
		}
		return words;
	}

	/**
	 * Takes a step from a form: on success the page says {@code successKey}; a step the rules refuse
	 * (bad input, an illegal transition) says why under {@code refusedKey}, whose one argument is the reason.
	 */
	public static void attempt(RedirectAttributes redirect, String successKey, String refusedKey, Runnable step) {
		try {
			step.run();
			success(redirect, successKey);
		}
		catch (RuleBroken ex) {
			error(redirect, refusedKey,
					String.join("；", ex.problems().stream().map(p -> ReaderTexts.of(p.text())).toList()));
		}
		catch (StepRefused ex) {
			error(redirect, refusedKey, ReaderTexts.of(ex.reason()));
		}
	}

}
