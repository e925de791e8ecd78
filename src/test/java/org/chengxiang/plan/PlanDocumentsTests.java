package org.chengxiang.plan;

import org.chengxiang.platform.domain.Text;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFAbstractNum;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFNumbering;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.Test;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTAbstractNum;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STNumberFormat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.chengxiang.plan.PlanTexts.co;
import static org.chengxiang.plan.PlanTexts.lead;
import static org.chengxiang.plan.PlanTexts.townships;

class PlanDocumentsTests {

	private static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

	private final PlanDocumentParser parser = new PlanDocumentParser();

	@Test
	void readsTheReferencePlanEncodedInGb18030() {
		byte[] gb = PlanTexts.read("dashiqiao-2020.txt").getBytes(Charset.forName("GB18030"));
		ParsedPlan plan = this.parser.parse(PlanDocuments.text(gb, "方案.txt", "text/plain"));
		assertThat(plan.taskCount()).isEqualTo(20);
		assertThat(plan.tasks().get(15).departments()).contains(co("市财政局(金融发展局)"));
	}

	@Test
	void dropsTheByteOrderMarkOfUtf8() {
		byte[] bom = { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF };
		byte[] text = "大石桥市人民政府办公室\n2020年11月24日".getBytes(StandardCharsets.UTF_8);
		byte[] content = new byte[bom.length + text.length];
		System.arraycopy(bom, 0, content, 0, bom.length);
		System.arraycopy(text, 0, content, bom.length, text.length);
		assertThat(PlanDocuments.text(content, "plan.txt", null)).startsWith("大石桥市人民政府办公室");
	}

	@Test
	void readsUtf8WithoutAMark() {
		assertThat(PlanDocuments.text("（一）全面取消落户限制".getBytes(StandardCharsets.UTF_8), null, null))
			.isEqualTo("（一）全面取消落户限制");
	}

	@Test
	void readsTheParagraphsAndTableCellsOfAWordFile() throws IOException {
		byte[] docx;
		try (XWPFDocument document = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			paragraph(document, "大石桥市城镇化建设实施方案");
			paragraph(document, "大石桥市人民政府办公室");
			paragraph(document, "2020年11月24日");
			paragraph(document, "一、重点任务");
			paragraph(document, "（一）全面取消落户限制。落实政策。﹝市公安局、发改局、相关镇街负责﹞");
			XWPFTable table = document.createTable(1, 1);
			table.getRow(0).getCell(0).setText("（二）推进居住证制度。提高发证量。﹝市公安局、教育局负责﹞");
			paragraph(document, "二、保障措施");
			document.write(out);
			docx = out.toByteArray();
		}
		String text = PlanDocuments.text(docx, "方案.docx", DOCX);
		ParsedPlan plan = this.parser.parse(text);
		assertThat(plan.title()).isEqualTo("大石桥市城镇化建设实施方案");
		assertThat(plan.issuedOn()).isEqualTo(LocalDate.of(2020, 11, 24));
		assertThat(plan.tasks()).extracting(ParsedTask::departments)
			.containsExactly(List.of(lead("市公安局"), co("发改局"), townships("相关镇街", UnitRole.CO)),
					List.of(lead("市公安局"), co("教育局")));
	}

	@Test
	void writesOutWordsAutomaticNumbering() throws IOException {
		byte[] docx;
		try (XWPFDocument document = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			BigInteger list = numbering(document);
			paragraph(document, "大石桥市城镇化建设实施方案");
			numbered(document, list, 0, "重点任务");
			numbered(document, list, 1, "全面取消落户限制。落实政策。（责任单位：市公安局）");
			numbered(document, list, 1, "推进居住证制度。提高发证量。（责任单位：市公安局、市教育局）");
			numbered(document, list, 0, "保障措施");
			numbered(document, list, 1, "加强组织领导。");
			document.write(out);
			docx = out.toByteArray();
		}
		String text = PlanDocuments.text(docx, "plan.docx", null);
		assertThat(text).contains("一、重点任务\n（一）全面取消落户限制", "（二）推进居住证制度", "二、保障措施\n（一）加强组织领导");
		ParsedPlan plan = this.parser.parse(text);
		assertThat(plan.tasks()).extracting(ParsedTask::number).containsExactly("一", "二");
	}

	@Test
	void readsAnExcelLedger() throws IOException {
		byte[] xlsx;
		try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			Sheet sheet = workbook.createSheet("台账");
			row(sheet, 0, "大石桥市2020年新型城镇化重点任务台账");
			sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, 4));
			row(sheet, 1, "填报时间：2020年12月1日");
			row(sheet, 2, "序号", "重点任务", "具体内容", "牵头单位", "配合单位");
			row(sheet, 3, "一、提高农业转移人口市民化质量");
			sheet.addMergedRegion(new CellRangeAddress(3, 3, 0, 4));
			row(sheet, 4, "1", "全面取消落户限制", "全面取消落户限制，进一步促进劳动力和人才社会性流动。", "市公安局", "发改局、人社局\n相关镇街");
			row(sheet, 5, "2", "促进非户籍人口在城市便捷落户", "简化户籍迁移手续。", "", "发改局 相关镇街");
			sheet.addMergedRegion(new CellRangeAddress(4, 5, 3, 3));
			row(sheet, 6, "二、优化城镇化空间格局");
			row(sheet, 7, "3", "优化城市布局", "编制国土空间规划。", "", "");
			row(sheet, 8, "4", "改革城市投融资机制", "", "人民银行大石桥市支行", "市财政局（金融发展局）");
			workbook.write(out);
			xlsx = out.toByteArray();
		}
		ParsedPlan plan = PlanDocuments.ledger(xlsx);
		assertThat(plan.title()).isEqualTo("大石桥市2020年新型城镇化重点任务台账");
		assertThat(plan.issuedOn()).isEqualTo(LocalDate.of(2020, 12, 1));
		assertThat(plan.chapters()).extracting(ParsedChapter::number).containsExactly("一", "二");
		assertThat(plan.chapters()).extracting(ParsedChapter::title).containsExactly("提高农业转移人口市民化质量", "优化城镇化空间格局");
		assertThat(plan.tasks()).extracting(ParsedTask::number).containsExactly("1", "2", "3", "4");
		assertThat(plan.tasks()).extracting(ParsedTask::title)
			.containsExactly("全面取消落户限制", "促进非户籍人口在城市便捷落户", "优化城市布局", "改革城市投融资机制");
		assertThat(plan.tasks()).extracting(ParsedTask::departments)
			.containsExactly(List.of(lead("市公安局"), co("发改局"), co("人社局"), townships("相关镇街", UnitRole.CO)),
					List.of(lead("市公安局"), co("发改局"), townships("相关镇街", UnitRole.CO)), List.of(),
					List.of(lead("人民银行大石桥市支行"), co("市财政局（金融发展局）")));
		assertThat(plan.tasks().get(3).content()).isEqualTo("改革城市投融资机制");
		assertThat(plan.warnings()).containsExactly(Text.of("plan.warning.noUnits", 3));
	}

	@Test
	void readsALedgerWithOneResponsibleColumn() throws IOException {
		byte[] xlsx;
		try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			Sheet sheet = workbook.createSheet();
			row(sheet, 0, "类别", "工作任务", "工作内容", "责任单位");
			row(sheet, 1, "城市更新", "改造老旧小区", "改造老旧小区18个。", "市住建局、市财政局、各街道办事处");
			row(sheet, 2, "城市更新", "建设海绵城市", "新增海绵城市面积2平方公里。", "牵头单位：市住建局；配合单位：市水利局");
			row(sheet, 3, "公共卫生", "建设医疗物资储备库", "建设市医疗物资应急储备库。", "市卫健局牵头，市发改局配合");
			workbook.write(out);
			xlsx = out.toByteArray();
		}
		ParsedPlan plan = PlanDocuments.ledger(xlsx);
		assertThat(plan.chapters()).extracting(ParsedChapter::title).containsExactly("城市更新", "公共卫生");
		assertThat(plan.tasks()).extracting(ParsedTask::departments)
			.containsExactly(
					List.of(lead("市住建局"), co("市财政局"), townships("各街道办事处", UnitRole.CO)),
					List.of(lead("市住建局"), co("市水利局")), List.of(lead("市卫健局"), co("市发改局")));
	}

	@Test
	void readsALedgerWhoseFooterIsMergedToTheEndOfTheSheet() throws IOException {
		byte[] xlsx;
		try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			Sheet sheet = workbook.createSheet();
			row(sheet, 0, "序号", "重点任务", "牵头单位");
			row(sheet, 1, "1", "全面取消落户限制", "市公安局");
			row(sheet, 2, "填报说明：本表由发改局汇总");
			// rows selected down to the end of the sheet and merged, as Excel allows: a billion cells on paper
			sheet.addMergedRegionUnsafe(new CellRangeAddress(2, 1_048_575, 0, 1000));
			workbook.write(out);
			xlsx = out.toByteArray();
		}
		ParsedPlan plan = PlanDocuments.ledger(xlsx);
		assertThat(plan.tasks()).extracting(ParsedTask::title).containsExactly("全面取消落户限制");
	}

	@Test
	void refusesALedgerSpanningMoreRowsThanALedgerHas() throws IOException {
		byte[] xlsx;
		try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			Sheet sheet = workbook.createSheet();
			row(sheet, 0, "序号", "重点任务", "牵头单位");
			row(sheet, 1, "1", "全面取消落户限制", "市公安局");
			row(sheet, 1_048_575, "");
			sheet.addMergedRegion(new CellRangeAddress(1, 1_048_575, 0, 2));
			workbook.write(out);
			xlsx = out.toByteArray();
		}
		assertThatExceptionOfType(NotAPlanException.class).isThrownBy(() -> PlanDocuments.ledger(xlsx))
			.withMessage(NotAPlanException.LEDGER_TOO_LARGE);
	}

	@Test
	void refusesASpreadsheetWithoutAHeader() throws IOException {
		byte[] xlsx;
		try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			row(workbook.createSheet(), 0, "姓名", "电话");
			workbook.write(out);
			xlsx = out.toByteArray();
		}
		assertThatExceptionOfType(NotAPlanException.class).isThrownBy(() -> PlanDocuments.ledger(xlsx))
			.withMessage(NotAPlanException.NO_LEDGER_HEADER);
	}

	@Test
	void readsTheTextOfAWebPage() {
		String html = "<html><head><title>方案</title><style>p{}</style></head><body><div>首页 &gt; 政务公开</div>"
				+ "<p>一、重点任务</p><p>（一）全面取消落户限制。落实政策。﹝市公安局负责﹞</p><script>var a=1;</script></body></html>";
		String text = PlanDocuments.text(html.getBytes(StandardCharsets.UTF_8), "plan.html", "text/html");
		assertThat(text).contains("一、重点任务\n（一）全面取消落户限制。").doesNotContain("<", "var a", "p{}");
		assertThat(this.parser.parse(text).taskCount()).isEqualTo(1);
	}

	@Test
	void refusesFilesItCannotRead() {
		byte[] ole2 = { (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, 0, 0, 0, 0 };
		assertThatExceptionOfType(NotAPlanException.class).isThrownBy(() -> PlanDocuments.text(ole2, "plan.doc", null))
			.withMessage(NotAPlanException.DOC);
		assertThatExceptionOfType(NotAPlanException.class)
			.isThrownBy(() -> PlanDocuments.text(new byte[] { 'P', 'K', 3, 4, 0 }, "plan.docx", DOCX))
			.withMessage(NotAPlanException.UNREADABLE_WORD);
	}

	private static void paragraph(XWPFDocument document, String text) {
		document.createParagraph().createRun().setText(text);
	}

	private static void numbered(XWPFDocument document, BigInteger list, int level, String text) {
		XWPFParagraph paragraph = document.createParagraph();
		paragraph.setNumID(list);
		paragraph.setNumILvl(BigInteger.valueOf(level));
		paragraph.createRun().setText(text);
	}

	/** A two-level list as Chinese templates define it: 一、 then （一）. */
	private static BigInteger numbering(XWPFDocument document) {
		CTAbstractNum definition = CTAbstractNum.Factory.newInstance();
		definition.setAbstractNumId(BigInteger.ZERO);
		level(definition, 0, "%1、");
		level(definition, 1, "（%2）");
		XWPFNumbering numbering = document.createNumbering();
		BigInteger abstractId = numbering.addAbstractNum(new XWPFAbstractNum(definition, numbering));
		return numbering.addNum(abstractId);
	}

	private static void level(CTAbstractNum definition, int index, String text) {
		CTLvl level = definition.addNewLvl();
		level.setIlvl(BigInteger.valueOf(index));
		level.addNewStart().setVal(BigInteger.ONE);
		level.addNewNumFmt().setVal(STNumberFormat.CHINESE_COUNTING);
		level.addNewLvlText().setVal(text);
	}

	private static void row(Sheet sheet, int index, String... values) {
		Row row = sheet.createRow(index);
		for (int i = 0; i < values.length; i++) {
			row.createCell(i).setCellValue(values[i]);
		}
	}

}
