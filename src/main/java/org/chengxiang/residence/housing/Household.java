package org.chengxiang.residence.housing;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * A household as the housing rules weigh it.
 *
 * @param size its members, the applicant included
 * @param income its income, yuan a month
 * @param area the housing area it has now, square metres (0 for none)
 */
record Household(int size, int income, BigDecimal area) {

	/** Income a month per head, in yuan, to the fen. */
	BigDecimal incomePerHead() {
		return BigDecimal.valueOf(income).divide(BigDecimal.valueOf(size), 2, RoundingMode.HALF_UP);
	}

	/** Housing area per head, square metres, to two places. */
	BigDecimal areaPerHead() {
		return area.divide(BigDecimal.valueOf(size), 2, RoundingMode.HALF_UP);
	}

}
