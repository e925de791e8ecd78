package org.chengxiang.plan;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A task table pasted as text, as web pages show the tables of 任务分解表: a row a line with its cells
 * between bars (序号 | 重点任务 | 牵头单位 | 配合单位), or a cell a line. A table a cell a line is read only
 * when every row lines up with the header: each row opens with its number and names its units where the
 * header says; otherwise it is refused, since a cell left empty would shift every later one.
 */
final class TextTables {

	/**
	 * A table found in a text.
	 *
	 * @param headerLine the index of its header's first line
	 * @param rows the header's cells, then each row's
	 */
	record Table(int headerLine, List<List<String>> rows) {
	}

	private static final Pattern BARS = Pattern.compile("\\s*[|｜]\\s*");

	/** Headers of columns that hold neither a task nor its units. */
	private static final Pattern OTHER_HEADER = Pattern.compile("指标要求|目标要求|目标类型|完成时限|完成时间|时间节点|时限要求|进度安排|责任领导"
			+ "|牵头领导|分管领导|牵头县领导|牵头市领导|责任人|备注|预期成效|考核指标|目标值|类别|类型");

	/** A short heading of a column the reader does not use, as 考核指标, 年度目标, 评分部门. */
	private static final Pattern HEADER_WORD = Pattern.compile("[^\\d\\p{Punct}，。、；：（）%]*(项目|指标|内容|单位|部门|目标|时限|时间|要求|类型|措施|事项|名称|类别|成效|备注)");

	private static final int LONGEST_HEADER_CELL = 8;

	private static final Pattern ROW_NUMBER = Pattern.compile("\\d{1,3}[.．、]?");

	private static final int FEWEST_COLUMNS = 3;

	private TextTables() {
	}

	/**
	 * The task table of a text, if it has one.
	 * @throws NotAPlanException when a table pasted a cell a line does not line up
	 */
	static Optional<Table> find(List<String> lines) {
		Optional<Table> rows = barredRows(lines);
		return rows.isPresent() ? rows : cellsALine(lines);
	}

	private static Optional<Table> barredRows(List<String> lines) {
		for (int i = 0; i < lines.size(); i++) {
			List<String> header = cells(lines.get(i));
			if (header.size() < FEWEST_COLUMNS || !LedgerTable.isHeader(header)) {
				continue;
			}
			List<List<String>> rows = new ArrayList<>();
			rows.add(header);
			for (int j = i + 1; j < lines.size(); j++) {
				List<String> row = cells(lines.get(j));
				if (row.size() < 2) {
					break;
				}
				rows.add(row);
			}
			return Optional.of(new Table(i, rows));
		}
		return Optional.empty();
	}

	/** The cells of a line between bars, without the empty ones a leading or closing bar makes. */
	static List<String> cells(String line) {
		if (line.indexOf('|') < 0 && line.indexOf('｜') < 0) {
			return List.of();
		}
		List<String> cells = new ArrayList<>(Arrays.asList(BARS.split(line.strip(), -1)));
		if (!cells.isEmpty() && cells.get(0).isEmpty()) {
			cells.remove(0);
		}
		if (!cells.isEmpty() && cells.get(cells.size() - 1).isEmpty()) {
			cells.remove(cells.size() - 1);
		}
		return cells;
	}

	private static Optional<Table> cellsALine(List<String> lines) {
		for (int i = 0; i < lines.size(); i++) {
			if (LedgerTable.Column.of(lines.get(i)).orElse(null) != LedgerTable.Column.SEQ) {
				continue;
			}
			int start = i;
			while (start > 0 && isHeaderCell(lines.get(start - 1))) {
				start--;
			}
			int end = i + 1;
			while (end < lines.size() && isHeaderCell(lines.get(end))) {
				end++;
			}
			List<String> header = List.copyOf(lines.subList(start, end));
			if (header.size() < FEWEST_COLUMNS || !LedgerTable.isHeader(header)) {
				continue;
			}
			return Optional.of(new Table(start, alignedRows(lines, header, end, i - start)));
		}
		return Optional.empty();
	}

	static boolean isHeaderCell(String line) {
		String cell = line.replaceAll("\\s", "");
		return LedgerTable.Column.of(cell).isPresent() || OTHER_HEADER.matcher(cell).matches()
				|| (cell.length() <= LONGEST_HEADER_CELL && HEADER_WORD.matcher(cell).matches());
	}

	/**
	 * The rows under the header, each as wide as the header, with its number where the header has 序号.
	 * @throws NotAPlanException when a row does not line up
	 */
	private static List<List<String>> alignedRows(List<String> lines, List<String> header, int from, int seqColumn) {
		int width = header.size();
		List<List<String>> rows = new ArrayList<>();
		rows.add(header);
		int expected = 1;
		int at = from;
		while (at + seqColumn < lines.size() && isRowNumber(lines.get(at + seqColumn), expected)) {
			if (at + width > lines.size()) {
				throw new NotAPlanException(NotAPlanException.CELLS_NOT_ALIGNED);
			}
			List<String> row = List.copyOf(lines.subList(at, at + width));
			if (!namesUnitsWhereTheHeaderSays(header, row, seqColumn)) {
				throw new NotAPlanException(NotAPlanException.CELLS_NOT_ALIGNED);
			}
			rows.add(row);
			at += width;
			expected++;
		}
		if (rows.size() == 1 || numbersARowNearby(lines, at, width, expected)) {
			// no row where the header ends, or the next row's number stands where it should not
			throw new NotAPlanException(NotAPlanException.CELLS_NOT_ALIGNED);
		}
		return rows;
	}

	private static boolean numbersARowNearby(List<String> lines, int at, int width, int expected) {
		for (int i = at; i < Math.min(lines.size(), at + width); i++) {
			if (isRowNumber(lines.get(i), expected)) {
				return true;
			}
		}
		return false;
	}

	private static boolean isRowNumber(String line, int expected) {
		return ROW_NUMBER.matcher(line).matches() && line.replaceAll("[.．、]", "").equals(Integer.toString(expected));
	}

	private static boolean namesUnitsWhereTheHeaderSays(List<String> header, List<String> row, int seqColumn) {
		for (int c = 0; c < header.size(); c++) {
			LedgerTable.Column column = LedgerTable.Column.of(header.get(c)).orElse(null);
			boolean unitsColumn = column == LedgerTable.Column.LEAD || column == LedgerTable.Column.RESPONSIBLE
					|| column == LedgerTable.Column.CO;
			if (unitsColumn && !UnitNames.split(row.get(c), true).stream().allMatch(UnitNames::looksLikeUnit)) {
				return false;
			}
			if (c != seqColumn && ROW_NUMBER.matcher(row.get(c)).matches()) {
				// the next row's number inside this one: a cell is missing
				return false;
			}
		}
		return true;
	}

}
