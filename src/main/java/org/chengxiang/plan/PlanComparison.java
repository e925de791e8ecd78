package org.chengxiang.plan;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Compares a new year's plan with the last: which tasks continue (matched by the similarity of their
 * titles and content), which are new and which were dropped, and how the responsible units changed.
 */
final class PlanComparison {

	/** Titles sharing at least this share of character pairs are the same task carried over. */
	static final double SAME_TASK = 0.35;

	private PlanComparison() {
	}

	static Result compare(List<Views.TaskView> previous, List<Views.TaskView> current) {
		List<Pair> continued = new ArrayList<>();
		List<Views.TaskView> added = new ArrayList<>();
		Set<Long> matched = new HashSet<>();
		for (Views.TaskView task : current) {
			Views.TaskView best = null;
			double bestScore = 0;
			for (Views.TaskView old : previous) {
				if (matched.contains(old.id())) {
					continue;
				}
				double score = Math.max(similarity(task.title(), old.title()),
						0.8 * similarity(task.content(), old.content()));
				if (score > bestScore) {
					bestScore = score;
					best = old;
				}
			}
			if (best != null && bestScore >= SAME_TASK) {
				matched.add(best.id());
				Set<String> before = units(best);
				Set<String> after = units(task);
				Set<String> joined = new LinkedHashSet<>(after);
				joined.removeAll(before);
				Set<String> left = new LinkedHashSet<>(before);
				left.removeAll(after);
				continued.add(new Pair(best, task, Math.round(bestScore * 100) / 100.0, List.copyOf(joined),
						List.copyOf(left)));
			}
			else {
				added.add(task);
			}
		}
		List<Views.TaskView> dropped = previous.stream().filter(t -> !matched.contains(t.id())).toList();
		return new Result(continued, added, dropped);
	}

	private static Set<String> units(Views.TaskView task) {
		Set<String> names = new LinkedHashSet<>();
		task.assignments().forEach(a -> names.add(a.departmentName() != null ? a.departmentName() : a.writtenName()));
		return names;
	}

	/** Dice coefficient over character bigrams: robust to the small rewordings of a plan carried over. */
	static double similarity(String a, String b) {
		Set<String> x = bigrams(a);
		Set<String> y = bigrams(b);
		if (x.isEmpty() || y.isEmpty()) {
			return 0;
		}
		Set<String> common = new HashSet<>(x);
		common.retainAll(y);
		return 2.0 * common.size() / (x.size() + y.size());
	}

	private static Set<String> bigrams(String text) {
		Set<String> pairs = new HashSet<>();
		if (text == null) {
			return pairs;
		}
		String letters = text.replaceAll("[\\s\\p{Punct}，。、；：“”（）《》]", "");
		for (int i = 0; i + 1 < letters.length(); i++) {
			pairs.add(letters.substring(i, i + 2));
		}
		return pairs;
	}

	/** A task carried over, its similarity, and the units that joined or left it. */
	record Pair(Views.TaskView previous, Views.TaskView current, double similarity, List<String> joined,
			List<String> left) {
	}

	/** The comparison. */
	record Result(List<Pair> continued, List<Views.TaskView> added, List<Views.TaskView> dropped) {
	}

}
