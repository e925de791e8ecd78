package org.chengxiang.directory;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

/**
 * How names of departments are compared: documents mix full- and half-width brackets, spaces, and the
 * prefixes 市 or the city's name, so names are normalized before they are stored or looked up.
 */
public final class DepartmentNames {

	private static final String CITY = "大石桥市";

	/** The prefix 市 ("city") that documents put before a bureau's short name. */
	private static final String CITY_PREFIX = "市";

	private DepartmentNames() {
	}

	/** Removes whitespace and turns brackets into full-width ones. */
	public static String normalize(String name) {
		if (name == null) {
			return "";
		}
		StringBuilder out = new StringBuilder(name.length());
		for (int i = 0; i < name.length(); i++) {
			char c = name.charAt(i);
			if (Character.isWhitespace(c) || c == '\u3000') {
				continue;
			}
			out.append(switch (c) {
				case '(', '〔', '[', '［' -> '（';
				case ')', '〕', ']', '］' -> '）';
				default -> c;
			});
		}
		return out.toString();
	}

	/** The short name with the prefix 市 in front, as documents name a city bureau; unchanged if it has it. */
	static String withCityPrefix(String shortName) {
		String normalized = normalize(shortName);
		return normalized.startsWith(CITY_PREFIX) ? normalized : CITY_PREFIX + normalized;
	}

	/** The normalized forms to try for a name, most specific first. */
	static List<String> candidates(String name) {
		String normalized = normalize(name);
		LinkedHashSet<String> forms = new LinkedHashSet<>();
		forms.add(normalized);
		if (normalized.startsWith(CITY) && normalized.length() > CITY.length()) {
			forms.add(normalized.substring(CITY.length()));
		}
		if (normalized.startsWith(CITY_PREFIX) && normalized.length() > 1) {
			forms.add(normalized.substring(1));
		}
		return new ArrayList<>(forms);
	}

}
