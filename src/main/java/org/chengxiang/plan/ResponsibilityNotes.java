package org.chengxiang.plan;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;

/** Finds the responsibility notes in one line of a plan and takes them out of its text. */
final class ResponsibilityNotes {

	private static final String CLOSING_PUNCTUATION = "。．.；;，,、:：!！?？ \t\u3000";

	private static final String SENTENCE_ENDS = "。！？!?";

	private static final String NAME_SEPARATORS = "、，,；;。：: \t（(）)[]［］【】〔〕﹝﹞";

	private ResponsibilityNotes() {
	}

	/**
	 * A line read for notes.
	 *
	 * @param rest the line without its notes
	 * @param units the units its notes name, in the order written; empty when it has none
	 * @param leadStated whether a note says who leads, rather than leaving it to the order of the names
	 * @param standing units a note names for this task and every later one (下同)
	 */
	record Reading(String rest, List<ParsedUnit> units, boolean leadStated, List<ParsedUnit> standing) {

		Reading(String rest, List<ParsedUnit> units) {
			this(rest, units, false, List.of());
		}

		boolean hasNote() {
			return !units.isEmpty();
		}

		/** A line that is nothing but a note, e.g. 牵头单位：市公安局 on a line of its own. */
		boolean isNoteOnly() {
			return hasNote() && isPunctuation(rest);
		}

	}

	/**
	 * Reads a line. A bracket is a note when it closes the line and holds unit names (﹝A、B负责﹞,
	 * [A、B]), or anywhere when it is labelled or ends in a role word (（责任单位：A、B）, （A负责））; a
	 * sentence is a note when it closes the line and is labelled or made of units and role words
	 * (责任单位：A、B。 / A牵头，B配合。). Any other bracket, like （不含6亩）, stays in the text.
	 */
	static Reading read(String text) {
		Notes notes = new Notes();
		String rest = withoutBracketNotes(text, notes);
		rest = withoutClosingSentenceNotes(rest, notes);
		return new Reading(rest.strip(), notes.units, notes.leadStated, notes.standing);
	}

	/** The notes of a line as they are found. */
	private static final class Notes {

		private final List<ParsedUnit> units = new ArrayList<>();

		private final List<ParsedUnit> standing = new ArrayList<>();

		private boolean leadStated;

		void add(Responsibilities.Note note) {
			this.units.addAll(note.units());
			this.standing.addAll(note.standing());
			this.leadStated |= note.leadStated();
		}

	}

	private static String withoutBracketNotes(String text, Notes notes) {
		List<Brackets.Group> groups = Brackets.groups(text);
		boolean[] closing = closingGroups(text, groups);
		StringBuilder rest = new StringBuilder();
		int from = 0;
		for (int i = 0; i < groups.size(); i++) {
			Brackets.Group group = groups.get(i);
			if (endsAName(text, group)) {
				continue;
			}
			Responsibilities.Note found = noteInBracket(group.inner(), closing[i]);
			if (!found.units().isEmpty()) {
				rest.append(text, from, group.start());
				from = group.end() + 1;
				notes.add(found);
			}
		}
		return rest.append(text.substring(from)).toString();
	}

	/** Brackets followed only by punctuation or other such brackets, e.g. both in （责任单位：A）（2020年底前完成）. */
	private static boolean[] closingGroups(String text, List<Brackets.Group> groups) {
		boolean[] closing = new boolean[groups.size()];
		int closingFrom = text.length();
		for (int i = groups.size() - 1; i >= 0; i--) {
			Brackets.Group group = groups.get(i);
			if (!isPunctuation(text.substring(group.end() + 1, closingFrom))) {
				break;
			}
			closing[i] = true;
			closingFrom = group.start();
		}
		return closing;
	}

	/** A bracket that is the end of a name, as in 各镇（街道） or 市财政局(金融发展局), is no note of its own. */
	private static boolean endsAName(String text, Brackets.Group group) {
		int start = group.start();
		while (start > 0 && NAME_SEPARATORS.indexOf(text.charAt(start - 1)) < 0) {
			start--;
		}
		String word = text.substring(start, group.start());
		return !word.isEmpty() && UnitNames.looksLikeUnit(text.substring(start, group.end() + 1));
	}

	private static Responsibilities.Note noteInBracket(String inner, boolean closesLine) {
		if (closesLine) {
			return Responsibilities.bracketNote(inner);
		}
		// inside a paragraph only a bracket that says so is a note: …宣传（市公安局负责），推行…
		if (Responsibilities.isLabelled(inner) || Responsibilities.endsInRoleWord(inner)) {
			return Responsibilities.note(inner);
		}
		return Responsibilities.Note.NONE;
	}

	/** Peels sentences off the end of the line while they are notes: 牵头单位：A。配合单位：B。 */
	private static String withoutClosingSentenceNotes(String text, Notes notes) {
		List<Responsibilities.Note> found = new ArrayList<>();
		String rest = text;
		while (true) {
			String trimmed = withoutClosingPunctuation(rest);
			int start = lastSentenceStart(trimmed);
			String sentence = trimmed.substring(start);
			int label = labelOutsideBrackets(sentence);
			if (label > 0 && Responsibilities.read(sentence.substring(0, label)).isEmpty()) {
				// content, then a label in the same sentence: …促进人口流动，责任单位：市公安局
				start += label;
				sentence = sentence.substring(label);
			}
			boolean mayBeNote = label >= 0 || Responsibilities.ROLE_WORD.matcher(sentence).find();
			Responsibilities.Note note = mayBeNote ? Responsibilities.note(sentence) : Responsibilities.Note.NONE;
			if (note.units().isEmpty()) {
				break;
			}
			// sentences are peeled from the end, so each goes before those found already
			found.add(0, note);
			rest = trimmed.substring(0, start);
		}
		found.forEach(notes::add);
		return found.isEmpty() ? text : rest;
	}

	/** Where the first label outside brackets starts, or -1: labels inside brackets belong to bracket notes. */
	private static int labelOutsideBrackets(String sentence) {
		Matcher label = Responsibilities.LABEL.matcher(sentence);
		while (label.find()) {
			if (depthAt(sentence, label.start()) == 0) {
				return label.start();
			}
		}
		return -1;
	}

	private static int depthAt(String text, int index) {
		int depth = 0;
		for (int i = 0; i < index; i++) {
			if (Brackets.isOpener(text.charAt(i))) {
				depth++;
			}
			else if (Brackets.isCloser(text.charAt(i))) {
				depth = Math.max(0, depth - 1);
			}
		}
		return depth;
	}

	private static int lastSentenceStart(String text) {
		int start = 0;
		int depth = 0;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (Brackets.isOpener(c)) {
				depth++;
			}
			else if (Brackets.isCloser(c)) {
				depth = Math.max(0, depth - 1);
			}
			else if (depth == 0 && SENTENCE_ENDS.indexOf(c) >= 0) {
				start = i + 1;
			}
		}
		return start;
	}

	private static String withoutClosingPunctuation(String text) {
		int end = text.length();
		while (end > 0 && CLOSING_PUNCTUATION.indexOf(text.charAt(end - 1)) >= 0) {
			end--;
		}
		return text.substring(0, end);
	}

	static boolean isPunctuation(String text) {
		return text.chars().allMatch((c) -> CLOSING_PUNCTUATION.indexOf(c) >= 0 || Character.isWhitespace(c));
	}

}
