package org.chengxiang.residence.housing;

import java.math.BigDecimal;

/**
 * The housing bureau's rules of public rental housing: who is eligible, and how points rank the waiting list.
 *
 * @param maxIncomePerHead the highest household income a month per head, in yuan, that is eligible
 * @param maxAreaPerHead the housing area per head, in square metres, below which a household is eligible
 * @param pointsPerMember points for each member of the household
 * @param maxMembersCounted members counted for points at most
 * @param pointsWithoutHousing points for a household with no housing at all
 * @param pointsPerIncomeStep points for each full income step the income per head lies below the limit
 * @param incomeStep the income step, in yuan
 * @param pointsPerAreaStep points for each full area step the area per head lies below the limit
 * @param areaStep the area step, in square metres
 * @param version optimistic lock: a change names the version it was made from
 */
record HousingRule(int maxIncomePerHead, BigDecimal maxAreaPerHead, int pointsPerMember, int maxMembersCounted,
		int pointsWithoutHousing, int pointsPerIncomeStep, int incomeStep, int pointsPerAreaStep, BigDecimal areaStep,
		int version) {
}
