package org.chengxiang.plan;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.chengxiang.platform.domain.Text;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.ss.util.CellRangeAddress;
import org.chengxiang.platform.web.Spreadsheets;

/** Reads an Excel task ledger (台账): a header row naming the columns, then a task a row. */
final class LedgerReader {

	private static final int HEADER_SEARCH_ROWS = 10;

	/** Rows a ledger may span: a table of tasks, not a data dump (as {@link Spreadsheets#MAX_ROWS}). */
	private static final int MAX_ROWS = Spreadsheets.MAX_ROWS;

	private static final int MAX_MERGED_CELLS = 1_000_000;

	static final String TOO_LARGE = NotAPlanException.LEDGER_TOO_LARGE;

	private static final String NO_HEADER = NotAPlanException.NO_LEDGER_HEADER;

	private final Sheet sheet;

	private final DataFormatter formatter = new DataFormatter();

	/** The text of every cell a merged region covers, keyed by row and column. */
	private final Map<Long, String> merged = new HashMap<>();

	private LedgerReader(Sheet sheet) {
		this.sheet = sheet;
		if (sheet.getLastRowNum() - Math.max(0, sheet.getFirstRowNum()) >= MAX_ROWS) {
			throw new NotAPlanException(TOO_LARGE);
		}
		// a region may reach to the sheet's last row and column (a whole row or column merged): only the cells
		// that are read count, those within the rows and the width the sheet uses
		int width = 0;
		for (Row row : sheet) {
			width = Math.max(width, row.getLastCellNum());
		}
		long cells = 0;
		for (CellRangeAddress region : sheet.getMergedRegions()) {
			String value = ownText(region.getFirstRow(), region.getFirstColumn());
			int lastRow = Math.min(region.getLastRow(), sheet.getLastRowNum());
			int lastColumn = Math.min(region.getLastColumn(), width - 1);
			for (int r = Math.max(0, region.getFirstRow()); r <= lastRow; r++) {
				for (int c = Math.max(0, region.getFirstColumn()); c <= lastColumn; c++) {
					if (++cells > MAX_MERGED_CELLS) {
						throw new NotAPlanException(TOO_LARGE);
					}
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
				LedgerTable table = new LedgerTable(reader.grid());
				Optional<Integer> header = table.headerRow(HEADER_SEARCH_ROWS);
				if (header.isPresent()) {
					return reader.plan(table, header.get());
				}
			}
		}
		catch (IOException | RuntimeException ex) {
			if (ex instanceof NotAPlanException notAPlan) {
				throw notAPlan;
			}
			throw new NotAPlanException(NotAPlanException.UNREADABLE_EXCEL);
		}
		throw new NotAPlanException(NO_HEADER);
	}

	/** The sheet's rows from its first, each its cells' texts by column. */
	private List<List<String>> grid() {
		List<List<String>> rows = new ArrayList<>();
		for (int r = Math.max(0, this.sheet.getFirstRowNum()); r <= this.sheet.getLastRowNum(); r++) {
			Row row = this.sheet.getRow(r);
			int width = (row != null) ? Math.max(0, row.getLastCellNum()) : 0;
			List<String> cells = new ArrayList<>();
			for (int c = 0; c < width; c++) {
				cells.add(text(r, c));
			}
			rows.add(cells);
		}
		return rows;
	}

	private ParsedPlan plan(LedgerTable table, int headerRow) {
		List<Text> warnings = new ArrayList<>();
		List<ParsedChapter> chapters = table.chapters(headerRow, warnings);
		int sheetRow = Math.max(0, this.sheet.getFirstRowNum()) + headerRow;
		return new ParsedPlan(textAbove(sheetRow).orElse(null), null, dateAbove(sheetRow).orElse(null), chapters,
				warnings);
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
