package org.chengxiang.plan;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A plan's title, issuer and date.
 *
 * @param title the title without 《》, or null
 * @param issuer the issuing office, or null
 * @param issuedOn the date of issue, or null
 */
record PlanHeader(String title, String issuer, LocalDate issuedOn) {

	private static final Pattern TITLE = Pattern.compile(".*(方案|计划|意见|通知|要点|清单|办法|措施|细则|规划|任务|纲要|安排|决定|分工|分解|行动)"
			+ "([（(][^（()）]{1,20}[）)])?");

	private static final Pattern NOT_IN_TITLE = Pattern.compile("[。，,；;：:！？!?]");

	private static final Pattern NOTICE = Pattern.compile(".*关于印发(.+?)的通知([（(][^）)]*[）)])?");

	private static final Pattern ISSUER = Pattern.compile("[^，,。：:；;]{2,36}(人民政府办公室|人民政府办公厅|人民政府|政府办公室|办公厅|办公室|委员会"
			+ "|领导小组|指挥部|管委会|局)");

	/** Lines that end a name rather than start a title, so a title is not glued to a site's name. */
	private static final Pattern NOT_A_TITLE_START = Pattern.compile(".*(网|站|政府|办公室|办公厅|门户|平台|公开|首页|号)$");

	private static final Pattern META_TITLE = Pattern.compile("(?:^|\\s)(?:标题|名称)\\s*[：:][\\s|｜]*([^\\s|｜]+)");

	private static final Pattern META_ISSUER = Pattern.compile("(?:^|\\s)(?:发文机关|发布机构)\\s*[：:][\\s|｜]*([^\\s|｜]+)");

	private static final Pattern META_DATE = Pattern.compile("(?:^|\\s)(?:成文日期|发文日期|印发日期)\\s*[：:][\\s|｜]*([^\\s|｜]+)");

	private static final Pattern META_PUBLISHED = Pattern
		.compile("(?:^|\\s)(?:发布日期|发布时间|时间|日期)\\s*[：:][\\s|｜]*([^\\s|｜]+)");

	private static final Pattern SITE_NAME = Pattern.compile("\\s*(_|\\s-\\s|\\s—\\s|｜|\\|)[^_｜|]*(网|政府|门户|平台)$");

	private static final int LONGEST_TITLE = 100;

	/**
	 * Reads the header of a plan. The title is the plan's own (大石桥市…实施方案), not the cover letter's
	 * (关于印发…的通知) unless that is all there is; the date is the signature's, with the issuer on the
	 * line before it or on the line after the title; a web page's metadata is the fallback.
	 *
	 * @param lines the plan's lines
	 * @param headerEnd the index of the first task's line: the header is what comes before it
	 */
	static PlanHeader find(PlanLines lines, int headerEnd) {
		List<String> text = lines.lines();
		int titleLine = titleLine(text, headerEnd);
		String title = (titleLine >= 0) ? wrappedTitle(text, titleLine) : metadata(lines, META_TITLE).orElse(null);
		if (title != null) {
			title = ownTitle(title);
		}
		int dateLine = dateLine(text, headerEnd);
		LocalDate date = (dateLine >= 0) ? PlanDates.ofLine(text.get(dateLine)).orElseThrow().date()
				: metadata(lines, META_DATE).or(() -> metadata(lines, META_PUBLISHED))
					.flatMap(PlanDates::find)
					.orElse(null);
		String issuer = issuer(text, dateLine, titleLine).or(() -> metadata(lines, META_ISSUER)).orElse(null);
		return new PlanHeader(title, issuer, date);
	}

	static boolean looksLikeIssuer(String line) {
		return ISSUER.matcher(line).matches() && !line.startsWith("各") && Numbering.of(line).isEmpty();
	}

	static boolean looksLikeTitle(String line) {
		String title = withoutBookTitleMarks(withoutSiteName(line));
		return title.length() >= 6 && title.length() <= LONGEST_TITLE && !NOT_IN_TITLE.matcher(title).find()
				&& TITLE.matcher(title).matches() && Numbering.of(title).isEmpty();
	}

	/** The plan's own title is preferred to the cover letter's, which is read only when alone. */
	private static int titleLine(List<String> lines, int headerEnd) {
		int notice = -1;
		for (int i = 0; i < Math.min(headerEnd, lines.size()); i++) {
			if (looksLikeTitle(lines.get(i))) {
				if (!NOTICE.matcher(lines.get(i)).matches()) {
					return i;
				}
				notice = (notice < 0) ? i : notice;
			}
		}
		return notice;
	}

	/** A long title may be wrapped over two lines; the first half has no punctuation and no title ending. */
	private static String wrappedTitle(List<String> lines, int titleLine) {
		String title = lines.get(titleLine);
		if (titleLine == 0) {
			return title;
		}
		String before = lines.get(titleLine - 1);
		boolean firstHalf = before.length() >= 4 && !Brackets.isOpener(before.charAt(0))
				&& !NOT_IN_TITLE.matcher(before).find() && !looksLikeTitle(before) && !looksLikeIssuer(before)
				&& PlanDates.ofLine(before).isEmpty() && Numbering.of(before).isEmpty()
				&& !NOT_A_TITLE_START.matcher(before).matches() && !before.contains(" ");
		return firstHalf ? before + title : title;
	}

	/** A web page's title names its site too: 大石桥市…实施方案_大石桥市人民政府. */
	private static String withoutSiteName(String line) {
		return SITE_NAME.matcher(line).replaceFirst("");
	}

	/** 关于印发《X》的通知 names the plan X. */
	private static String ownTitle(String title) {
		title = withoutSiteName(title);
		Matcher notice = NOTICE.matcher(title);
		return withoutBookTitleMarks(notice.matches() ? notice.group(1) : title);
	}

	private static String withoutBookTitleMarks(String text) {
		String stripped = text.strip();
		if (stripped.startsWith("《") && stripped.endsWith("》")) {
			return stripped.substring(1, stripped.length() - 1);
		}
		return stripped;
	}

	/** A dated line signed by an issuer wins, then a date in the header, then any date line. */
	private static int dateLine(List<String> lines, int headerEnd) {
		int inHeader = -1;
		int anywhere = -1;
		for (int i = 0; i < lines.size(); i++) {
			Optional<PlanDates.DatedLine> dated = PlanDates.ofLine(lines.get(i));
			if (dated.isEmpty() || !(dated.get().before().isEmpty() || looksLikeIssuer(dated.get().before()))) {
				continue;
			}
			if (!dated.get().before().isEmpty() || (i > 0 && looksLikeIssuer(lines.get(i - 1)))) {
				return i;
			}
			inHeader = (inHeader < 0 && i < headerEnd) ? i : inHeader;
			anywhere = (anywhere < 0) ? i : anywhere;
		}
		return (inHeader >= 0) ? inHeader : anywhere;
	}

	private static Optional<String> issuer(List<String> lines, int dateLine, int titleLine) {
		if (dateLine >= 0) {
			String before = PlanDates.ofLine(lines.get(dateLine)).orElseThrow().before();
			if (!before.isEmpty()) {
				return Optional.of(before);
			}
			// joint issuers sign one above the other: 中共某县委办公室 / 某县人民政府办公室
			int first = dateLine;
			while (first > 0 && dateLine - first < 3 && looksLikeIssuer(lines.get(first - 1))) {
				first--;
			}
			if (first < dateLine) {
				return Optional.of(String.join(" ", lines.subList(first, dateLine)));
			}
		}
		if (titleLine >= 0 && titleLine + 1 < lines.size() && looksLikeIssuer(lines.get(titleLine + 1))) {
			return Optional.of(lines.get(titleLine + 1));
		}
		return Optional.empty();
	}

	private static Optional<String> metadata(PlanLines lines, Pattern field) {
		for (String line : lines.raw()) {
			Matcher matcher = field.matcher(line);
			if (matcher.find()) {
				return Optional.of(matcher.group(1));
			}
		}
		return Optional.empty();
	}

}
