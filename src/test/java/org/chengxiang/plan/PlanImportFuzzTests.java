package org.chengxiang.plan;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.util.List;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFAbstractNum;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFNumbering;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.chengxiang.platform.domain.RuleBroken;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTAbstractNum;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STNumberFormat;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Plan import from whatever a clerk uploads: text in any encoding or HTML, a Word document with its own numbering,
 * an Excel ledger. The import either gives a plan that holds what a plan must (tasks numbered from 1 in order, at
 * least one with a named responsible unit) or refuses the file with a 400 on {@code file} that says why; nothing
 * else escapes, and a document that is well formed is never called damaged. The seeds under
 * {@code PlanImportFuzzTestsInputs} run in every build.
 */
class PlanImportFuzzTests {

	private static final int MAX_INPUT = 64 * 1024;

	private static final String[] NAMES = { "plan.txt", "plan.html", "plan.docx", "plan", "plan.doc", "pasted.txt" };

	private static final String[] TYPES = { "text/plain", "text/html", null, "application/octet-stream",
			"application/msword" };

	private static final String[] LEDGER_WORDS = { "序号", "重点任务", "具体内容", "牵头单位", "配合单位", "章节", "责任单位",
			"市公安局", "发改局、财政局", "相关镇街", "一、提高质量", "（一）", "全面放开落户限制。", "2020年6月1日", "" };

	private static final STNumberFormat.Enum[] FORMATS = { STNumberFormat.DECIMAL, STNumberFormat.CHINESE_COUNTING,
			STNumberFormat.CHINESE_COUNTING_THOUSAND, STNumberFormat.IDEOGRAPH_TRADITIONAL,
			STNumberFormat.DECIMAL_ENCLOSED_CIRCLE, STNumberFormat.LOWER_LETTER, STNumberFormat.UPPER_LETTER,
			STNumberFormat.BULLET, STNumberFormat.NONE, STNumberFormat.UPPER_ROMAN };

	@FuzzTest(maxDuration = "5s")
	void textOrHtml(FuzzedDataProvider data) {
		String name = data.pickValue(NAMES);
		String type = data.pickValue(TYPES);
		byte[] content = data.consumeRemainingAsBytes();
		if (content.length > MAX_INPUT) {
			return;
		}
		importsOrRefuses(content, name, type, false);
	}

	@FuzzTest(maxDuration = "5s")
	void wordDocument(FuzzedDataProvider data) throws IOException {
		byte[] docx = docx(data);
		boolean damaged = data.consumeBoolean() && damage(docx, data);
		importsOrRefuses(docx, "plan.docx", null, !damaged);
	}

	@FuzzTest(maxDuration = "5s")
	void excelLedger(FuzzedDataProvider data) throws IOException {
		byte[] xlsx = xlsx(data);
		boolean damaged = data.consumeBoolean() && damage(xlsx, data);
		importsOrRefuses(xlsx, "ledger.xlsx", null, !damaged);
	}

	private static void importsOrRefuses(byte[] content, String name, String type, boolean wellFormed) {
		ParsedPlan plan;
		try {
			plan = PlanInputs.parse(content, name, type);
		}
		catch (RuleBroken ex) {
			assertThat(ex.problems()).isNotEmpty()
				.allSatisfy((problem) -> assertThat(problem.field()).isEqualTo("file"))
				.allSatisfy((problem) -> assertThat(problem.text().key()).isNotBlank());
			if (wellFormed) {
				assertThat(ex.problems().get(0).text().key()).as("a well-formed file is readable")
					.doesNotContain("cannot be read");
			}
			return;
		}
		List<ParsedTask> tasks = plan.tasks();
		assertThat(tasks).isNotEmpty();
		for (int i = 0; i < tasks.size(); i++) {
			ParsedTask task = tasks.get(i);
			assertThat(task.seq()).isEqualTo(i + 1);
			assertThat(task.number()).isNotNull();
			assertThat(task.title()).isNotNull();
			assertThat(task.content()).isNotNull();
			assertThat(task.departments()).allSatisfy((unit) -> {
				assertThat(unit.name()).isNotBlank();
				assertThat(unit.role()).isNotNull();
			});
		}
		assertThat(tasks).anySatisfy((task) -> assertThat(task.departments()).isNotEmpty());
		assertThat(plan.chapters()).allSatisfy((chapter) -> assertThat(chapter.tasks()).isNotEmpty());
		if (plan.issuedOn() != null) {
			assertThat(plan.issuedOn().getYear()).isBetween(1900, 2100);
		}
	}

	/** A Word document with lists whose levels, formats, starts and label patterns the input chooses. */
	private static byte[] docx(FuzzedDataProvider data) throws IOException {
		try (XWPFDocument document = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			XWPFNumbering numbering = document.createNumbering();
			int lists = data.consumeInt(0, 3);
			BigInteger[] numIds = new BigInteger[lists];
			for (int l = 0; l < lists; l++) {
				CTAbstractNum list = CTAbstractNum.Factory.newInstance();
				list.setAbstractNumId(BigInteger.valueOf(l));
				int levels = data.consumeInt(0, 4);
				for (int v = 0; v < levels; v++) {
					CTLvl level = list.addNewLvl();
					level.setIlvl(BigInteger.valueOf(data.consumeInt(-1, 10)));
					if (data.consumeBoolean()) {
						level.addNewStart().setVal(BigInteger.valueOf(data.consumeInt()));
					}
					level.addNewNumFmt().setVal(data.pickValue(FORMATS));
					if (data.consumeBoolean()) {
						level.addNewLvlText().setVal(xml(data.consumeString(12)));
					}
				}
				BigInteger abstractId = numbering.addAbstractNum(new XWPFAbstractNum(list));
				numIds[l] = numbering.addNum(abstractId);
			}
			int paragraphs = data.consumeInt(0, 30);
			for (int p = 0; p < paragraphs; p++) {
				XWPFParagraph paragraph = data.consumeBoolean() ? document.createParagraph()
						: document.createTable(1, 1).getRow(0).getCell(0).addParagraph();
				if (lists > 0 && data.consumeBoolean()) {
					paragraph.setNumID(numIds[data.consumeInt(0, lists - 1)]);
					paragraph.setNumILvl(BigInteger.valueOf(data.consumeInt(-1, 10)));
				}
				paragraph.createRun().setText(data.pickValue(LEDGER_WORDS) + xml(data.consumeString(80)));
			}
			document.write(out);
			return out.toByteArray();
		}
	}

	/**
	 * The text without the characters XML 1.0 cannot hold, which POI writes into a document's numbering as they are
	 * and then cannot read back: Word never writes them, so a document holding them is damaged, not well formed.
	 */
	private static String xml(String text) {
		StringBuilder kept = new StringBuilder(text.length());
		text.codePoints()
			.filter((c) -> c == '\t' || c == '\n' || c == '\r' || (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD)
					|| c >= 0x10000)
			.forEach(kept::appendCodePoint);
		return kept.toString();
	}

	/** An Excel ledger: cells from ledger words and free text, numbers, merged regions anywhere on the sheet. */
	private static byte[] xlsx(FuzzedDataProvider data) throws IOException {
		try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			int sheets = data.consumeInt(1, 2);
			for (int s = 0; s < sheets; s++) {
				Sheet sheet = workbook.createSheet("台账" + s);
				int rows = data.consumeInt(0, 24);
				for (int r = 0; r < rows; r++) {
					Row row = sheet.createRow(data.consumeBoolean() ? r : data.consumeInt(0, 2000));
					int cells = data.consumeInt(0, 8);
					for (int c = 0; c < cells; c++) {
						switch (data.consumeInt(0, 3)) {
							case 0 -> row.createCell(c).setCellValue(data.pickValue(LEDGER_WORDS));
							case 1 -> row.createCell(c).setCellValue(data.consumeString(40));
							case 2 -> row.createCell(c).setCellValue(data.consumeDouble());
							default -> formula(row, c, data.consumeString(12));
						}
					}
				}
				int regions = data.consumeInt(0, 3);
				for (int m = 0; m < regions; m++) {
					int firstRow = data.consumeInt(0, 30);
					int firstColumn = data.consumeInt(0, 10);
					CellRangeAddress region = new CellRangeAddress(firstRow,
							firstRow + data.consumeInt(0, 1_048_575 - firstRow), firstColumn,
							firstColumn + data.consumeInt(0, 16_383 - firstColumn));
					try {
						sheet.addMergedRegionUnsafe(region);
					}
					catch (IllegalArgumentException notARegion) {
						// a single cell, or more cells than POI counts in an int: not a region a file holds
					}
				}
			}
			workbook.write(out);
			return out.toByteArray();
		}
	}

	private static void formula(Row row, int column, String formula) {
		try {
			row.createCell(column).setCellFormula(formula);
		}
		catch (RuntimeException notAFormula) {
			// Excel would not save it either
			row.createCell(column).setCellValue(formula);
		}
	}

	/** Overwrites a few bytes; answers whether the file changed. */
	private static boolean damage(byte[] file, FuzzedDataProvider data) {
		int times = data.consumeInt(1, 4);
		boolean changed = false;
		for (int i = 0; i < times && file.length > 0; i++) {
			int at = data.consumeInt(0, file.length - 1);
			byte value = data.consumeByte();
			changed |= file[at] != value;
			file[at] = value;
		}
		return changed;
	}

}
