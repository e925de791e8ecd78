package org.chengxiang.platform.calendar;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The official holidays' names in the reader's language. The calendar stores each day with the name the State
 * Council's notice gives it (春节, or 中秋节、国庆节 for two holidays that meet); each official name has a message key
 * {@code calendar.holiday.<code>}. A name that is not an official one (a day an administrator added) is shown as
 * stored.
 */
@Component
public class HolidayNames {

	/** The official names as the notices write them, by the code of their message key. */
	private static final Map<String, String> CODES = Map.of("元旦", "NEW_YEAR", "春节", "SPRING_FESTIVAL", "清明节",
			"QINGMING", "劳动节", "LABOUR_DAY", "端午节", "DRAGON_BOAT", "中秋节", "MID_AUTUMN", "国庆节", "NATIONAL_DAY");

	/** Two holidays that meet are named together: 中秋节、国庆节. */
	private static final String TOGETHER = "、";

	/** A holiday lengthened by a later notice: 春节（延长）. */
	private static final String EXTENDED = "（延长）";

	private final MessageSource messages;

	HolidayNames(MessageSource messages) {
		this.messages = messages;
	}

	/** Whether the stored name is made of official names only, so that it is worded from the messages. */
	public boolean official(String name) {
		return codes(name) != null;
	}

	/** The name in the reader's language; the stored name when it is not an official one. */
	public String worded(String name, Locale locale) {
		List<String> codes = codes(name);
		if (codes == null) {
			return name;
		}
		List<String> parts = codes.stream().map(code -> messages.getMessage("calendar.holiday." + code, null, locale)).toList();
		String worded = parts.get(0);
		for (int i = 1; i < parts.size(); i++) {
			worded = messages.getMessage("calendar.holiday.together", new Object[] { worded, parts.get(i) }, locale);
		}
		return name.endsWith(EXTENDED) ? messages.getMessage("calendar.holiday.extended", new Object[] { worded }, locale)
				: worded;
	}

	private static List<String> codes(String name) {
		if (name == null || name.isBlank()) {
			return null;
		}
		String bare = name.strip();
		if (bare.endsWith(EXTENDED)) {
			bare = bare.substring(0, bare.length() - EXTENDED.length());
		}
		List<String> codes = new ArrayList<>();
		for (String part : bare.split(TOGETHER)) {
			String code = CODES.get(part.strip());
			if (code == null) {
				return null;
			}
			codes.add(code);
		}
		return codes;
	}

}
