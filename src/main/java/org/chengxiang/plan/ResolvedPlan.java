package org.chengxiang.plan;

import java.time.LocalDate;
import java.util.List;

/**
 * A parsed plan with its units resolved to departments, as {@code POST /api/plans/parse} answers it.
 *
 * @param title title
 * @param issuer issuer
 * @param issuedOn issue date
 * @param chapters chapters with their tasks
 * @param warnings what the parser was unsure of, in the reader's language
 */
record ResolvedPlan(String title, String issuer, LocalDate issuedOn, List<Chapter> chapters, List<String> warnings) {

	int taskCount() {
		return chapters.stream().mapToInt(c -> c.tasks().size()).sum();
	}

	/** A chapter (一、二、…) and its tasks. */
	record Chapter(String number, String title, List<Task> tasks) {
	}

	/** A task with its responsible units. */
	record Task(int seq, String number, String title, String content, List<Unit> departments) {

		List<Unit> units() {
			return departments;
		}

	}

	/**
	 * A responsible unit as written, with the department it resolves to ({@code null} when unresolved or
	 * when it stands for the townships).
	 */
	record Unit(String name, UnitRole role, boolean townshipGroup, Long departmentId) {
	}

}
