package org.chengxiang.training;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.chengxiang.platform.domain.Text;
import org.chengxiang.training.ClaimFacts.Seat;

/**
 * The claim rules applied to a class's roster: a pure function from the facts to one line per seat, in seat order,
 * granted with the standard's amount or refused by every {@link ClaimRule} that refuses it.
 */
final class ClaimPolicy {

	private ClaimPolicy() {
	}

	static List<CheckedLine> check(ClaimFacts facts) {
		ClaimTally tally = new ClaimTally();
		List<CheckedLine> lines = new ArrayList<>();
		List<Seat> seats = facts.seats().stream().sorted(Comparator.comparingInt(Seat::seat)).toList();
		for (Seat seat : seats) {
			List<ClaimRule> refusedBy = new ArrayList<>();
			List<Text> reasons = new ArrayList<>();
			for (ClaimRule rule : ClaimRule.values()) {
				Optional<Text> reason = rule.refuse(facts, seat, tally);
				if (reason.isPresent()) {
					refusedBy.add(rule);
					reasons.add(reason.get());
				}
			}
			if (refusedBy.isEmpty()) {
				tally.grant(seat.person());
			}
			BigDecimal amount = refusedBy.isEmpty() ? facts.rules().standardAmount() : BigDecimal.ZERO.setScale(2);
			lines.add(new CheckedLine(seat.enrolmentId(), seat.person(), amount, refusedBy, reasons));
		}
		return lines;
	}

}
