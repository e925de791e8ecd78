package org.chengxiang.plan;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Sentences inside a responsibility note that say something other than who is responsible for the task:
 * units named for every later task (具体任务均涉及X，不再做分工，下同) and explanations of how the notes are
 * written (列第一位的为牵头部门，其他部门按职责分工负责，下同).
 */
final class NoteRemarks {

	/** A remark naming units for every task from here on: 具体任务均涉及X，不再做分工，下同 / 以下任务均需X落实，不再一一列出. */
	private static final Pattern STANDING = Pattern.compile("(?:具体任务|以下任务|以下各项任务|各项任务|上述任务)均(?:涉及|需要|需|由)"
			+ "([^，,。；;]+?)(?:落实|负责|参与|配合)?[，,]\\s*不再(?:做分工|一一列出|单独列出|重复列出|列出)(?:[，,]\\s*下同)?[。.]?");

	/** A sentence explaining how the notes are written: 列第一位的为牵头部门，…，下同 / 其他有关部门配合，不逐一列出. */
	private static final Pattern REMARK = Pattern.compile("下同|不逐一列出|不一一列出|不再一一列出|列第一位|排第一位|列第一的");

	private NoteRemarks() {
	}

	/**
	 * Units a note names for this task and every later one, and the note without that remark.
	 *
	 * @param units the units, who cooperate
	 * @param rest the note without the remark
	 */
	record Standing(List<ParsedUnit> units, String rest) {
	}

	static Standing standing(String note) {
		Matcher standing = STANDING.matcher(note);
		if (!standing.find()) {
			return new Standing(List.of(), note);
		}
		List<ParsedUnit> units = new ArrayList<>();
		for (String name : UnitNames.split(standing.group(1), false)) {
			if (UnitNames.mayBeName(name)) {
				units.add(new ParsedUnit(name, UnitRole.CO, UnitNames.isTownshipGroup(name)));
			}
		}
		return new Standing(List.copyOf(units), note.substring(0, standing.start()) + note.substring(standing.end()));
	}

	/** The note without the sentences that explain the notes rather than make one: 列第一位的为牵头部门…，下同. */
	static String withoutRemarks(String note) {
		StringBuilder kept = new StringBuilder();
		for (String sentence : Brackets.splitOutside(note, "。")) {
			// a remark in brackets closing a name is the name's to drop: A、B(列第一位的为牵头单位，下同)
			if (!REMARK.matcher(outsideBrackets(sentence)).find()) {
				kept.append(kept.isEmpty() ? "" : "。").append(sentence);
			}
		}
		return kept.toString();
	}

	private static String outsideBrackets(String text) {
		StringBuilder outside = new StringBuilder();
		int from = 0;
		for (Brackets.Group group : Brackets.groups(text)) {
			outside.append(text, from, group.start());
			from = group.end() + 1;
		}
		return outside.append(text.substring(from)).toString();
	}

}
