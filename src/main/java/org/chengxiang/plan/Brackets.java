package org.chengxiang.plan;

import java.util.ArrayList;
import java.util.List;

/** Bracket pairs as Chinese documents mix them: （） () [] ［］ 〔〕 ﹝﹞ 【】 〖〗. */
final class Brackets {

	private static final String OPENERS = "(（[［〔﹝【〖";

	private static final String CLOSERS = ")）]］〕﹞】〗";

	private Brackets() {
	}

	/** A bracketed stretch of a line: {@code start} and {@code end} are the brackets' own indexes. */
	record Group(int start, int end, String inner) {
	}

	static boolean isOpener(char c) {
		return OPENERS.indexOf(c) >= 0;
	}

	static boolean isCloser(char c) {
		return CLOSERS.indexOf(c) >= 0;
	}

	private static int family(char c) {
		int i = OPENERS.indexOf(c);
		if (i < 0) {
			i = CLOSERS.indexOf(c);
		}
		return (i < 0) ? -1 : i / 2;
	}

	/**
	 * Index of the bracket closing the one opened at {@code start}, or -1 when it is never closed.
	 * Brackets match by family, as documents open with 〔 and close with ﹞.
	 */
	static int closing(String text, int start) {
		int family = family(text.charAt(start));
		int depth = 0;
		for (int i = start; i < text.length(); i++) {
			char c = text.charAt(i);
			if (family(c) != family) {
				continue;
			}
			depth += isOpener(c) ? 1 : -1;
			if (depth == 0) {
				return i;
			}
		}
		return -1;
	}

	/** The outermost bracketed stretches of a text, left to right. */
	static List<Group> groups(String text) {
		List<Group> groups = new ArrayList<>();
		int i = 0;
		while (i < text.length()) {
			int end = isOpener(text.charAt(i)) ? closing(text, i) : -1;
			if (end < 0) {
				i++;
				continue;
			}
			groups.add(new Group(i, end, text.substring(i + 1, end)));
			i = end + 1;
		}
		return groups;
	}

	/** Splits at any of {@code separators} found outside brackets, so 各县(市、区)人民政府 stays whole. */
	static List<String> splitOutside(String text, String separators) {
		List<String> parts = new ArrayList<>();
		int depth = 0;
		int from = 0;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (isOpener(c)) {
				depth++;
			}
			else if (isCloser(c)) {
				depth = Math.max(0, depth - 1);
			}
			else if (depth == 0 && separators.indexOf(c) >= 0) {
				parts.add(text.substring(from, i));
				from = i + 1;
			}
		}
		parts.add(text.substring(from));
		return parts;
	}

	/** The text without a bracketed stretch at its very end, e.g. 市财政局 for 市财政局(金融发展局). */
	static String withoutTrailingGroup(String text) {
		if (text.isEmpty() || !isCloser(text.charAt(text.length() - 1))) {
			return text;
		}
		List<Group> groups = groups(text);
		if (groups.isEmpty()) {
			return text;
		}
		Group last = groups.get(groups.size() - 1);
		return (last.end() == text.length() - 1) ? text.substring(0, last.start()) : text;
	}

}
