package org.chengxiang.plan;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.chengxiang.platform.domain.Text;

/**
 * A task table, as a spreadsheet holds it or a web page shows it: a header row naming the columns
 * (序号, 重点任务, 具体内容, 牵头单位, 配合单位, 章节), then a task a row.
 */
final class LedgerTable {

	/** The columns a table may have; a responsible column (责任单位) lists the lead first. */
	enum Column {

		SEQ("序号|编号|序"), CHAPTER("章节|类别|分类|板块|领域|任务类别|篇章"), TITLE("重点任务|任务|工作任务|任务名称|主要任务|重点工作|工作事项|任务事项"),
		CONTENT("具体内容|工作内容|主要内容|任务内容|具体措施|工作措施|主要措施|具体任务|目标任务|工作目标|.*内容"), LEAD("(牵头|主责)(单位|部门)"),
		CO("(配合|协办|协同|参与|协助)(单位|部门)"), RESPONSIBLE("责任(单位|部门)");

		private final String headers;

		Column(String headers) {
			this.headers = headers;
		}

		static Optional<Column> of(String header) {
			String name = header.replaceAll("[\\s*＊]", "");
			for (Column column : values()) {
				if (name.matches(column.headers)) {
					return Optional.of(column);
				}
			}
			return Optional.empty();
		}

	}

	private final List<List<String>> rows;

	/** @param rows the table's rows, each its cells' texts by column, merged cells already spread */
	LedgerTable(List<List<String>> rows) {
		this.rows = rows;
	}

	/** Whether a row names the columns of a task table: a task's name or content, and who is responsible. */
	static boolean isHeader(List<String> cells) {
		Map<Column, Integer> columns = columns(cells);
		boolean names = columns.containsKey(Column.TITLE) || columns.containsKey(Column.CONTENT);
		boolean units = columns.containsKey(Column.LEAD) || columns.containsKey(Column.RESPONSIBLE);
		return names && units;
	}

	/** The first header row among the first {@code searchRows} rows. */
	Optional<Integer> headerRow(int searchRows) {
		for (int r = 0; r < Math.min(searchRows, this.rows.size()); r++) {
			if (isHeader(this.rows.get(r))) {
				return Optional.of(r);
			}
		}
		return Optional.empty();
	}

	private static Map<Column, Integer> columns(List<String> cells) {
		Map<Column, Integer> columns = new EnumMap<>(Column.class);
		for (int c = 0; c < cells.size(); c++) {
			int index = c;
			Column.of(cells.get(c)).ifPresent((column) -> columns.putIfAbsent(column, index));
		}
		return columns;
	}

	/**
	 * The tasks of the rows under the header. A row holding a single text, often merged across the row,
	 * is a chapter's heading.
	 *
	 * @throws NotAPlanException when no row names a responsible unit
	 */
	List<ParsedChapter> chapters(int headerRow, List<Text> warnings) {
		Map<Column, Integer> columns = columns(this.rows.get(headerRow));
		Map<String, List<ParsedTask>> chapters = new LinkedHashMap<>();
		String chapter = "";
		for (int r = headerRow + 1; r < this.rows.size(); r++) {
			List<String> cells = this.rows.get(r);
			Map<Column, String> row = new EnumMap<>(Column.class);
			columns.forEach((column, c) -> row.put(column, (c < cells.size()) ? cells.get(c) : ""));
			Set<String> values = new LinkedHashSet<>(row.values());
			values.remove("");
			if (values.isEmpty()) {
				continue;
			}
			if (values.size() == 1) {
				// one text across the row: a chapter's heading
				chapter = values.iterator().next();
				continue;
			}
			chapter = row.getOrDefault(Column.CHAPTER, "").isEmpty() ? chapter : row.get(Column.CHAPTER);
			int seq = chapters.values().stream().mapToInt(List::size).sum() + 1;
			ParsedTask task = task(seq, row);
			if (task.departments().isEmpty()) {
				warnings.add(Text.of("plan.warning.noUnits", seq));
			}
			chapters.computeIfAbsent(chapter, (key) -> new ArrayList<>()).add(task);
		}
		if (chapters.values().stream().flatMap(List::stream).allMatch((task) -> task.departments().isEmpty())) {
			throw new NotAPlanException();
		}
		List<ParsedChapter> parsed = new ArrayList<>();
		chapters.forEach((heading, tasks) -> parsed.add(chapter(heading, tasks)));
		return parsed;
	}

	private static ParsedTask task(int seq, Map<Column, String> row) {
		String number = row.getOrDefault(Column.SEQ, "").replaceAll("[\\s.．、（）()]", "");
		String title = row.getOrDefault(Column.TITLE, "");
		Optional<Numbering> numbering = Numbering.of(title);
		if (numbering.isPresent()) {
			number = number.isEmpty() ? numbering.get().number() : number;
			title = numbering.get().text();
		}
		String content = row.getOrDefault(Column.CONTENT, "");
		content = content.isEmpty() ? title : content;
		title = PlanDocumentParser.titleOf(title.isEmpty() ? content : title);
		return new ParsedTask(seq, number, title, content, units(row));
	}

	private static List<ParsedUnit> units(Map<Column, String> row) {
		Map<String, ParsedUnit> units = new LinkedHashMap<>();
		for (String name : UnitNames.split(row.getOrDefault(Column.LEAD, ""), true)) {
			units.putIfAbsent(name, new ParsedUnit(name, UnitRole.LEAD, UnitNames.isTownshipGroup(name)));
		}
		String responsible = row.getOrDefault(Column.RESPONSIBLE, "");
		List<ParsedUnit> named = new ArrayList<>(Responsibilities.read(responsible.replaceAll("\\s+", "、")));
		if (named.isEmpty()) {
			List<String> names = UnitNames.split(responsible, true);
			for (int i = 0; i < names.size(); i++) {
				UnitRole role = (i == 0 && units.isEmpty()) ? UnitRole.LEAD : UnitRole.CO;
				named.add(new ParsedUnit(names.get(i), role, UnitNames.isTownshipGroup(names.get(i))));
			}
		}
		else if (!units.isEmpty()) {
			// beside a lead column, the responsible units are the others
			named.replaceAll((unit) -> new ParsedUnit(unit.name(), UnitRole.CO, unit.townshipGroup()));
		}
		named.forEach((unit) -> units.putIfAbsent(unit.name(), unit));
		for (String name : UnitNames.split(row.getOrDefault(Column.CO, ""), true)) {
			units.putIfAbsent(name, new ParsedUnit(name, UnitRole.CO, UnitNames.isTownshipGroup(name)));
		}
		return List.copyOf(units.values());
	}

	private static ParsedChapter chapter(String heading, List<ParsedTask> tasks) {
		Optional<Numbering> numbering = Numbering.of(heading);
		return numbering.map((n) -> new ParsedChapter(n.number(), PlanDocumentParser.titleOf(n.text()), tasks))
			.orElseGet(() -> new ParsedChapter("", heading, tasks));
	}

}
