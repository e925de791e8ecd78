package org.chengxiang.plan;

import java.util.List;

/**
 * One line of a plan's body: its numbering, if any, and its text read for responsibility notes.
 *
 * @param numbering the numbering it opens with, or null
 * @param reading the text after the numbering, with its notes taken out
 * @param separator whether it separates parts of the document, like a signature; it ends every item
 */
record PlanLine(Numbering numbering, ResponsibilityNotes.Reading reading, boolean separator) {

	/** The rank of an unnumbered line, deeper than any numbering: it stands for its own paragraph. */
	static final int PARAGRAPH = 9;

	static PlanLine of(String text, boolean separator) {
		if (separator) {
			return new PlanLine(null, new ResponsibilityNotes.Reading(text, List.of()), true);
		}
		Numbering numbering = Numbering.of(text).orElse(null);
		return new PlanLine(numbering, ResponsibilityNotes.read((numbering != null) ? numbering.text() : text), false);
	}

	int rank() {
		return (numbering != null) ? numbering.rank() : PARAGRAPH;
	}

	boolean isNumbered() {
		return numbering != null;
	}

	boolean hasNote() {
		return reading.hasNote();
	}

	/** A line that says only who is responsible for what came before it. */
	boolean isNoteOnly() {
		return numbering == null && reading.isNoteOnly();
	}

	/** The line as part of a task's content: its own numbering kept, its notes left out. */
	String content() {
		return (numbering != null) ? numbering.label() + reading.rest() : reading.rest();
	}

}
