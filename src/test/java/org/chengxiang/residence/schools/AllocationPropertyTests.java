package org.chengxiang.residence.schools;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

import org.chengxiang.residence.schools.Allocation.Candidate;
import org.chengxiang.residence.schools.Allocation.Outcome;
import org.chengxiang.residence.schools.Allocation.Slot;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Over random schools, places and applicants: no school's grade is offered more places than it has, every place
 * is filled while someone eligible waits, and no eligible applicant is passed over for one of lower priority.
 */
class AllocationPropertyTests {

	private static final List<String> GRADES = List.of("K1", "P1", "J1");

	@Property(tries = 300)
	void capacityIsHonouredAndPriorityRespected(@ForAll("candidates") List<Candidate> candidates,
			@ForAll("places") Map<Slot, Integer> places) {
		List<Outcome> outcomes = Allocation.allocate(candidates, slot -> places.getOrDefault(slot, 0));

		Map<Long, Candidate> byId = new HashMap<>();
		candidates.forEach(c -> byId.put(c.id(), c));
		assertThat(outcomes).hasSameSizeAs(candidates);
		Map<Slot, List<Candidate>> offered = new HashMap<>();
		Map<Slot, List<Candidate>> waiting = new HashMap<>();
		for (Outcome outcome : outcomes) {
			Candidate candidate = byId.get(outcome.id());
			Slot slot = new Slot(candidate.school(), candidate.grade());
			switch (outcome.status()) {
				case INELIGIBLE -> assertThat(candidate.eligible()).isFalse();
				case OFFERED -> offered.computeIfAbsent(slot, s -> new ArrayList<>()).add(candidate);
				case WAITING -> waiting.computeIfAbsent(slot, s -> new ArrayList<>()).add(candidate);
				default -> throw new AssertionError("unexpected outcome " + outcome);
			}
			if (outcome.status() != PlaceStatus.INELIGIBLE) {
				assertThat(candidate.eligible()).isTrue();
			}
		}
		for (Slot slot : union(offered, waiting)) {
			int capacity = places.getOrDefault(slot, 0);
			List<Candidate> in = offered.getOrDefault(slot, List.of());
			List<Candidate> out = waiting.getOrDefault(slot, List.of());
			assertThat(in.size()).as("offers at %s", slot).isLessThanOrEqualTo(capacity);
			if (!out.isEmpty()) {
				assertThat(in.size()).as("places left empty at %s while children wait", slot).isEqualTo(capacity);
			}
			for (Candidate waits : out) {
				for (Candidate got : in) {
					assertThat(Allocation.PRIORITY.compare(got, waits))
						.as("%s offered before %s, who has higher priority", got, waits)
						.isNegative();
				}
			}
		}
	}

	@Property(tries = 100)
	void theSameCandidatesInAnyOrderGiveTheSameOutcome(@ForAll("candidates") List<Candidate> candidates,
			@ForAll("places") Map<Slot, Integer> places, @ForAll @IntRange(min = 0, max = 1000) int shuffleSeed) {
		List<Candidate> shuffled = new ArrayList<>(candidates);
		java.util.Collections.shuffle(shuffled, new java.util.Random(shuffleSeed));
		assertThat(Allocation.allocate(shuffled, slot -> places.getOrDefault(slot, 0)))
			.containsExactlyInAnyOrderElementsOf(Allocation.allocate(candidates, slot -> places.getOrDefault(slot, 0)));
	}

	private static java.util.Set<Slot> union(Map<Slot, ?> a, Map<Slot, ?> b) {
		java.util.Set<Slot> all = new java.util.HashSet<>(a.keySet());
		all.addAll(b.keySet());
		return all;
	}

	@Provide
	Arbitrary<List<Candidate>> candidates() {
		Arbitrary<Candidate> candidate = Combinators.combine(Arbitraries.longs().between(1, 5),
				Arbitraries.of(GRADES), Arbitraries.of(true, true, true, false), Arbitraries.of(true, false),
				Arbitraries.integers().between(0, 24), Arbitraries.of(true, false), Arbitraries.longs())
			.as((school, grade, eligible, catchment, months, sibling, lottery) -> new Candidate(0, school, grade,
					eligible, catchment, months, sibling, lottery));
		return candidate.list().ofMaxSize(120).map(list -> {
			List<Candidate> numbered = new ArrayList<>();
			for (int i = 0; i < list.size(); i++) {
				Candidate c = list.get(i);
				numbered.add(new Candidate(i + 1, c.school(), c.grade(), c.eligible(), c.catchment(), c.months(),
						c.sibling(), c.lottery()));
			}
			return numbered;
		});
	}

	@Provide
	Arbitrary<Map<Slot, Integer>> places() {
		return Arbitraries.maps(Combinators.combine(Arbitraries.longs().between(1, 5), Arbitraries.of(GRADES))
			.as(Slot::new), Arbitraries.integers().between(0, 20)).ofMaxSize(15);
	}

}
