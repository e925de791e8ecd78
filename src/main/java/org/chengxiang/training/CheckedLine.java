package org.chengxiang.training;

import java.math.BigDecimal;
import java.util.List;

import org.chengxiang.platform.crypto.PersonKey;
import org.chengxiang.platform.domain.Text;

/**
 * One roster line as the rules left it: granted with the standard's amount, or refused by every rule named.
 *
 * @param enrolmentId the enrolment
 * @param person the trainee
 * @param amount yuan granted; zero when refused
 * @param refusedBy every rule that refused it, in the order of {@link ClaimRule}; empty when granted
 * @param reasons what each refusing rule says, with its figures, in the same order
 */
record CheckedLine(long enrolmentId, PersonKey person, BigDecimal amount, List<ClaimRule> refusedBy,
		List<Text> reasons) {

	CheckedLine {
		refusedBy = List.copyOf(refusedBy);
		reasons = List.copyOf(reasons);
	}

	boolean granted() {
		return refusedBy.isEmpty();
	}

}
