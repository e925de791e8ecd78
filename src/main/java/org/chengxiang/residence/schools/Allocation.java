package org.chengxiang.residence.schools;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToIntFunction;

/**
 * The round's priority and draw, with no database: the same candidates, places and seed give the same outcome.
 *
 * <p>
 * Each eligible child competes for the places of the school and grade applied for, in this order:
 * <ol>
 * <li>home in the school's catchment grid cells first;</li>
 * <li>then the longer registered residence, in full months up to the round's reference date;</li>
 * <li>then a brother or sister already at the school (declared, or a place accepted in an earlier round);</li>
 * <li>then the lottery: the first 8 bytes of SHA-256 of {@code seed + ":" + id} as a signed number, lowest
 * first, where the seed was published before the draw; the application's id breaks the (improbable) tie.</li>
 * </ol>
 * The first as many as the places are offered one; the others wait in that order. A child not eligible on the
 * reference date gets no rank. The tests and the benchmark hold it against the same rules written as one SQL
 * statement ({@code AllocationSql}).
 */
final class Allocation {

	/** The priority: catchment, months of residence, sibling, lottery, id. */
	static final Comparator<Candidate> PRIORITY = Comparator.comparing(Candidate::catchment)
		.reversed()
		.thenComparing(Comparator.comparingInt(Candidate::months).reversed())
		.thenComparing(Comparator.comparing(Candidate::sibling).reversed())
		.thenComparingLong(Candidate::lottery)
		.thenComparingLong(Candidate::id);

	private Allocation() {
	}

	/** Full months of registered residence from {@code since} to the reference date, never below 0. */
	static int months(LocalDate since, LocalDate reference) {
		int months = (reference.getYear() * 12 + reference.getMonthValue())
				- (since.getYear() * 12 + since.getMonthValue()) - (reference.getDayOfMonth() < since.getDayOfMonth() ? 1 : 0);
		return Math.max(0, months);
	}

	/** The lottery number of an application under a seed. */
	static long lottery(String seed, long id) {
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256")
				.digest((seed + ":" + id).getBytes(StandardCharsets.UTF_8));
			return ByteBuffer.wrap(digest, 0, 8).getLong();
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is not available", ex);
		}
	}

	/**
	 * The outcome of every candidate.
	 *
	 * @param places the places of a school's grade (0 for none)
	 */
	static List<Outcome> allocate(List<Candidate> candidates, ToIntFunction<Slot> places) {
		Map<Slot, List<Candidate>> bySlot = new HashMap<>();
		List<Outcome> outcomes = new ArrayList<>(candidates.size());
		for (Candidate candidate : candidates) {
			if (candidate.eligible()) {
				bySlot.computeIfAbsent(new Slot(candidate.school(), candidate.grade()), s -> new ArrayList<>())
					.add(candidate);
			}
			else {
				outcomes.add(new Outcome(candidate.id(), PlaceStatus.INELIGIBLE, null));
			}
		}
		bySlot.forEach((slot, competing) -> {
			competing.sort(PRIORITY);
			int capacity = places.applyAsInt(slot);
			for (int i = 0; i < competing.size(); i++) {
				int rank = i + 1;
				outcomes.add(new Outcome(competing.get(i).id(), rank <= capacity ? PlaceStatus.OFFERED
						: PlaceStatus.WAITING, rank));
			}
		});
		return outcomes;
	}

	/** A school's grade. */
	record Slot(long school, String grade) {
	}

	/**
	 * An application as the draw sees it.
	 *
	 * @param months full months of registered residence on the reference date
	 * @param lottery its lottery number under the published seed
	 */
	record Candidate(long id, long school, String grade, boolean eligible, boolean catchment, int months,
			boolean sibling, long lottery) {
	}

	/**
	 * What the draw gave an application.
	 *
	 * @param rank its place in the order of its school's grade, {@code null} when not eligible
	 */
	record Outcome(long id, PlaceStatus status, Integer rank) {
	}

}
