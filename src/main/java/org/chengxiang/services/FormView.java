package org.chengxiang.services;

import java.util.List;

/**
 * An application's form as people read it, like the paper form: labelled sections whose values are already in words
 * (a category's name, not its code; a division's name, not its number; yes or no). Labels are message keys, so that
 * the page shows them in the reader's language.
 *
 * @param sections the sections in the order of the paper form
 */
public record FormView(List<Section> sections) {

	public FormView {
		sections = List.copyOf(sections);
	}

	/**
	 * A section of the form: labelled rows, a table, or both.
	 *
	 * @param titleKey message key of its heading, {@code null} for a form of one section
	 * @param rows its labelled values
	 * @param table a table of repeated entries (household members), or {@code null}
	 */
	public record Section(String titleKey, List<Row> rows, Table table) {

		public Section {
			rows = List.copyOf(rows);
		}

		public static Section of(String titleKey, Row... rows) {
			return new Section(titleKey, List.of(rows), null);
		}

	}

	/**
	 * One labelled value.
	 *
	 * @param labelKey message key of the label
	 * @param value the value
	 */
	public record Row(String labelKey, Value value) {
	}

	/**
	 * Repeated entries of the same kind.
	 *
	 * @param columnKeys message keys of the column headings
	 * @param rows one list of values a row, as many as there are columns
	 * @param emptyKey message key said when there are no rows
	 */
	public record Table(List<String> columnKeys, List<List<Value>> rows, String emptyKey) {

		public Table {
			columnKeys = List.copyOf(columnKeys);
			rows = rows.stream().map(List::copyOf).toList();
		}

	}

	/**
	 * A value as it is shown: text as given (a name, an address), or a word from the messages (a category, yes or no),
	 * or nothing given.
	 *
	 * @param text the text, when the value is text
	 * @param key the message key, when the value is a word from the messages
	 */
	public record Value(String text, String key) {

		private static final Value NONE = new Value(null, "services.form.notGiven");

		public static Value text(String text) {
			return text == null || text.isBlank() ? NONE : new Value(text, null);
		}

		public static Value word(String key) {
			return new Value(null, key);
		}

		public static Value yesOrNo(Boolean answer) {
			return answer == null ? NONE : word(answer ? "services.form.yes" : "services.form.no");
		}

		public static Value none() {
			return NONE;
		}

	}

}
