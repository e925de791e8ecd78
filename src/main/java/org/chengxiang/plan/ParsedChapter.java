package org.chengxiang.plan;

import java.util.List;

/**
 * A chapter of a plan holding tasks.
 *
 * @param number its number as written, e.g. 二; empty for a plan without chapters
 * @param title its title, e.g. 提高农业转移人口市民化质量; empty for a plan without chapters
 * @param tasks its tasks in order
 */
record ParsedChapter(String number, String title, List<ParsedTask> tasks) {

	ParsedChapter {
		tasks = List.copyOf(tasks);
	}

}
