package org.chengxiang.training;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import org.chengxiang.platform.domain.Text;
import org.chengxiang.platform.web.ReaderTexts;

/**
 * The roster template in the reader's language: the four columns, an example row the import skips, and a note on a
 * second sheet. The ID number and phone columns are text, so that Excel keeps all 18 characters of a number.
 */
final class RosterTemplate {

	/** The example row's ID number (a made-up valid one): a row with it is skipped, should the user leave it. */
	static final String EXAMPLE_ID_NUMBER = "110101199003070011";

	private RosterTemplate() {
	}

	static byte[] workbook() {
		try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			Sheet sheet = workbook.createSheet(word("training.roster.template.sheet"));
			CellStyle bold = workbook.createCellStyle();
			Font font = workbook.createFont();
			font.setBold(true);
			bold.setFont(font);
			CellStyle text = workbook.createCellStyle();
			text.setDataFormat(workbook.createDataFormat().getFormat("@"));
			List<String> header = List.of(word("training.roster.name"), word("training.roster.idNumber"),
					word("training.roster.phone"), word("training.roster.hukou"));
			Row head = sheet.createRow(0);
			for (int i = 0; i < header.size(); i++) {
				Cell cell = head.createCell(i);
				cell.setCellValue(header.get(i));
				cell.setCellStyle(bold);
			}
			List<String> example = List.of(word("training.roster.template.example"), EXAMPLE_ID_NUMBER, "13800000000",
					word("training.roster.hukou.RURAL"));
			Row row = sheet.createRow(1);
			for (int i = 0; i < example.size(); i++) {
				Cell cell = row.createCell(i);
				cell.setCellStyle(text);
				cell.setCellValue(example.get(i));
			}
			sheet.setDefaultColumnStyle(RosterSheet.ID_NUMBER, text);
			sheet.setDefaultColumnStyle(RosterSheet.PHONE, text);
			sheet.setColumnWidth(RosterSheet.NAME, 16 * 256);
			sheet.setColumnWidth(RosterSheet.ID_NUMBER, 24 * 256);
			sheet.setColumnWidth(RosterSheet.PHONE, 16 * 256);
			sheet.setColumnWidth(RosterSheet.HUKOU, 12 * 256);
			sheet.createFreezePane(0, 1);
			Sheet note = workbook.createSheet(word("training.roster.import.title"));
			note.createRow(0).createCell(0).setCellValue(word("training.roster.template.note"));
			note.setColumnWidth(0, 120 * 256);
			workbook.write(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static String word(String key) {
		return ReaderTexts.of(Text.of(key));
	}

}
