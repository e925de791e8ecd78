package org.chengxiang.plan;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** What a unit's name looks like, so a bracket listing units is told from one like （不含6亩）. */
final class UnitNames {

	/** Endings of the names of government bodies, enterprises and their branches. */
	private static final List<String> ENDINGS = List.of("局", "委", "办", "院", "会", "银行", "分行", "站", "所", "中心", "政府",
			"办事处", "街道", "镇", "乡", "公司", "部", "队", "馆", "处", "室", "团", "社", "联", "厅", "委员会", "管委会", "支行",
			"分局", "协", "小组", "台", "校", "海关", "开发区", "园区", "高新区");

	/** Openings of an explanation or of an action, never of a name. */
	private static final Pattern NOT_A_NAME_OPENING = Pattern.compile("^(以下|简称|不含|不再|含|包括|包含|即|如|详见|见|其中|除|注"
			+ "|提供|建立|推进|加强|实施|开展|完善|落实|支持|鼓励|引导|加快|推动|做好|确保|力争|争取|完成|实现)");

	private static final Pattern NOT_IN_A_NAME = Pattern.compile("[。！？!?：:“”\"《》的由]");

	private static final Pattern GROUP_PREFIXES = Pattern
		.compile("^(各级|各|相关|有关|涉及|涉农|所在|所属|所辖|属地|全市|全县|全区|辖区内|辖区|市内|市直|市级|市政府|市|其他|其它|直属)+");

	/** A bracket inside a township group, e.g. （街道） in 各镇（街道）, adds no meaning. */
	private static final Pattern TOWNSHIP_BRACKET = Pattern.compile("\\([乡镇街道办事处区园、]+\\)");

	private static final Pattern TOWNSHIPS = Pattern.compile("(乡镇街道|乡镇街|乡镇|镇街道|镇街|街镇|镇区|街道|乡|镇|街|镇、街道|乡、镇)"
			+ "(人民政府|政府|街道办事处|办事处|党委政府|党委和政府|党委|党\\(工\\)委)?");

	private static final Pattern AREAS = Pattern.compile("(县|区|县区|市区|县市区|县\\(市、区\\)|县\\(市\\)区|县\\(市\\))(人民政府|政府|党委)?");

	private static final Pattern DEPARTMENTS = Pattern.compile("(成员单位|部门单位|单位部门|部门|单位|机关)");

	private static final Pattern TRAILING_ETC = Pattern.compile("等(有关|相关)?(部门|单位)?$");

	private static final int LONGEST_NAME = 30;

	private static final int LONGEST_BRACKETED_PART = 12;

	private UnitNames() {
	}

	/**
	 * Splits a list of units at 、，,；; outside brackets, and at whitespace when
	 * {@code whitespaceSeparates} (spreadsheet cells list one unit a line).
	 */
	static List<String> split(String text, boolean whitespaceSeparates) {
		String separators = whitespaceSeparates ? "、，,；; \t\r\n\u3000" : "、，,；;";
		List<String> names = new ArrayList<>();
		for (String part : Brackets.splitOutside(text, separators)) {
			String name = clean(part);
			if (!name.isEmpty()) {
				names.addAll(splitConjoined(name));
			}
		}
		return names;
	}

	/** Trims a name and drops what surrounds it in running text: a leading 由, a trailing 等 or punctuation. */
	static String clean(String part) {
		String name = part.replace('\u3000', ' ').strip();
		if (name.startsWith("由")) {
			name = name.substring(1);
		}
		name = TRAILING_ETC.matcher(name.replaceAll("[。.，,；;、\\s]+$", "")).replaceFirst("");
		return withoutRemark(name).replaceAll("[。.，,；;、\\s]+$", "").strip();
	}

	/**
	 * A bracket closing a name is part of it when short, as in 财政局(金融发展局) or 各县(市、区), and a
	 * remark when it reads like a sentence: 市卫生健康委(除标注“分别牵头”外,列第一位为牵头单位,下同).
	 */
	private static String withoutRemark(String name) {
		String base = Brackets.withoutTrailingGroup(name);
		if (base.length() == name.length() || base.isEmpty()) {
			return name;
		}
		String inner = name.substring(base.length() + 1, name.length() - 1);
		boolean remark = inner.length() > LONGEST_BRACKETED_PART || inner.matches(".*[，,。；;：:“”\"].*");
		return remark ? base : name;
	}

	/** Whether a text could be a name at all, whatever its ending: not a remark nor an action. */
	static boolean mayBeName(String name) {
		return !name.isEmpty() && name.length() <= LONGEST_NAME && !NOT_IN_A_NAME.matcher(name).find()
				&& !NOT_A_NAME_OPENING.matcher(name).find();
	}

	/** Whether a name reads as one unit, a township group or a group of departments. */
	static boolean looksLikeUnit(String name) {
		if (!mayBeName(name)) {
			return false;
		}
		if (isTownshipGroup(name) || isDepartmentGroup(name) || isAreaGroup(name)) {
			return true;
		}
		String base = Brackets.withoutTrailingGroup(name);
		return ENDINGS.stream().anyMatch(base::endsWith);
	}

	/** Whether a name stands for all (or the concerned) towns and subdistricts, e.g. 相关镇街, 各乡镇（街道）. */
	static boolean isTownshipGroup(String name) {
		String rest = withoutGroupPrefixes(name);
		rest = TOWNSHIP_BRACKET.matcher(rest).replaceAll("");
		return TOWNSHIPS.matcher(rest).matches();
	}

	/** Whether a name stands for several departments, e.g. 市直有关部门, 各成员单位. */
	static boolean isDepartmentGroup(String name) {
		String rest = withoutGroupPrefixes(name);
		return rest.length() < name.length() && DEPARTMENTS.matcher(rest).matches();
	}

	/** Whether a name stands for the counties or districts below a city, e.g. 各县（市、区）. */
	static boolean isAreaGroup(String name) {
		String rest = withoutGroupPrefixes(name);
		return rest.length() < name.length() && AREAS.matcher(rest).matches();
	}

	private static String withoutGroupPrefixes(String name) {
		String normalized = name.replaceAll("\\s", "").replace('（', '(').replace('）', ')');
		return GROUP_PREFIXES.matcher(normalized).replaceFirst("");
	}

	/** Two units joined by 及/和/与 are two units, but 住房和城乡建设局 is one: both halves must read as units. */
	static List<String> splitConjoined(String name) {
		List<String> halves = Brackets.splitOutside(name, "及和与").stream().map(UnitNames::clean).toList();
		if (halves.size() > 1 && halves.stream().allMatch(UnitNames::looksLikeUnit)) {
			return halves;
		}
		return List.of(name);
	}

}
