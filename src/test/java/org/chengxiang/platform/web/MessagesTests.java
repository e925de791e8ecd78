package org.chengxiang.platform.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every text a user reads comes from the messages files, in both languages: no Chinese in templates, and in main
 * Java code only in the files listed with their reason.
 */
class MessagesTests {

	private static final Path TEMPLATES = Path.of("src/main/resources/templates");

	private static final Path MAIN_JAVA = Path.of("src/main/java");

	/** The message key of a menu entry: {@code link(110, "nav.services", ...)} or {@code heading(100, "...", ...)}. */
	private static final Pattern MENU_KEY = Pattern.compile("(?:link|heading)\\(\\s*\\d+,\\s*\"([^\"]+)\"");

	private static final Pattern CJK = Pattern.compile("[\\u4e00-\\u9fff]");

	private static final Pattern KEY = Pattern.compile("#\\{([a-zA-Z0-9_.]+)[}(]");

	@Test
	void templatesHoldNoHardCodedChinese() throws IOException {
		try (Stream<Path> files = Files.walk(TEMPLATES)) {
			files.filter(p -> p.toString().endsWith(".html")).forEach(file -> {
				try {
					assertThat(CJK.matcher(Files.readString(file)).find())
						.as("Chinese text belongs in messages.properties, not in %s", file)
						.isFalse();
				}
				catch (IOException ex) {
					throw new IllegalStateException(ex);
				}
			});
		}
	}

	@Test
	void everyKeyUsedInTemplatesExistsInBothLanguages() throws IOException {
		Properties zh = load("messages.properties");
		Properties en = load("messages_en.properties");
		Set<String> used = new TreeSet<>();
		try (Stream<Path> files = Files.walk(TEMPLATES)) {
			for (Path file : files.filter(p -> p.toString().endsWith(".html")).toList()) {
				Matcher matcher = KEY.matcher(Files.readString(file));
				while (matcher.find()) {
					used.add(matcher.group(1));
				}
			}
		}
		assertThat(used).isNotEmpty();
		assertThat(used).allSatisfy(key -> {
			assertThat(zh).as("zh %s", key).containsKey(key);
			assertThat(en).as("en %s", key).containsKey(key);
		});
	}

	@Test
	void everyMenuEntryHasItsTextInBothLanguages() throws IOException {
		Properties zh = load("messages.properties");
		Properties en = load("messages_en.properties");
		Set<String> used = new TreeSet<>();
		try (Stream<Path> files = Files.walk(MAIN_JAVA)) {
			for (Path file : files.filter(p -> p.getFileName().toString().endsWith("Navigation.java")).toList()) {
				Matcher matcher = MENU_KEY.matcher(Files.readString(file));
				while (matcher.find()) {
					used.add(matcher.group(1));
				}
			}
		}
		assertThat(used).contains("nav.home", "nav.services");
		assertThat(used).allSatisfy(key -> {
			assertThat(zh).as("zh %s", key).containsKey(key);
			assertThat(en).as("en %s", key).containsKey(key);
		});
	}

	/**
	 * Files of main code that may hold Chinese in their literals, each with its reason: demo data, and code that
	 * reads Chinese documents, where the Chinese is the thing being matched. Everything else a user reads comes from
	 * the messages files. A file added here says why in its reason.
	 */
	static final Map<String, String> CHINESE_ALLOWED = Map.ofEntries(
			Map.entry("plan/LedgerTable.java",
					"recognises the column headings of a plan's task ledger (序号, 重点任务, 牵头单位, 配合单位)"),
			Map.entry("plan/PlanLines.java", "recognises the web-page chrome around a pasted plan (当前位置, 打印本页)"),
			Map.entry("plan/PlanHeader.java", "recognises a plan's title and issuing notice (关于印发…的通知)"),
			Map.entry("plan/Numbering.java", "recognises Chinese outline numbering (第一章, 一、, （一）)"),
			Map.entry("plan/TraditionalText.java", "recognises a document in traditional characters"),
			Map.entry("plan/Responsibilities.java", "recognises the responsibility labels of a task (牵头单位, 配合)"),
			Map.entry("plan/UnitNames.java", "recognises the endings of unit names (局, 委, 街道)"),
			Map.entry("plan/NoteRemarks.java", "recognises a plan's notes on standing duties (下同, 不再一一列出)"),
			Map.entry("plan/TextTables.java", "recognises the column headings of a plan's task table"),
			Map.entry("plan/PlanDates.java", "reads dates written in Chinese (二〇二〇年十二月三十一日)"),
			Map.entry("plan/DocxText.java", "writes out a Word list's Chinese numbering as the document shows it"),
			Map.entry("directory/DepartmentNames.java", "matches department names as documents write them (市…, 大石桥市)"),
			Map.entry("cityops/cases/CaseIndicators.java",
					"matches the title of the plan task its indicators measure in the imported plan (智慧城市)"),
			Map.entry("settlement/SettlementIndicators.java",
					"matches the title of the plan task its indicators measure in the imported plan (便捷落户)"),
			Map.entry("settlement/PoliceDepartment.java", "the name the directory knows the police department by (公安局)"),
			Map.entry("platform/calendar/HolidayNames.java",
					"matches the official holiday names the calendar stores (春节, 中秋节、国庆节) to word them"),
			Map.entry("platform/calendar/CalendarBundle.java", "matches the official holiday name 元旦 in the bundled calendars"),
			Map.entry("residence/schools/EducationBureau.java", "the name the directory knows the education bureau by (教育局)"),
			Map.entry("residence/housing/HousingBureau.java", "the name the directory knows the housing bureau by (住建局)"),
			Map.entry("residence/pension/PensionBureau.java", "the name the directory knows the human resources bureau by (人社局)"),
			Map.entry("residence/ResidencePolice.java", "the name the directory knows the police department by (公安局)"),
			Map.entry("residence/PlanTask.java", "matches the title of the plan task residence measures (基本公共服务覆盖未落户常住人口)"),
			Map.entry("training/HumanResourcesBureau.java", "the name the directory knows the human resources bureau by (人社局)"),
			Map.entry("training/FinanceBureau.java", "the name the directory knows the finance bureau by (财政局)"),
			Map.entry("training/TrainingTask.java", "matches the title of the plan task training measures (大力提升农业转移人口就业能力)"));

	/** Demo data: names of people, places and departments, and sample texts, loaded on the embedded default only. */
	private static final Pattern DEMO_DATA = Pattern.compile("(^|/)Demo[A-Za-z]*\\.java$");

	private static final Path MAIN_CODE = Path.of("src/main/java/org/chengxiang");

	/** A literal that glues two languages: Chinese, a slash, English, or the other way round. */
	private static final Pattern GLUED = Pattern
		.compile("\\p{IsHan}[^\\p{IsHan}]*\\s/\\s+[A-Za-z]{2}|[A-Za-z]{2}[^\\p{IsHan}]*\\s/\\s+\\p{IsHan}");

	/**
	 * The files whose texts are still being moved into the messages files, with how many literals of each kind they
	 * hold: Chinese ones, and ones glued in two languages. The list may only shrink: a new literal in any file fails,
	 * and so does a file holding fewer than listed until the list says so
	 * ({@code ./mvnw -o test -Dtest=MessagesTests -Dmessages.literals.write=true} rewrites it; read the diff).
	 */
	private static final Path STILL_TO_MOVE = Path.of("src/test/resources/messages/literals-still-to-move.tsv");

	@Test
	void mainCodeHoldsNoChineseLiteralOutsideTheListedFilesAndTheListOnlyShrinks() throws IOException {
		Map<String, String> found = new TreeMap<>();
		for (Map.Entry<String, List<String>> file : javaLiterals().entrySet()) {
			long chinese = file.getValue().stream().filter(literal -> CJK.matcher(literal).find()).count();
			long glued = file.getValue().stream().filter(literal -> GLUED.matcher(literal).find()).count();
			boolean allowed = CHINESE_ALLOWED.containsKey(file.getKey()) || DEMO_DATA.matcher(file.getKey()).find();
			if ((chinese > 0 && !allowed) || glued > 0) {
				found.put(file.getKey(), (allowed ? 0 : chinese) + "\t" + glued);
			}
		}
		if (Boolean.getBoolean("messages.literals.write")) {
			StringBuilder table = new StringBuilder(
					"# file\tChinese literals outside the allowed files\tliterals glued in two languages\n");
			found.forEach((file, counts) -> table.append(file).append('\t').append(counts).append('\n'));
			Files.writeString(STILL_TO_MOVE, table, StandardCharsets.UTF_8);
		}
		Map<String, String> listed = new TreeMap<>();
		for (String line : Files.readAllLines(STILL_TO_MOVE, StandardCharsets.UTF_8)) {
			if (!line.isBlank() && !line.startsWith("#")) {
				String[] cells = line.split("\t");
				listed.put(cells[0], cells[1] + "\t" + cells[2]);
			}
		}
		assertThat(found)
			.as("literals by file (Chinese, glued) against %s: a text a user reads is a message key; data and parsers of "
					+ "Chinese documents are listed in CHINESE_ALLOWED with their reason; a file that holds fewer "
					+ "updates the list", STILL_TO_MOVE)
			.isEqualTo(listed);
	}

	@Test
	void everyFileAllowedChineseExistsAndHoldsIt() throws IOException {
		Map<String, List<String>> literals = javaLiterals();
		assertThat(CHINESE_ALLOWED.keySet()).allSatisfy(file -> assertThat(literals.getOrDefault(file, List.of()))
			.as("%s is listed as holding Chinese: remove it from the list when it holds none", file)
			.anyMatch(literal -> CJK.matcher(literal).find()));
	}

	@Test
	void literalsAreToldFromComments() {
		assertThat(JavaLiterals.of("""
				// "注释" is a comment
				/* "块注释" */ String a = "甲 // 不是注释"; char b = '"';
				String c = \"""
				    文本块 "引号"
				    \""";
				String d = "转义 \\" 引号";
				"""))
			.containsExactly("\"甲 // 不是注释\"", "'\"'", "\"\"\"\n    文本块 \"引号\"\n    \"\"\"",
					"\"转义 \\\" 引号\"");
	}

	/** The string, text block and character literals of every main Java file, by path below the base package. */
	private static Map<String, List<String>> javaLiterals() throws IOException {
		Map<String, List<String>> literals = new TreeMap<>();
		try (Stream<Path> files = Files.walk(MAIN_CODE)) {
			for (Path file : files.filter(p -> p.toString().endsWith(".java")).toList()) {
				String name = MAIN_CODE.relativize(file).toString().replace('\\', '/');
				literals.put(name, JavaLiterals.of(Files.readString(file)));
			}
		}
		return literals;
	}

	/** Finds the literals of Java source, leaving out comments. */
	static final class JavaLiterals {

		private JavaLiterals() {
		}

		static List<String> of(String source) {
			List<String> literals = new ArrayList<>();
			int i = 0;
			while (i < source.length()) {
				if (source.startsWith("//", i)) {
					int end = source.indexOf('\n', i);
					i = end < 0 ? source.length() : end;
				}
				else if (source.startsWith("/*", i)) {
					int end = source.indexOf("*/", i + 2);
					i = end < 0 ? source.length() : end + 2;
				}
				else if (source.startsWith("\"\"\"", i)) {
					int end = closing(source, i + 3, "\"\"\"");
					literals.add(source.substring(i, end + 3));
					i = end + 3;
				}
				else if (source.charAt(i) == '"' || source.charAt(i) == '\'') {
					int end = closing(source, i + 1, String.valueOf(source.charAt(i)));
					literals.add(source.substring(i, end + 1));
					i = end + 1;
				}
				else {
					i++;
				}
			}
			return literals;
		}

		private static int closing(String source, int from, String quote) {
			int i = from;
			while (i < source.length() && !source.startsWith(quote, i)) {
				i += source.charAt(i) == '\\' ? 2 : 1;
			}
			return Math.min(i, source.length());
		}

	}

	@Test
	void bothLanguagesHaveTheSameKeys() throws IOException {
		assertThat(new TreeSet<>(load("messages_en.properties").stringPropertyNames()))
			.isEqualTo(new TreeSet<>(load("messages.properties").stringPropertyNames()));
	}

	@Test
	void noMessageGluesTwoLanguages() throws IOException {
		for (String file : new String[] { "messages.properties", "messages_en.properties" }) {
			Properties messages = load(file);
			assertThat(messages.stringPropertyNames()).as(file).allSatisfy(key -> {
				String value = messages.getProperty(key);
				assertThat(GLUED.matcher(value).find()).as("%s %s glues two languages: %s", file, key, value).isFalse();
			});
		}
	}

	private static Properties load(String name) throws IOException {
		Properties properties = new Properties();
		try (InputStream in = Files.newInputStream(Path.of("src/main/resources", name))) {
			properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
		}
		return properties;
	}

}
