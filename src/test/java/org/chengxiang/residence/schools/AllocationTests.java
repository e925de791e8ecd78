package org.chengxiang.residence.schools;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.chengxiang.residence.schools.Allocation.Candidate;
import org.chengxiang.residence.schools.Allocation.Outcome;

import static org.assertj.core.api.Assertions.assertThat;

/** The published priority, step by step, and the lottery's determinism. */
class AllocationTests {

	@Test
	void catchmentComesBeforeResidenceBeforeSiblingBeforeLottery() {
		Candidate lotteryWinner = new Candidate(1, 1, "P1", true, false, 12, false, -5);
		Candidate sibling = new Candidate(2, 1, "P1", true, false, 12, true, 900);
		Candidate longer = new Candidate(3, 1, "P1", true, false, 30, false, 900);
		Candidate home = new Candidate(4, 1, "P1", true, true, 1, false, 900);
		Candidate lotteryLoser = new Candidate(5, 1, "P1", true, false, 12, false, 7);
		Candidate notEligible = new Candidate(6, 1, "P1", false, true, 99, true, -100);

		List<Outcome> outcomes = Allocation.allocate(
				List.of(lotteryLoser, notEligible, lotteryWinner, sibling, longer, home), slot -> 3);

		assertThat(outcomes).containsExactlyInAnyOrder(new Outcome(4, PlaceStatus.OFFERED, 1),
				new Outcome(3, PlaceStatus.OFFERED, 2), new Outcome(2, PlaceStatus.OFFERED, 3),
				new Outcome(1, PlaceStatus.WAITING, 4), new Outcome(5, PlaceStatus.WAITING, 5),
				new Outcome(6, PlaceStatus.INELIGIBLE, null));
	}

	@Test
	void theLotteryDependsOnTheSeedAndTheApplicationOnly() {
		assertThat(Allocation.lottery("seed-2026", 42)).isEqualTo(Allocation.lottery("seed-2026", 42));
		assertThat(Allocation.lottery("seed-2026", 42)).isNotEqualTo(Allocation.lottery("seed-2026", 43));
		assertThat(Allocation.lottery("seed-2026", 42)).isNotEqualTo(Allocation.lottery("seed-2027", 42));
		// SHA-256("abc:1") = 4a7b...: its first 8 bytes as a signed number, as the SQL statement reads them
		assertThat(Allocation.lottery("abc", 1)).isEqualTo(new java.math.BigInteger(sha256Hex("abc:1").substring(0, 16), 16).longValue());
	}

	@Test
	void monthsOfResidenceCountFullMonthsOnly() {
		assertThat(Allocation.months(LocalDate.of(2025, 1, 31), LocalDate.of(2026, 6, 30))).isEqualTo(16);
		assertThat(Allocation.months(LocalDate.of(2025, 6, 30), LocalDate.of(2026, 6, 30))).isEqualTo(12);
		assertThat(Allocation.months(LocalDate.of(2026, 7, 1), LocalDate.of(2026, 6, 30))).isZero();
	}

	@Test
	void noPlacesMeansEveryoneWaits() {
		List<Outcome> outcomes = Allocation.allocate(List.of(new Candidate(1, 9, "K1", true, true, 5, false, 0)),
				slot -> 0);
		assertThat(outcomes).containsExactly(new Outcome(1, PlaceStatus.WAITING, 1));
	}

	private static String sha256Hex(String text) {
		try {
			return java.util.HexFormat.of()
				.formatHex(java.security.MessageDigest.getInstance("SHA-256")
					.digest(text.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
		}
		catch (java.security.NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
