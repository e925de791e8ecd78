package org.chengxiang.plan;

import java.util.List;

/**
 * A task of a plan as the parser read it.
 *
 * @param seq its position in the whole plan, from 1
 * @param number its number as written without brackets or punctuation, e.g. 三 for （三）, 1 for 1.
 * @param title its short title: the first sentence without the final 。
 * @param content its full text including sub-items, without the responsibility note
 * @param departments the responsible units, in the order the document names them
 */
record ParsedTask(int seq, String number, String title, String content, List<ParsedUnit> departments) {

	ParsedTask {
		departments = List.copyOf(departments);
	}

}
