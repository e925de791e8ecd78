package org.chengxiang.platform.web;

import org.chengxiang.platform.domain.RuleBroken;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * Excel (.xlsx) ledgers in and out: one header row, then one record per row.
 */
public final class Spreadsheets {

	public static final MediaType XLSX = MediaType
		.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

	/** Largest upload we read: a ledger, not a data dump. */
	public static final int MAX_ROWS = 10_000;

	static final int MAX_CELL = 32_767;

	private Spreadsheets() {
	}

	/** Writes one sheet with a bold, frozen header row. */
	public static byte[] write(String sheetName, List<String> header, List<List<String>> rows) {
		return write(List.of(new NamedSheet(sheetName, header, rows)));
	}

	/** Writes a workbook of several sheets, in order, each with a bold, frozen header row. */
	public static byte[] write(List<NamedSheet> sheets) {
		try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			CellStyle bold = workbook.createCellStyle();
			Font font = workbook.createFont();
			font.setBold(true);
			bold.setFont(font);
			for (NamedSheet named : sheets) {
				Sheet sheet = workbook.createSheet(named.name());
				List<String> header = named.header();
				List<List<String>> rows = named.rows();
				Row head = sheet.createRow(0);
				for (int i = 0; i < header.size(); i++) {
					Cell cell = head.createCell(i);
					cell.setCellValue(header.get(i));
					cell.setCellStyle(bold);
				}
				for (int r = 0; r < rows.size(); r++) {
					Row row = sheet.createRow(r + 1);
					List<String> values = rows.get(r);
					for (int i = 0; i < values.size(); i++) {
						row.createCell(i).setCellValue(fit(values.get(i)));
					}
				}
				sheet.createFreezePane(0, 1);
				for (int i = 0; i < header.size(); i++) {
					sheet.setColumnWidth(i, Math.min(60, Math.max(12, widest(header.get(i), rows, i))) * 256);
				}
			}
			workbook.write(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** Excel holds at most 32,767 characters in a cell; longer text is cut and marked. */
	static String fit(String value) {
		if (value == null) {
			return "";
		}
		return value.length() <= MAX_CELL ? value : value.substring(0, MAX_CELL - 1) + "…";
	}

	private static int widest(String header, List<List<String>> rows, int column) {
		int widest = header.length() * 2;
		for (List<String> row : rows) {
			if (column < row.size() && row.get(column) != null) {
				widest = Math.max(widest, row.get(column).length() * 2);
			}
		}
		return widest + 2;
	}

	/**
	 * Reads the first sheet's data rows as text, skipping the header row and blank rows. Each row is
	 * padded to the header's width. Not a spreadsheet, or too many rows: {@link RuleBroken} on
	 * {@code file}.
	 */
	public static List<SheetRow> read(InputStream in) {
		return readSheet(in).rows();
	}

	/**
	 * Reads the first sheet: its header row as text, and its data rows as {@link #read(InputStream)} does. Not a
	 * spreadsheet, or too many rows: {@link RuleBroken} on {@code file}.
	 */
	public static ReadSheet readSheet(InputStream in) {
		try (Workbook workbook = WorkbookFactory.create(in)) {
			Sheet sheet = workbook.getSheetAt(0);
			DataFormatter formatter = new DataFormatter();
			Row head = sheet.getRow(sheet.getFirstRowNum());
			int width = head == null ? 0 : Math.max(0, head.getLastCellNum());
			List<String> header = new ArrayList<>(width);
			for (int i = 0; i < width; i++) {
				Cell cell = head.getCell(i);
				header.add(cell == null ? "" : formatter.formatCellValue(cell).strip());
			}
			List<SheetRow> rows = new ArrayList<>();
			for (int r = sheet.getFirstRowNum() + 1; r <= sheet.getLastRowNum(); r++) {
				Row row = sheet.getRow(r);
				if (row == null) {
					continue;
				}
				List<String> values = new ArrayList<>(width);
				boolean blank = true;
				for (int i = 0; i < width; i++) {
					Cell cell = row.getCell(i);
					String value = cell == null ? "" : formatter.formatCellValue(cell).strip();
					blank &= value.isEmpty();
					values.add(value);
				}
				if (!blank) {
					rows.add(new SheetRow(r + 1, values));
				}
				if (rows.size() > MAX_ROWS) {
					throw RuleBroken.at("file", "platform.sheet.tooManyRows", MAX_ROWS);
				}
			}
			return new ReadSheet(header, rows);
		}
		catch (IOException | RuntimeException ex) {
			if (ex instanceof RuleBroken bad) {
				throw bad;
			}
			throw RuleBroken.at("file", "platform.sheet.notExcel");
		}
	}

	/** An attachment download of a workbook. */
	public static ResponseEntity<byte[]> download(String filename, byte[] workbook) {
		return ResponseEntity.ok()
			.contentType(XLSX)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(filename, java.nio.charset.StandardCharsets.UTF_8).build().toString())
			.body(workbook);
	}

	/**
	 * One sheet of a workbook to write.
	 *
	 * @param name its tab's name (at most 31 characters, unique in the workbook)
	 * @param header the cells of its first row
	 * @param rows its data rows
	 */
	public record NamedSheet(String name, List<String> header, List<List<String>> rows) {
	}

	/**
	 * An uploaded sheet.
	 *
	 * @param header the cells of its first row as text
	 * @param rows its data rows
	 */
	public record ReadSheet(List<String> header, List<SheetRow> rows) {
	}

	/**
	 * One data row of an uploaded sheet.
	 *
	 * @param number the row number as Excel shows it (1-based, header is row 1)
	 * @param values the cells as text
	 */
	public record SheetRow(int number, List<String> values) {

		public String get(int column) {
			return column < values.size() ? values.get(column) : "";
		}

	}

}
