package org.chengxiang.plan;

import java.time.LocalDate;
import java.util.List;

import org.chengxiang.platform.domain.Text;

/**
 * A plan document turned into chapters and tasks, with what the parser could not make sense of.
 *
 * @param title the plan's own title, e.g. 大石桥市贯彻落实…实施方案; null when none was found
 * @param issuer the issuing office, e.g. 大石桥市人民政府办公室; null when none was found
 * @param issuedOn the date it was issued; null when none was found
 * @param chapters the chapters that hold tasks, in order
 * @param warnings what looked wrong, as texts worded where they are shown
 */
record ParsedPlan(String title, String issuer, LocalDate issuedOn, List<ParsedChapter> chapters,
		List<Text> warnings) {

	ParsedPlan {
		chapters = List.copyOf(chapters);
		warnings = List.copyOf(warnings);
	}

	int taskCount() {
		return tasks().size();
	}

	/** All tasks of all chapters, in order. */
	List<ParsedTask> tasks() {
		return chapters.stream().flatMap((chapter) -> chapter.tasks().stream()).toList();
	}

}
