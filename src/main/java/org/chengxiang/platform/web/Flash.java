package org.chengxiang.platform.web;

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
		redirect.addFlashAttribute("flash", new Flash(key, args, false));
	}

	public static void error(RedirectAttributes redirect, String key, Object... args) {
		redirect.addFlashAttribute("flash", new Flash(key, args, true));
	}

}
