package org.chengxiang.training;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import org.chengxiang.platform.domain.Text;

/**
 * The reasons of a refused line as stored ({@code claim_line.refused_figures}): per rule its message key after
 * {@code training.rule.} and its figures, separated by {@code |}, the rules by {@code ;}. The figures are numbers and
 * dates, which hold neither separator.
 */
final class ClaimReasons {

	private static final String PREFIX = "training.rule.";

	private ClaimReasons() {
	}

	static String encode(List<Text> reasons) {
		if (reasons.isEmpty()) {
			return null;
		}
		return reasons.stream().map(text -> {
			List<String> parts = new ArrayList<>();
			parts.add(text.key().substring(PREFIX.length()));
			Arrays.stream(text.args()).map(String::valueOf).forEach(parts::add);
			return String.join("|", parts);
		}).collect(Collectors.joining(";"));
	}

	static List<Text> decode(String stored) {
		if (stored == null || stored.isEmpty()) {
			return List.of();
		}
		return Arrays.stream(stored.split(";")).map(entry -> {
			String[] parts = entry.split("\\|", -1);
			return Text.of(PREFIX + parts[0], (Object[]) Arrays.copyOfRange(parts, 1, parts.length));
		}).toList();
	}

}
