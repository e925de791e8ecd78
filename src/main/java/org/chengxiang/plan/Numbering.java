package org.chengxiang.plan;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The number a line opens with, ranked by the official document convention (GB/T 9704):
 * 第一部分 › 一、 › （一） › 1. › （1） › ①.
 *
 * @param rank the depth of this style of numbering, 0 the shallowest
 * @param number the bare number as written, e.g. 三 for （三）, 1 for 1.
 * @param label the numbering as written, e.g. （三）
 * @param text the rest of the line
 */
record Numbering(int rank, String number, String label, String text) {

	private static final String CHINESE = "[一二三四五六七八九十]+";

	private record Style(int rank, Pattern pattern) {
	}

	private static final List<Style> STYLES = List.of(
			new Style(0, Pattern.compile("^第([一二三四五六七八九十百零〇\\d]+)(?:部分|章|篇)[、.．:：\\s]*")),
			new Style(1, Pattern.compile("^(" + CHINESE + ")[、.．]\\s*")),
			new Style(2, Pattern.compile("^[（(](" + CHINESE + ")[）)][、.．]?\\s*")),
			// not 1.5亿元 or 2020.11: a digit may not follow the point
			new Style(3, Pattern.compile("^(\\d{1,3})[.．、](?!\\d)\\s*")),
			new Style(4, Pattern.compile("^[（(]?(\\d{1,3})[）)][、.．]?\\s*")),
			new Style(5, Pattern.compile("^([①-⑳])\\s*")));

	/** The numbering of a line, empty when it opens with none. */
	static Optional<Numbering> of(String line) {
		for (Style style : STYLES) {
			Matcher matcher = style.pattern().matcher(line);
			if (matcher.find() && matcher.end() < line.length()) {
				String label = line.substring(0, matcher.end()).strip();
				return Optional.of(new Numbering(style.rank(), matcher.group(1), label, line.substring(matcher.end())));
			}
		}
		return Optional.empty();
	}

}
