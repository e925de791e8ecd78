package org.chengxiang.plan;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.chengxiang.platform.domain.Text;

/** Turns the text of a plan document into its chapters, tasks and responsible units. */
final class PlanDocumentParser {

	private static final String SENTENCE_ENDS = "。！？!?";

	private static final String CLAUSE_ENDS = "。！？!?；;：:”」）)】";

	private static final int LONGEST_TITLE_BEFORE_COLON = 30;

	/**
	 * Reads a plan in steps: clean the lines ({@link PlanLines}), read each line's numbering and
	 * responsibility notes ({@link PlanLine}), outline the numbered items and pick the level that holds
	 * the tasks ({@link PlanOutline}), find the header before the first task ({@link PlanHeader}), and
	 * assemble. When no numbered task has a note, the tasks may be the rows of a table pasted as text
	 * ({@link TextTables}).
	 * @throws NotAPlanException when no task with responsible units is found, or the text is in a style
	 * that is not read reliably: traditional characters, a table a cell a line whose cells do not line up
	 */
	ParsedPlan parse(String text) {
		if (text != null && TraditionalText.isTraditional(text)) {
			throw new NotAPlanException(NotAPlanException.TRADITIONAL);
		}
		PlanLines planLines = PlanLines.of((text != null) ? text : "");
		List<PlanLine> body = new ArrayList<>();
		for (int i = 0; i < planLines.lines().size(); i++) {
			body.add(PlanLine.of(planLines.lines().get(i), planLines.isSeparator(i)));
		}
		PlanOutline outline = new PlanOutline(body);
		List<PlanOutline.Task> found = outline.tasks();
		if (found.stream().allMatch((task) -> task.units().isEmpty())) {
			// no numbered task with a note: the tasks may be the rows of a table pasted as text
			Optional<TextTables.Table> table = TextTables.find(planLines.lines());
			if (table.isPresent()) {
				return tablePlan(planLines, table.get());
			}
			throw new NotAPlanException();
		}
		PlanHeader header = PlanHeader.find(planLines, found.get(0).item().line());
		List<Text> warnings = new ArrayList<>();
		List<ParsedChapter> chapters = chapters(body, found, warnings);
		if (outline.endsMidTask(found.get(found.size() - 1))) {
			warnings.add(Text.of("plan.warning.endsMidTask"));
		}
		headerWarnings(header, warnings);
		return new ParsedPlan(header.title(), header.issuer(), header.issuedOn(), chapters, warnings);
	}

	/** A plan whose tasks are the rows of a table pasted as text, under the header before it. */
	private static ParsedPlan tablePlan(PlanLines planLines, TextTables.Table table) {
		List<Text> warnings = new ArrayList<>();
		List<ParsedChapter> chapters = new LedgerTable(table.rows()).chapters(0, warnings);
		PlanHeader header = PlanHeader.find(planLines, table.headerLine());
		headerWarnings(header, warnings);
		return new ParsedPlan(header.title(), header.issuer(), header.issuedOn(), chapters, warnings);
	}

	private static void headerWarnings(PlanHeader header, List<Text> warnings) {
		if (header.title() == null) {
			warnings.add(Text.of("plan.warning.noTitle"));
		}
		if (header.issuedOn() == null) {
			warnings.add(Text.of("plan.warning.noDate"));
		}
	}

	private static List<ParsedChapter> chapters(List<PlanLine> body, List<PlanOutline.Task> found,
			List<Text> warnings) {
		List<ParsedChapter> chapters = new ArrayList<>();
		List<ParsedTask> tasks = new ArrayList<>();
		PlanOutline.Item chapter = found.get(0).chapter();
		int seq = 0;
		for (PlanOutline.Task task : found) {
			if (!Objects.equals(task.chapter(), chapter)) {
				chapters.add(chapter(body, chapter, tasks));
				tasks = new ArrayList<>();
				chapter = task.chapter();
			}
			seq++;
			tasks.add(task(body, task, seq));
			if (task.units().isEmpty()) {
				warnings.add(Text.of("plan.warning.noUnits", seq));
			}
		}
		chapters.add(chapter(body, chapter, tasks));
		return chapters;
	}

	private static ParsedChapter chapter(List<PlanLine> body, PlanOutline.Item item, List<ParsedTask> tasks) {
		if (item == null) {
			return new ParsedChapter("", "", tasks);
		}
		PlanLine heading = body.get(item.line());
		String number = heading.isNumbered() ? heading.numbering().number() : "";
		return new ParsedChapter(number, titleOf(heading.reading().rest()), tasks);
	}

	private static ParsedTask task(List<PlanLine> body, PlanOutline.Task task, int seq) {
		PlanOutline.Item item = task.item();
		PlanLine first = body.get(item.line());
		List<String> content = new ArrayList<>();
		content.add(first.reading().rest());
		for (int i = item.line() + 1; i < item.end(); i++) {
			PlanLine line = body.get(i);
			if (line.isNoteOnly() || line.content().isBlank()) {
				continue;
			}
			int last = content.size() - 1;
			if (last > 0 && !line.isNumbered() && isCutOff(content.get(last))) {
				// a paragraph hard-wrapped by a web page goes on in the next line
				content.set(last, content.get(last) + line.content());
			}
			else {
				content.add(line.content());
			}
		}
		content.removeIf(String::isBlank);
		String number = first.isNumbered() ? first.numbering().number() : "";
		String title = content.isEmpty() ? "" : titleOf(content.get(0));
		return new ParsedTask(seq, number, title, String.join("\n", content), task.units());
	}

	private static boolean isCutOff(String line) {
		return !line.isEmpty() && CLAUSE_ENDS.indexOf(line.charAt(line.length() - 1)) < 0;
	}

	/** The first sentence without its 。, or the words before a colon that opens the text: 全面取消落户限制。… */
	static String titleOf(String text) {
		int end = firstSentenceEnd(text);
		String title = (end >= 0) ? text.substring(0, end) : text;
		int colon = firstColon(title);
		if (colon > 0 && colon <= LONGEST_TITLE_BEFORE_COLON) {
			title = title.substring(0, colon);
		}
		return title.replaceAll("[。.，,；;：:、\\s]+$", "").strip();
	}

	private static int firstColon(String text) {
		for (int i = 0; i < text.length(); i++) {
			if (text.charAt(i) == '：' || text.charAt(i) == ':') {
				return i;
			}
		}
		return -1;
	}

	private static int firstSentenceEnd(String text) {
		int depth = 0;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (Brackets.isOpener(c) || c == '《' || c == '“') {
				depth++;
			}
			else if (Brackets.isCloser(c) || c == '》' || c == '”') {
				depth = Math.max(0, depth - 1);
			}
			else if (depth == 0 && SENTENCE_ENDS.indexOf(c) >= 0) {
				return i;
			}
		}
		return -1;
	}

}
