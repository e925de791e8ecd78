package org.chengxiang.plan;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Who a responsibility note makes responsible, and whether they lead or cooperate. */
final class Responsibilities {

	/** Labels of a note's parts; time limits and persons are labelled too and are skipped. */
	static final Pattern LABEL = Pattern.compile("(责任单位|责任部门|牵头单位|牵头部门|主责单位|主责部门|责任主体|配合单位|配合部门"
			+ "|协办单位|协同单位|参与单位|协助单位|责任领导|分管领导|责任人|完成时限|完成时间|时间节点|时限要求|进度安排)\\s*[：:]");

	/** Whether a sentence talks about responsibility at all, before its names are checked. */
	static final Pattern ROLE_WORD = Pattern.compile("牵头|配合|负责|参与|协助|协办");

	private static final Pattern ROLE_AT_END = Pattern.compile("(为)?(牵头单位|牵头部门|牵头负责|分别牵头|共同牵头|牵头|主责|配合单位|配合部门|配合落实|配合"
			+ "|参与|参加|协助|协办|协同|按照?职责分工负责|按照?职责分工落实|按照?职责负责|分工负责|分别负责|共同负责|负责落实|具体负责|负责|落实)$");

	/** A deadline written into a note: （市住建局负责，2020年底前完成）. */
	private static final Pattern TIME_LIMIT = Pattern.compile("^\\d{4}年|底前|月前|年前|前完成|持续推进|长期坚持|持续实施");

	private static final Pattern JOINED_BY_TOGETHER_WITH = Pattern.compile("会同");

	/** A person, not a unit: 分管副省长、协管副秘书长负责 names the leaders who answer for a task. */
	private static final Pattern LEADER = Pattern.compile("(省长|市长|县长|区长|州长|旗长|乡长|镇长|秘书长|书记|领导|同志)$");

	/** A word that only finishes the group named before it, as 单位 in 市直有关部门、单位. */
	private static final Pattern GROUP_TAIL = Pattern.compile("单位|部门|机构|单位部门|部门单位");

	private static final Pattern GROUP_END = Pattern.compile("(部门|单位|机构)$");

	private Responsibilities() {
	}

	/** How a name's role is known before the first unit of a plain list is made the lead. */
	private enum Stated {

		LEAD, CO, UNSTATED, SKIPPED

	}

	private record Candidate(String name, Stated role) {
	}

	/** How many of a note's names must look like units for it to count as a note. */
	private enum Check {

		ALL, MOST, LABELLED;

		boolean passes(int units, int names) {
			return switch (this) {
				case ALL -> units == names;
				case MOST -> units > 0 && units * 2 >= names;
				case LABELLED -> true;
			};
		}

	}

	/**
	 * The units a note names. Notes come labelled (牵头单位：A；配合单位：B), with role words
	 * (由A牵头，B、C配合) or as a bare list, where the first unit leads. A labelled note is trusted with
	 * any name it holds, though not with remarks (以下均需…); an unlabelled one is a note only if every
	 * name looks like a unit, else the answer is empty.
	 */
	static List<ParsedUnit> read(String text) {
		return note(text).units();
	}

	/** The note a text makes, as {@link #read(String)} reads it, with what it says besides the units. */
	static Note note(String text) {
		return note(text, Check.ALL);
	}

	/**
	 * The note a bracket at the end of a task makes. A bracket closed by a role word, as in
	 * ﹝市发改局、市城投负责﹞, is a note even when a few names have no ending we know.
	 */
	static Note bracketNote(String inner) {
		return note(inner, endsInRoleWord(inner) ? Check.MOST : Check.ALL);
	}

	/** The units of a bracket note, as {@link #bracketNote(String)} reads them. */
	static List<ParsedUnit> readBracket(String inner) {
		return bracketNote(inner).units();
	}

	/**
	 * What a note says.
	 *
	 * @param units the units it names, in order
	 * @param leadStated whether it says who leads (牵头单位：A, A牵头); when not, its first unit leads by
	 * position only
	 * @param standing units it names for this task and every later one, as in 具体任务均涉及各县（市、区）人民政府，
	 * 不再做分工，下同; they cooperate
	 */
	record Note(List<ParsedUnit> units, boolean leadStated, List<ParsedUnit> standing) {

		static final Note NONE = new Note(List.of(), false, List.of());

		Note {
			units = List.copyOf(units);
			standing = List.copyOf(standing);
		}

	}

	/** Whether a text ends in a role word, as 市公安局负责 or A牵头，B配合 do, remarks aside (…，下同). */
	static boolean endsInRoleWord(String text) {
		String note = NoteRemarks.withoutRemarks(NoteRemarks.standing(text).rest());
		return ROLE_AT_END.matcher(note.replaceAll("[。；;，,\\s]+$", "")).find();
	}

	private static Note note(String text, Check check) {
		NoteRemarks.Standing standing = NoteRemarks.standing(text);
		String rest = NoteRemarks.withoutRemarks(standing.rest());
		Matcher label = LABEL.matcher(rest);
		List<Candidate> candidates = label.find() ? labelled(rest) : clauses(rest, Stated.UNSTATED, check);
		if (candidates == null) {
			return Note.NONE;
		}
		List<ParsedUnit> units = resolve(candidates);
		if (units.isEmpty()) {
			return Note.NONE;
		}
		boolean leadStated = candidates.stream().anyMatch((candidate) -> candidate.role() == Stated.LEAD);
		return new Note(units, leadStated, standing.units());
	}

	static boolean isLabelled(String text) {
		return LABEL.matcher(text).find();
	}

	private static List<Candidate> labelled(String text) {
		List<Candidate> candidates = new ArrayList<>();
		Matcher label = LABEL.matcher(text);
		int from = 0;
		Stated role = null;
		while (label.find()) {
			addSegment(candidates, text.substring(from, label.start()), role);
			role = roleOfLabel(label.group(1));
			from = label.end();
		}
		addSegment(candidates, text.substring(from), role);
		return candidates;
	}

	private static void addSegment(List<Candidate> candidates, String segment, Stated labelRole) {
		if (labelRole == Stated.SKIPPED) {
			return;
		}
		// Text before the first label is prose at best, e.g. 市公安局牵头；配合单位：…
		boolean preface = labelRole == null;
		List<Candidate> found = preface ? clauses(segment, Stated.UNSTATED, Check.ALL)
				: clauses(segment, labelRole, Check.LABELLED);
		if (found != null) {
			candidates.addAll(found);
		}
	}

	private static Stated roleOfLabel(String label) {
		if (label.startsWith("牵头") || label.startsWith("主责")) {
			return Stated.LEAD;
		}
		if (label.startsWith("配合") || label.startsWith("协") || label.startsWith("参与")) {
			return Stated.CO;
		}
		return label.startsWith("责任") && !label.equals("责任领导") && !label.equals("责任人") ? Stated.UNSTATED
				: Stated.SKIPPED;
	}

	/**
	 * Reads clauses separated by ，；: a role word ending a clause applies to all its names (A、B牵头),
	 * one ending a single name to that name (A牵头、B配合). Null when strict and a name is no unit.
	 */
	private static List<Candidate> clauses(String text, Stated defaultRole, Check check) {
		List<Candidate> candidates = new ArrayList<>();
		int units = 0;
		for (String clause : Brackets.splitOutside(text, "，,；;。")) {
			if (TIME_LIMIT.matcher(clause.strip()).find()) {
				continue;
			}
			List<Candidate> names = new ArrayList<>();
			// a web page may list units with spaces; after a label nothing else is meant by them
			String separators = (check == Check.LABELLED) ? "、 " : "、";
			for (String part : Brackets.splitOutside(clause.strip(), separators)) {
				List<Candidate> more = namesWithRoles(part);
				if (more.size() == 1 && !names.isEmpty() && GROUP_TAIL.matcher(more.get(0).name()).matches()
						&& GROUP_END.matcher(names.get(names.size() - 1).name()).find()) {
					// 市直有关部门、单位 is one group: the departments and units concerned
					Candidate group = names.remove(names.size() - 1);
					more = List.of(new Candidate(group.name() + "、" + more.get(0).name(), group.role()));
				}
				names.addAll(more);
			}
			Stated clauseRole = names.isEmpty() ? Stated.UNSTATED : names.get(names.size() - 1).role();
			for (Candidate name : names) {
				if (LEADER.matcher(name.name()).find()) {
					// the leaders who answer for a task are not among its units
					continue;
				}
				if (check == Check.LABELLED && !UnitNames.mayBeName(name.name())) {
					// a label vouches for names, not for remarks: 以下均需各县市区落实
					continue;
				}
				units += UnitNames.looksLikeUnit(name.name()) ? 1 : 0;
				Stated role = (name.role() != Stated.UNSTATED) ? name.role()
						: (clauseRole != Stated.UNSTATED) ? clauseRole : defaultRole;
				candidates.add(new Candidate(name.name(), role));
			}
		}
		return check.passes(units, candidates.size()) ? candidates : null;
	}

	private static List<Candidate> namesWithRoles(String part) {
		String name = UnitNames.clean(part);
		Stated role = Stated.UNSTATED;
		Matcher roleWord = ROLE_AT_END.matcher(name);
		if (roleWord.find()) {
			role = roleOfWord(roleWord.group(2));
			name = UnitNames.clean(name.substring(0, roleWord.start()));
		}
		Stated marked = roleMarkedInBrackets(name);
		if (marked != Stated.UNSTATED) {
			role = marked;
			name = Brackets.withoutTrailingGroup(name).strip();
		}
		if (name.isEmpty()) {
			return List.of();
		}
		String[] together = JOINED_BY_TOGETHER_WITH.split(name, 2);
		if (together.length == 2) {
			// A会同B: A leads, B works with it
			return List.of(new Candidate(UnitNames.clean(together[0]), Stated.LEAD),
					new Candidate(UnitNames.clean(together[1]), Stated.CO));
		}
		Stated namesRole = role;
		return UnitNames.splitConjoined(name).stream().map((each) -> new Candidate(each, namesRole)).toList();
	}

	private static Stated roleOfWord(String word) {
		if (word.contains("牵头") || word.equals("主责")) {
			return Stated.LEAD;
		}
		if (word.startsWith("配合") || word.startsWith("参") || word.startsWith("协")) {
			return Stated.CO;
		}
		return Stated.UNSTATED;
	}

	/** A unit marked as in 市发改局（牵头）. */
	private static Stated roleMarkedInBrackets(String name) {
		String base = Brackets.withoutTrailingGroup(name);
		if (base.length() == name.length()) {
			return Stated.UNSTATED;
		}
		String marker = name.substring(base.length() + 1, name.length() - 1).strip();
		return switch (marker) {
			case "牵头", "主责", "牵头单位", "牵头部门" -> Stated.LEAD;
			case "配合", "参与", "协办", "配合单位", "配合部门" -> Stated.CO;
			default -> Stated.UNSTATED;
		};
	}

	/** Unstated roles: the first unit leads unless a lead was named, every other unit cooperates. */
	private static List<ParsedUnit> resolve(List<Candidate> candidates) {
		boolean leadNamed = candidates.stream().anyMatch((candidate) -> candidate.role() == Stated.LEAD);
		Map<String, UnitRole> roles = new LinkedHashMap<>();
		for (Candidate candidate : candidates) {
			if (candidate.name().isEmpty()) {
				continue;
			}
			UnitRole role = switch (candidate.role()) {
				case LEAD -> UnitRole.LEAD;
				case UNSTATED -> leadNamed ? UnitRole.CO : UnitRole.LEAD;
				default -> UnitRole.CO;
			};
			leadNamed |= role == UnitRole.LEAD;
			roles.merge(candidate.name(), role, (was, now) -> (was == UnitRole.LEAD) ? was : now);
		}
		List<ParsedUnit> units = new ArrayList<>();
		roles.forEach((name, role) -> units.add(new ParsedUnit(name, role, UnitNames.isTownshipGroup(name))));
		return units;
	}

}
