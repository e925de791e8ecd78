package org.chengxiang.training;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;

import org.chengxiang.platform.domain.Text;
import org.chengxiang.training.ClaimFacts.Past;
import org.chengxiang.training.ClaimFacts.Seat;

/**
 * The named rules a subsidy claim's line is checked by (the four, the standard the bureau keeps as data).
 * Each refuses with its message {@code training.rule.<NAME>} and the figures that refused it, so that a refused line
 * says which rules refused it, all of them at once.
 */
enum ClaimRule {

	/** The same person, occupation and level were subsidised before, in any year. */
	ALREADY_SUBSIDISED {
		@Override
		Optional<Text> refuse(ClaimFacts facts, Seat seat, ClaimTally tally) {
			return seat.past()
				.stream()
				.filter(past -> past.occupationCode().equals(facts.occupationCode()) && past.level() == facts.level())
				.map(Past::year)
				.min(Integer::compare)
				.or(() -> tally.holds(seat.person()) ? Optional.of(facts.rules().year()) : Optional.empty())
				.map(year -> text(String.valueOf(year)));
		}
	},

	/** More subsidised trainings in the year than the cap, counting earlier lines of the same check. */
	YEARLY_CAP {
		@Override
		Optional<Text> refuse(ClaimFacts facts, Seat seat, ClaimTally tally) {
			int year = facts.rules().year();
			long had = seat.past().stream().filter(past -> past.year() == year).count() + tally.grantedTo(seat.person());
			return had >= facts.rules().yearlyCap()
					? Optional.of(text(String.valueOf(had), String.valueOf(facts.rules().yearlyCap())))
					: Optional.empty();
		}
	},

	/** No passed exam with its certificate. */
	NOT_COMPLETED {
		@Override
		Optional<Text> refuse(ClaimFacts facts, Seat seat, ClaimTally tally) {
			return seat.certified() ? Optional.empty() : Optional.of(text());
		}
	},

	/** Attended hours under the required share of the class's session hours. */
	ATTENDANCE_SHORT {
		@Override
		Optional<Text> refuse(ClaimFacts facts, Seat seat, ClaimTally tally) {
			BigDecimal required = facts.sessionHours().multiply(facts.rules().attendanceShare());
			boolean short_ = facts.sessionHours().signum() == 0 || seat.attendedHours().compareTo(required) < 0;
			return short_ ? Optional.of(text(plain(seat.attendedHours()), plain(facts.sessionHours()),
					facts.rules().attendancePercent())) : Optional.empty();
		}
	},

	/** A seat beyond the capacity filed. */
	OVER_CAPACITY {
		@Override
		Optional<Text> refuse(ClaimFacts facts, Seat seat, ClaimTally tally) {
			return seat.seat() > facts.capacity()
					? Optional.of(text(String.valueOf(seat.seat()), String.valueOf(facts.capacity())))
					: Optional.empty();
		}
	},

	/** Filed on or after the class's first day, Beijing time: a class is filed before it opens. */
	FILED_LATE {
		@Override
		Optional<Text> refuse(ClaimFacts facts, Seat seat, ClaimTally tally) {
			return facts.filedOn().isBefore(facts.startsOn()) ? Optional.empty()
					: Optional.of(text(facts.filedOn().toString(), facts.startsOn().toString()));
		}
	},

	/** No subsidy standard for the year, type and level, or the class's hours under its minimum. */
	NO_STANDARD {
		@Override
		Optional<Text> refuse(ClaimFacts facts, Seat seat, ClaimTally tally) {
			if (!facts.rules().hasStandard()) {
				return Optional.of(text(String.valueOf(facts.rules().year())));
			}
			return facts.hours() < facts.rules().minHours()
					? Optional.of(Text.of(messageKey() + ".hours", String.valueOf(facts.hours()),
							String.valueOf(facts.rules().minHours())))
					: Optional.empty();
		}
	};

	/** Why this rule refuses the seat, with its figures; empty when it does not. */
	abstract Optional<Text> refuse(ClaimFacts facts, Seat seat, ClaimTally tally);

	/** The rule's message, naming it and its figures. */
	String messageKey() {
		return "training.rule." + name();
	}

	/** The rule's short name, for lists and tabs. */
	String nameKey() {
		return "training.rule.name." + name();
	}

	Text text(Object... figures) {
		return Text.of(messageKey(), figures);
	}

	private static String plain(BigDecimal value) {
		return value.setScale(1, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
	}

}
