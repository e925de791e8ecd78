package org.chengxiang.plan;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/** The numbered items of a plan's body and which of them are tasks. */
final class PlanOutline {

	/**
	 * A numbered item, or an unnumbered paragraph, and the lines it spans.
	 *
	 * @param line its first line
	 * @param end the line after its last
	 * @param rank its numbering's rank, {@link PlanLine#PARAGRAPH} for a paragraph
	 * @param parent the numbered item it is part of, or null at the top
	 */
	record Item(int line, int end, int rank, Item parent) {

		Item top() {
			Item item = this;
			while (item.parent() != null) {
				item = item.parent();
			}
			return item;
		}

	}

	/**
	 * A task: its item, the item it belongs to (its chapter, or null) and the units its notes name.
	 */
	record Task(Item item, Item chapter, List<ParsedUnit> units) {
	}

	private record Score(int rank, int oneNote, int otherwise) {
	}

	private final List<PlanLine> lines;

	private final int[] noteBlocks;

	private final List<Item> items = new ArrayList<>();

	PlanOutline(List<PlanLine> lines) {
		this.lines = lines;
		this.noteBlocks = noteBlocks(this.lines);
		Map<Integer, Item> numbered = new LinkedHashMap<>();
		for (int i = 0; i < this.lines.size(); i++) {
			Item parent = innermostOpen(numbered, i, this.lines.get(i).rank());
			if (this.lines.get(i).isNumbered()) {
				Item item = new Item(i, numberedEnd(i), this.lines.get(i).rank(), parent);
				numbered.put(i, item);
				this.items.add(item);
			}
			else if (!this.lines.get(i).isNoteOnly() && !this.lines.get(i).separator()) {
				this.items.add(new Item(i, paragraphEnd(i), PlanLine.PARAGRAPH, parent));
			}
		}
	}

	/**
	 * The tasks in order; empty when no level of the outline holds notes. A responsibility note belongs
	 * to a task, so the tasks are the items at the level where notes fall one to an item: （一） when
	 * each ends with its note, 1. when a chapter's notes follow its 1. items, the parent of sub-items
	 * the note follows. A top-level section without any note (总体要求, 保障措施) holds no tasks.
	 */
	List<Task> tasks() {
		return taskRank().map(this::tasksAt).orElse(List.of());
	}

	/** Whether the last task lacks its note because the text stops in its middle: nothing follows it. */
	boolean endsMidTask(Task last) {
		PlanLine lastLine = this.lines.get(last.item().end() - 1);
		String text = lastLine.reading().rest();
		return last.units().isEmpty() && last.item().end() == this.lines.size()
				&& !text.isEmpty() && "。！？!?；;”」）)".indexOf(text.charAt(text.length() - 1)) < 0;
	}

	/** Notes on consecutive lines are one note: 牵头单位：A on one line, 配合单位：B on the next. */
	private static int[] noteBlocks(List<PlanLine> lines) {
		int[] blocks = new int[lines.size()];
		int block = -1;
		for (int i = 0; i < lines.size(); i++) {
			boolean continues = i > 0 && blocks[i - 1] >= 0 && lines.get(i).isNoteOnly();
			blocks[i] = !lines.get(i).hasNote() ? -1 : continues ? block : ++block;
		}
		return blocks;
	}

	private int numberedEnd(int line) {
		int rank = this.lines.get(line).rank();
		int end = line + 1;
		while (end < this.lines.size() && !this.lines.get(end).separator()
				&& !(this.lines.get(end).isNumbered() && this.lines.get(end).rank() <= rank)) {
			end++;
		}
		return end;
	}

	/** A paragraph takes the note lines right after it. */
	private int paragraphEnd(int line) {
		int end = line + 1;
		while (end < this.lines.size() && this.lines.get(end).isNoteOnly()) {
			end++;
		}
		return end;
	}

	private static Item innermostOpen(Map<Integer, Item> numbered, int line, int rank) {
		Item parent = null;
		for (Item item : numbered.values()) {
			if (item.end() > line && item.rank() < rank) {
				parent = item;
			}
		}
		return parent;
	}

	private Set<Integer> notesIn(Item item) {
		Set<Integer> blocks = new TreeSet<>();
		for (int i = item.line(); i < item.end(); i++) {
			if (this.noteBlocks[i] >= 0) {
				blocks.add(this.noteBlocks[i]);
			}
		}
		return blocks;
	}

	/**
	 * The notes that can be an item's own: a note closes what it belongs to, or follows its heading. A
	 * note followed by a sub-item belongs to an earlier sub-item, not to the item around them.
	 */
	private Set<Integer> ownNotes(Item item) {
		Set<Integer> blocks = new TreeSet<>();
		boolean numberedAfter = false;
		for (int i = item.end() - 1; i >= item.line(); i--) {
			if (this.noteBlocks[i] >= 0 && (!numberedAfter || headingNote(item, i))) {
				blocks.add(this.noteBlocks[i]);
			}
			numberedAfter |= i > item.line() && this.lines.get(i).isNumbered();
		}
		return blocks;
	}

	/** A note on an item's first line or on note lines right under it. */
	private boolean headingNote(Item item, int line) {
		return line == item.line() || onlyNotesBetween(item.line(), line);
	}

	/**
	 * The rank most items of which hold exactly one note. Ties go to fewer misses, then to numbered items
	 * over paragraphs, then to the deeper rank: chapters that hold one task each hold as many notes as
	 * their tasks.
	 */
	private Optional<Integer> taskRank() {
		Map<Integer, int[]> counts = new LinkedHashMap<>();
		for (Item item : this.items) {
			int notes = ownNotes(item).size();
			int[] count = counts.computeIfAbsent(item.rank(), (rank) -> new int[2]);
			count[(notes == 1) ? 0 : 1]++;
		}
		return counts.entrySet()
			.stream()
			.map((entry) -> new Score(entry.getKey(), entry.getValue()[0], entry.getValue()[1]))
			.filter((score) -> score.oneNote() > 0)
			.min(Comparator.comparingInt((Score score) -> -score.oneNote())
				.thenComparingInt(Score::otherwise)
				.thenComparingInt((Score score) -> (score.rank() == PlanLine.PARAGRAPH) ? 1 : 0)
				.thenComparingInt((Score score) -> -score.rank()))
			.map(Score::rank);
	}

	private List<Task> tasksAt(int rank) {
		List<Item> candidates = this.items.stream().filter((item) -> item.rank() == rank).toList();
		List<Task> tasks = new ArrayList<>();
		int firstNoted = indexOfNoted(candidates, true);
		int lastNoted = indexOfNoted(candidates, false);
		Map<String, ParsedUnit> standing = new LinkedHashMap<>();
		for (int i = 0; i < candidates.size(); i++) {
			Item item = withoutClosingRemarks(candidates.get(i));
			for (int line = item.line(); line < item.end(); line++) {
				this.lines.get(line).reading().standing().forEach((unit) -> standing.putIfAbsent(unit.name(), unit));
			}
			List<ParsedUnit> units = unitsIn(item);
			if (!units.isEmpty() && !standing.isEmpty()) {
				// units a note named for this task and the later ones (下同) work with each of them
				Map<String, ParsedUnit> merged = new LinkedHashMap<>();
				units.forEach((unit) -> merged.put(unit.name(), unit));
				standing.values().forEach((unit) -> merged.putIfAbsent(unit.name(), unit));
				units = List.copyOf(merged.values());
			}
			Task task = new Task(item, item.parent(), units);
			boolean keep;
			if (rank == PlanLine.PARAGRAPH) {
				keep = !task.units().isEmpty();
			}
			else if (item.parent() != null) {
				keep = !notesIn(item.top()).isEmpty();
			}
			else {
				// without chapters, numbered items before the first note and after the last are
				// preamble and closing remarks, unless the text stops in the middle of the last one
				keep = (i >= firstNoted && i <= lastNoted) || (i == candidates.size() - 1 && endsMidTask(task));
			}
			if (keep) {
				tasks.add(task);
			}
		}
		return tasks;
	}

	/**
	 * A note closing a task's text ends the task: unnumbered lines after it are the chapter's or the
	 * plan's closing remarks (各部门要高度重视…). A note on a bare heading, as in
	 * （一）全面取消落户限制（市公安局负责）, is the heading's, and the lines after it are the task's text.
	 */
	private Item withoutClosingRemarks(Item item) {
		int lastNote = -1;
		for (int i = item.line(); i < item.end(); i++) {
			if (this.lines.get(i).hasNote()) {
				lastNote = i;
			}
		}
		if (lastNote < 0 || (isBareHeading(this.lines.get(item.line())) && onlyNotesBetween(item.line(), lastNote))) {
			return item;
		}
		for (int i = lastNote + 1; i < item.end(); i++) {
			if (this.lines.get(i).isNumbered()) {
				return item;
			}
		}
		return new Item(item.line(), lastNote + 1, item.rank(), item.parent());
	}

	/** Whether the lines after {@code first} up to {@code last} are all note lines, as under a heading. */
	private boolean onlyNotesBetween(int first, int last) {
		for (int i = first + 1; i <= last; i++) {
			if (!this.lines.get(i).isNoteOnly()) {
				return false;
			}
		}
		return true;
	}

	/** A line that is a title and nothing more: no sentence follows its first. */
	private static boolean isBareHeading(PlanLine line) {
		String text = line.reading().rest();
		String title = PlanDocumentParser.titleOf(text);
		return text.length() <= title.length() + 1;
	}

	private int indexOfNoted(List<Item> candidates, boolean first) {
		int found = -1;
		for (int i = 0; i < candidates.size(); i++) {
			if (!notesIn(candidates.get(i)).isEmpty()) {
				if (first) {
					return i;
				}
				found = i;
			}
		}
		return found;
	}

	/**
	 * All units the notes within an item name, a unit named twice kept once and leading if it ever leads.
	 * A note on lines of its own may say who leads on one line and list the others on the next
	 * (牵头单位：A / 责任单位：B、C): the first of those others leads only by its place, so it cooperates.
	 */
	private List<ParsedUnit> unitsIn(Item item) {
		Set<Integer> blocksStatingLead = new TreeSet<>();
		for (int i = item.line(); i < item.end(); i++) {
			if (this.noteBlocks[i] >= 0 && this.lines.get(i).reading().leadStated()) {
				blocksStatingLead.add(this.noteBlocks[i]);
			}
		}
		Map<String, ParsedUnit> units = new LinkedHashMap<>();
		for (int i = item.line(); i < item.end(); i++) {
			ResponsibilityNotes.Reading reading = this.lines.get(i).reading();
			boolean leadByPlaceOnly = !reading.leadStated() && blocksStatingLead.contains(this.noteBlocks[i]);
			for (ParsedUnit unit : reading.units()) {
				if (leadByPlaceOnly && unit.role() == UnitRole.LEAD) {
					unit = new ParsedUnit(unit.name(), UnitRole.CO, unit.townshipGroup());
				}
				units.merge(unit.name(), unit, (was, now) -> (was.role() == UnitRole.LEAD) ? was : now);
			}
		}
		return List.copyOf(units.values());
	}

}
