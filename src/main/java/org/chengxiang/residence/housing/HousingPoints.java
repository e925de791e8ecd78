package org.chengxiang.residence.housing;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/**
 * The points that rank the waiting list (docs/residence-housing.md), from the rules in force:
 * <ul>
 * <li>each member of the household, up to the members counted: points per member;</li>
 * <li>no housing at all: points without housing;</li>
 * <li>each full income step the income per head lies below the income limit: points per income step;</li>
 * <li>each full area step the area per head lies below the area limit: points per area step.</li>
 * </ul>
 * Equal points are ranked by the day listed, then by the order of listing: the ranking never depends on chance.
 */
final class HousingPoints {

	private HousingPoints() {
	}

	static Score score(Household household, HousingRule rule) {
		List<Part> parts = new ArrayList<>();
		int members = Math.min(household.size(), rule.maxMembersCounted());
		parts.add(new Part("residence.housing.points.members", members * rule.pointsPerMember(), members));
		if (household.area().signum() == 0 && rule.pointsWithoutHousing() > 0) {
			parts.add(new Part("residence.housing.points.withoutHousing", rule.pointsWithoutHousing()));
		}
		long incomeSteps = steps(BigDecimal.valueOf(rule.maxIncomePerHead()).subtract(household.incomePerHead()),
				BigDecimal.valueOf(rule.incomeStep()));
		if (incomeSteps > 0 && rule.pointsPerIncomeStep() > 0) {
			parts.add(new Part("residence.housing.points.income", (int) incomeSteps * rule.pointsPerIncomeStep(),
					incomeSteps, rule.incomeStep()));
		}
		long areaSteps = steps(rule.maxAreaPerHead().subtract(household.areaPerHead()), rule.areaStep());
		if (areaSteps > 0 && rule.pointsPerAreaStep() > 0) {
			parts.add(new Part("residence.housing.points.area", (int) areaSteps * rule.pointsPerAreaStep(), areaSteps,
					rule.areaStep().stripTrailingZeros().toPlainString()));
		}
		return new Score(parts.stream().mapToInt(Part::points).sum(), parts);
	}

	private static long steps(BigDecimal below, BigDecimal step) {
		return below.signum() <= 0 ? 0 : below.divide(step, 0, RoundingMode.FLOOR).longValue();
	}

	/**
	 * A household's points and where they come from.
	 *
	 * @param total the points
	 * @param parts each rule that gave points
	 */
	record Score(int total, List<Part> parts) {

		Score {
			parts = List.copyOf(parts);
		}

	}

	/**
	 * Points given by one rule, and why, for the applicant to read.
	 *
	 * @param key the message key of the reason; its first argument is the points
	 * @param points the points
	 * @param arguments the reason's other arguments, as text (so that numbers are not grouped)
	 */
	record Part(String key, int points, List<String> arguments) {

		Part(String key, int points, Object... arguments) {
			this(key, points, java.util.Arrays.stream(arguments).map(String::valueOf).toList());
		}

		/** The reason's arguments: the points, then the rule's own. */
		Object[] messageArguments() {
			List<String> all = new ArrayList<>();
			all.add(String.valueOf(points));
			all.addAll(arguments);
			return all.toArray();
		}

	}

}
