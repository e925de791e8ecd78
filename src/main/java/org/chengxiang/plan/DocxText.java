package org.chengxiang.plan;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFAbstractNum;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFNumbering;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTLvl;

/** The paragraphs of a .docx in reading order, table cells included, automatic numbers written out. */
final class DocxText {

	private static final int LEVELS = 9;

	private static final String CHINESE_DIGITS = "零一二三四五六七八九";

	private final XWPFNumbering numbering;

	/** Counters by list (numId) and level; 0 means the level has not started. */
	private final Map<BigInteger, int[]> counters = new HashMap<>();

	private final StringBuilder text = new StringBuilder();

	private DocxText(XWPFNumbering numbering) {
		this.numbering = numbering;
	}

	static String of(byte[] content) {
		try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(content))) {
			DocxText text = new DocxText(document.getNumbering());
			text.append(document.getBodyElements());
			return text.text.toString();
		}
		catch (IOException | RuntimeException ex) {
			// POI reports a damaged or foreign file with assorted runtime exceptions
			throw new NotAPlanException(NotAPlanException.UNREADABLE_WORD);
		}
	}

	private void append(List<IBodyElement> elements) {
		for (IBodyElement element : elements) {
			if (element instanceof XWPFParagraph paragraph) {
				this.text.append(label(paragraph)).append(paragraph.getText()).append('\n');
			}
			else if (element instanceof XWPFTable table) {
				for (XWPFTableRow row : table.getRows()) {
					for (XWPFTableCell cell : row.getTableCells()) {
						append(cell.getBodyElements());
					}
				}
			}
		}
	}

	/**
	 * The automatic number of a paragraph as Word shows it, e.g. （三） for lvlText （%1） in
	 * chineseCounting. It is not in the paragraph's text, and the parser must see （一） and 1.
	 */
	private String label(XWPFParagraph paragraph) {
		BigInteger numId = paragraph.getNumID();
		if (numId == null || this.numbering == null) {
			return "";
		}
		BigInteger abstractId = this.numbering.getAbstractNumID(numId);
		XWPFAbstractNum list = (abstractId != null) ? this.numbering.getAbstractNum(abstractId) : null;
		if (list == null) {
			return "";
		}
		CTLvl[] levels = new CTLvl[LEVELS];
		for (CTLvl level : list.getCTAbstractNum().getLvlArray()) {
			int index = level.getIlvl().intValue();
			if (index >= 0 && index < LEVELS) {
				levels[index] = level;
			}
		}
		int level = (paragraph.getNumIlvl() != null) ? paragraph.getNumIlvl().intValue() : 0;
		if (level < 0 || level >= LEVELS || levels[level] == null) {
			return "";
		}
		int[] count = this.counters.computeIfAbsent(numId, (id) -> new int[LEVELS]);
		count[level] = (count[level] == 0) ? start(levels[level]) : count[level] + 1;
		for (int deeper = level + 1; deeper < LEVELS; deeper++) {
			count[deeper] = 0;
		}
		return levelText(levels, level, count);
	}

	private static String levelText(CTLvl[] levels, int level, int[] count) {
		if (levels[level].getLvlText() == null || format(levels[level]).equals("bullet")
				|| format(levels[level]).equals("none")) {
			return "";
		}
		String pattern = levels[level].getLvlText().getVal();
		StringBuilder label = new StringBuilder();
		for (int i = 0; i < pattern.length(); i++) {
			char c = pattern.charAt(i);
			int referred = (c == '%' && i + 1 < pattern.length()) ? Character.digit(pattern.charAt(i + 1), 10) - 1 : -1;
			if (referred >= 0 && referred < LEVELS && levels[referred] != null) {
				int value = (count[referred] == 0) ? start(levels[referred]) : count[referred];
				label.append(number(value, format(levels[referred])));
				i++;
			}
			else {
				label.append(c);
			}
		}
		return label.toString();
	}

	private static int start(CTLvl level) {
		return (level.getStart() != null) ? level.getStart().getVal().intValue() : 1;
	}

	private static String format(CTLvl level) {
		return (level.getNumFmt() != null) ? level.getNumFmt().getVal().toString() : "decimal";
	}

	static String number(int value, String format) {
		if (format.startsWith("chinese") || format.startsWith("ideograph") || format.startsWith("japaneseCounting")
				|| format.startsWith("taiwaneseCounting")) {
			return chinese(value);
		}
		if (format.startsWith("decimalEnclosedCircle") && value >= 1 && value <= 20) {
			return String.valueOf((char) ('①' + value - 1));
		}
		if (format.equals("lowerLetter") || format.equals("upperLetter")) {
			char first = format.equals("lowerLetter") ? 'a' : 'A';
			return String.valueOf((char) (first + (value - 1) % 26));
		}
		return Integer.toString(value);
	}

	/** 1–99 as 一, 十, 十一, 二十, 九十九; Word's plans rarely count further. */
	static String chinese(int value) {
		if (value < 10 || value > 99) {
			return (value >= 0 && value < 10) ? String.valueOf(CHINESE_DIGITS.charAt(value)) : Integer.toString(value);
		}
		String tens = (value / 10 == 1) ? "十" : CHINESE_DIGITS.charAt(value / 10) + "十";
		return (value % 10 == 0) ? tens : tens + CHINESE_DIGITS.charAt(value % 10);
	}

}
