package org.chengxiang.plan;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The lines of a plan's text without web page chrome (menus, breadcrumbs, buttons, footers, metadata).
 *
 * @param raw every non-blank line, chrome included, for the metadata a web page shows (成文日期：…)
 * @param lines the lines without chrome
 */
record PlanLines(List<String> raw, List<String> lines) {

	private static final Pattern INVISIBLE = Pattern.compile("[\\u200B-\\u200D\\uFEFF]");

	private static final Pattern SPACES = Pattern.compile("[\\s\\u3000\\u00A0]+");

	private static final Pattern BREADCRUMB = Pattern
		.compile("^(当前位置|您现在的位置|您的位置|所在位置)|(首页|主页).{0,60}(>|＞|»|›|→|/)");

	private static final Pattern CHROME_WORDS = Pattern.compile("字体[：:]|字号[：:]|【打印|【关闭|打印本页|关闭窗口|分享到|返回顶部"
			+ "|收藏本页|加入收藏|设为首页|扫一扫|版权所有|Copyright|©|ICP备|ICP证|公网安备|网站标识码|网站地图|联系我们|技术支持"
			+ "|建议使用|分辨率|上一篇|下一篇|相关链接|相关文章|友情链接|浏览次数|阅读次数|访问量|点击数|视力保护色");

	private static final Pattern METADATA = Pattern.compile("(^|\\s)(发布时间|发布日期|更新时间|时间|日期|来源|信息来源|文章来源|作者|编辑|责任编辑|索引号"
			+ "|主题分类|发文字号|发文机关|成文日期|发文日期|印发日期|发布机构|生效日期|有效性|主题词|文号|标题|名称|主办单位|承办单位"
			+ "|主办|承办|地址|电话|邮编|传真|邮箱)\\s*[：:]");

	private static final Pattern BUTTONS = Pattern
		.compile("^([【\\[]\\s*(打印|关闭|收藏|分享|返回|顶部|字体|大|中|小|默认)\\S{0,4}\\s*[】\\]]\\s*)+$");

	private static final Pattern MENU_SEPARATORS = Pattern.compile("[\\s|｜·•]+");

	private static final Pattern SEPARATOR = Pattern
		.compile("^(附件\\s*[:：\\d]?|附件$|附：|抄送[：:]|主题词[：:]|关键词[：:]|[（(]此件.*[）)]$)|\\d日\\s*印发$");

	private static final Pattern ATTACHMENT_LIST = Pattern.compile("^附件\\s*[:：]\\s*\\d");

	private static final Pattern LIST_ITEM = Pattern.compile("^\\d{1,2}\\s*[.．、]");

	/** A numbered row of a table pasted between bars: 2 | 改造老旧小区 | 县住建局. */
	private static final Pattern TABLE_ROW = Pattern.compile("^\\d{1,3}\\s*[|｜]");

	private static final int MENU_ITEM_LENGTH = 6;

	static PlanLines of(String text) {
		List<String> raw = new ArrayList<>();
		for (String line : text.split("\\R")) {
			String normalized = SPACES.matcher(INVISIBLE.matcher(line).replaceAll("")).replaceAll(" ").strip();
			if (!normalized.isEmpty()) {
				raw.add(normalized);
			}
		}
		List<String> lines = raw.stream().filter((line) -> !isChrome(line)).toList();
		return new PlanLines(raw, lines);
	}

	/**
	 * Whether a line separates parts of the document: a signature's issuer or date, 附件, 抄送, 印发. A
	 * cover letter may number its points (一、高度重视…) and the plan follow its signature, so a
	 * separator ends the item before it, not the text.
	 */
	boolean isSeparator(int i) {
		String line = this.lines.get(i);
		if (SEPARATOR.matcher(line).find() || isSignatureDate(line) || isAttachmentName(i)) {
			return true;
		}
		return PlanHeader.looksLikeIssuer(line) && i + 1 < this.lines.size()
				&& (isSignatureDate(this.lines.get(i + 1)) || PlanHeader.looksLikeIssuer(this.lines.get(i + 1)));
	}

	/** A line naming a further attachment under 附件：1.…, as 2.十方面民生实事责任分解: no task of the plan. */
	private boolean isAttachmentName(int i) {
		for (int j = i; j > 0 && LIST_ITEM.matcher(this.lines.get(j)).find(); j--) {
			if (ATTACHMENT_LIST.matcher(this.lines.get(j - 1)).find()) {
				return true;
			}
		}
		return false;
	}

	static boolean isChrome(String line) {
		return BREADCRUMB.matcher(line).find() || CHROME_WORDS.matcher(line).find() || METADATA.matcher(line).find()
				|| BUTTONS.matcher(line).matches() || isMenu(line);
	}

	/** A row of short words with no punctuation: 首页 | 政务公开 | 政务服务 | 互动交流. */
	private static boolean isMenu(String line) {
		if (Numbering.of(line).isPresent() || PlanDates.ofLine(line).isPresent() || line.matches(".*[。，,：:；;、].*")
				|| TextTables.isHeaderCell(line) || LedgerTable.isHeader(TextTables.cells(line))
				|| TABLE_ROW.matcher(line).find()) {
			// a table's header (序号 | 任 务 名 称 | 牵 头 部 门) looks like a menu
			return false;
		}
		String[] items = MENU_SEPARATORS.split(line);
		if (items.length < 3) {
			return false;
		}
		for (String item : items) {
			if (item.length() > MENU_ITEM_LENGTH) {
				return false;
			}
		}
		return true;
	}

	private static boolean isSignatureDate(String line) {
		return PlanDates.ofLine(line)
			.filter((dated) -> dated.before().isEmpty() || PlanHeader.looksLikeIssuer(dated.before()))
			.isPresent();
	}

}
