package org.chengxiang.plan;

/**
 * One line of a plan's body: its numbering, if any, and its text read for responsibility notes.
 *
 * @param numbering the numbering it opens with, or null
 * @param reading the text after the numbering, with its notes taken out
 */
record PlanLine(Numbering numbering, ResponsibilityNotes.Reading reading) {

	/** The rank of an unnumbered line, deeper than any numbering: it stands for its own paragraph. */
	static final int PARAGRAPH = 9;

	static PlanLine of(String text) {
		Numbering numbering = Numbering.of(text).orElse(null);
		return new PlanLine(numbering, ResponsibilityNotes.read((numbering != null) ? numbering.text() : text));
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
