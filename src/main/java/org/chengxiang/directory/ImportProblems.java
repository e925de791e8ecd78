package org.chengxiang.directory;

import org.chengxiang.platform.domain.RuleBroken;
import org.chengxiang.platform.domain.Text;
import org.chengxiang.platform.web.ReaderTexts;

/** The problems of a refused upload as one message for the page, the first twenty, in the reader's language. */
final class ImportProblems {

	static final int SHOWN = 20;

	private ImportProblems() {
	}

	static String worded(RuleBroken ex) {
		return ex.problems()
			.stream()
			.limit(SHOWN)
			.map(problem -> ReaderTexts.of(problem.text()))
			.reduce((a, b) -> ReaderTexts.of(Text.of("problem.join", a, b)))
			.orElse("");
	}

}
