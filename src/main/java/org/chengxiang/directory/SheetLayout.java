package org.chengxiang.directory;

import java.util.List;
import java.util.Locale;

import org.chengxiang.platform.domain.RuleBroken;

import org.springframework.context.MessageSource;

/**
 * The layout of a ledger sheet the directory exports and imports: its name and column headings, worded in the
 * reader's language on export. An upload may carry the headings of either language (a sheet exported by a colleague
 * reading English goes back in as well as one in Chinese), and so may a sheet exported before the headings were worded
 * per language, which held both ("编码 Code"); a first row in any other layout is refused.
 *
 * @param sheetKey the message key of the sheet's name
 * @param columnKeys the message keys of the column headings, in column order
 */
record SheetLayout(String sheetKey, List<String> columnKeys) {

	static final SheetLayout DEPARTMENTS = new SheetLayout("directory.sheet.departments",
			List.of("directory.sheet.department.code", "directory.sheet.department.name",
					"directory.sheet.department.shortName", "directory.sheet.department.kind",
					"directory.sheet.department.divisionCode", "directory.sheet.department.aliases",
					"directory.sheet.department.active", "directory.sheet.department.sortOrder"));

	static final SheetLayout STAFF = new SheetLayout("directory.sheet.staff",
			List.of("directory.sheet.staff.username", "directory.sheet.staff.name", "directory.sheet.staff.role",
					"directory.sheet.staff.departmentCode", "directory.sheet.staff.enabled",
					"directory.sheet.staff.initialPassword"));

	/** The languages a heading may be written in. */
	private static final List<Locale> LANGUAGES = List.of(Locale.SIMPLIFIED_CHINESE, Locale.ENGLISH);

	String sheetName(MessageSource messages, Locale locale) {
		return messages.getMessage(sheetKey, null, locale);
	}

	List<String> header(MessageSource messages, Locale locale) {
		return columnKeys.stream().map(key -> messages.getMessage(key, null, locale)).toList();
	}

	/** The text of a yes/no cell. */
	static String yesNo(boolean yes, MessageSource messages, Locale locale) {
		return messages.getMessage(yes ? "directory.sheet.yes" : "directory.sheet.no", null, locale);
	}

	/**
	 * Checks the first row of an upload: each column's heading in either language.
	 * @throws RuleBroken on {@code file} when a heading is missing or names another column
	 */
	void check(List<String> header, MessageSource messages) {
		for (int i = 0; i < columnKeys.size(); i++) {
			String written = i < header.size() ? normalize(header.get(i)) : "";
			if (!headings(columnKeys.get(i), messages).contains(written)) {
				throw RuleBroken.at("file", "directory.sheet.header", i + 1);
			}
		}
	}

	/** The headings a column is recognized by: Chinese, English, and both glued as the earlier exports wrote them. */
	private static List<String> headings(String key, MessageSource messages) {
		List<String> worded = LANGUAGES.stream().map(locale -> normalize(messages.getMessage(key, null, locale))).toList();
		return List.of(worded.get(0), worded.get(1), normalize(worded.get(0) + " " + worded.get(1)));
	}

	private static String normalize(String heading) {
		return heading == null ? "" : heading.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
	}

}
