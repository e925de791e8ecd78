package org.chengxiang.plan;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.ss.util.CellRangeAddress;

/** Reads an Excel task ledger (台账): a header row naming the columns, then a task a row. */
final class LedgerReader {

	private static final int HEADER_SEARCH_ROWS = 10;

	private static final String NO_HEADER = "未找到台账表头（序号、重点任务、牵头单位） / no ledger header row (序号, 重点任务, 牵头单位) found";

	/** The columns a ledger may have; a responsible column (责任单位) lists the lead first. */
	private enum Column {

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

	private final Sheet sheet;

	private final DataFormatter formatter = new DataFormatter();

	/** The text of every cell a merged region covers, keyed by row and column. */
	private final Map<Long, String> merged = new HashMap<>();

	private LedgerReader(Sheet sheet) {
		this.sheet = sheet;
		for (CellRangeAddress region : sheet.getMergedRegions()) {
			String value = ownText(region.getFirstRow(), region.getFirstColumn());
			for (int r = region.getFirstRow(); r <= region.getLastRow(); r++) {
				for (int c = region.getFirstColumn(); c <= region.getLastColumn(); c++) {
					this.merged.put(key(r, c), value);
				}
			}
		}
	}

	/**
	 * Reads the first sheet that has a header row among its first rows (序号, 重点任务, 具体内容, 牵头单位,
	 * 配合单位, 章节). A row holding a single text, often merged across the row, is a chapter's heading;
	 * a merged cell counts for every cell it covers, as ledgers merge a lead shared by several tasks.
	 */
	static ParsedPlan read(byte[] xlsx) {
		try (Workbook workbook = WorkbookFactory.create(new ByteArrayInputStream(xlsx))) {
			for (Sheet sheet : workbook) {
				LedgerReader reader = new LedgerReader(sheet);
				Optional<ParsedPlan> plan = reader.headerRow().map(reader::plan);
				if (plan.isPresent()) {
					return plan.get();
				}
			}
		}
		catch (IOException | RuntimeException ex) {
			if (ex instanceof NotAPlanException notAPlan) {
				throw notAPlan;
			}
			throw new NotAPlanException("无法读取 Excel 文件 / the Excel file cannot be read");
		}
		throw new NotAPlanException(NO_HEADER);
	}

	private Optional<Integer> headerRow() {
		int last = Math.min(this.sheet.getLastRowNum(), HEADER_SEARCH_ROWS - 1);
		for (int r = this.sheet.getFirstRowNum(); r <= last; r++) {
			Map<Column, Integer> columns = columns(r);
			boolean names = columns.containsKey(Column.TITLE) || columns.containsKey(Column.CONTENT);
			boolean units = columns.containsKey(Column.LEAD) || columns.containsKey(Column.RESPONSIBLE);
			if (names && units) {
				return Optional.of(r);
			}
		}
		return Optional.empty();
	}

	private Map<Column, Integer> columns(int r) {
		Map<Column, Integer> columns = new EnumMap<>(Column.class);
		Row row = this.sheet.getRow(r);
		if (row != null) {
			for (Cell cell : row) {
				int c = cell.getColumnIndex();
				Column.of(text(r, c)).ifPresent((column) -> columns.putIfAbsent(column, c));
			}
		}
		return columns;
	}

	private ParsedPlan plan(int headerRow) {
		Map<Column, Integer> columns = columns(headerRow);
		Map<String, List<ParsedTask>> chapters = new LinkedHashMap<>();
		List<String> warnings = new ArrayList<>();
		String chapter = "";
		for (int r = headerRow + 1; r <= this.sheet.getLastRowNum(); r++) {
			int rowIndex = r;
			Map<Column, String> row = new EnumMap<>(Column.class);
			columns.forEach((column, c) -> row.put(column, text(rowIndex, c)));
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
				warnings.add("第%d项任务未找到责任单位 / task %d has no responsible units".formatted(seq, seq));
			}
			chapters.computeIfAbsent(chapter, (key) -> new ArrayList<>()).add(task);
		}
		if (chapters.values().stream().flatMap(List::stream).allMatch((task) -> task.departments().isEmpty())) {
			throw new NotAPlanException();
		}
		List<ParsedChapter> parsed = new ArrayList<>();
		chapters.forEach((heading, tasks) -> parsed.add(chapter(heading, tasks)));
		return new ParsedPlan(textAbove(headerRow).orElse(null), null, dateAbove(headerRow).orElse(null), parsed,
				warnings);
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

	/** A title row above the header, as ledgers have: 大石桥市…重点任务台账. */
	private Optional<String> textAbove(int headerRow) {
		for (int r = this.sheet.getFirstRowNum(); r < headerRow; r++) {
			String first = firstText(r);
			if (!first.isEmpty() && PlanDates.find(first).isEmpty()) {
				return Optional.of(first);
			}
		}
		return Optional.empty();
	}

	private Optional<LocalDate> dateAbove(int headerRow) {
		for (int r = this.sheet.getFirstRowNum(); r < headerRow; r++) {
			Row row = this.sheet.getRow(r);
			if (row != null) {
				for (Cell cell : row) {
					Optional<LocalDate> date = PlanDates.find(text(r, cell.getColumnIndex()));
					if (date.isPresent()) {
						return date;
					}
				}
			}
		}
		return Optional.empty();
	}

	private String firstText(int r) {
		Row row = this.sheet.getRow(r);
		if (row == null) {
			return "";
		}
		for (Cell cell : row) {
			String text = text(r, cell.getColumnIndex());
			if (!text.isEmpty()) {
				return text;
			}
		}
		return "";
	}

	private String text(int r, int c) {
		String value = this.merged.get(key(r, c));
		return Objects.requireNonNullElseGet(value, () -> ownText(r, c));
	}

	private String ownText(int r, int c) {
		Row row = this.sheet.getRow(r);
		Cell cell = (row != null) ? row.getCell(c) : null;
		return (cell != null) ? this.formatter.formatCellValue(cell).strip() : "";
	}

	private static long key(int row, int column) {
		return ((long) row << 20) | column;
	}

}
