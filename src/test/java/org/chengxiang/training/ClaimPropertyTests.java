package org.chengxiang.training;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import org.chengxiang.platform.crypto.PersonKey;
import org.chengxiang.training.ClaimChecks.CheckedClaim;
import org.chengxiang.training.ClaimFacts.Past;
import org.chengxiang.training.ClaimFacts.Seat;

import org.springframework.test.util.ReflectionTestUtils;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Over any sequence of classes (random occupations, levels, years, capacities, filing days, attendance and results)
 * claimed for a small pool of people, then cut, returned, reviewed, approved and paid at random, in memory with the
 * policy and the aggregate, the subsidised table modelled as a map under its primary key: nobody is ever granted twice
 * for one occupation and level, nor beyond the year's cap, no line is granted that a rule forbids, and the ledger of
 * payments adds up exactly to the granted lines of the claims paid.
 */
class ClaimPropertyTests {

	static final int PEOPLE = 6;

	static final BigDecimal STANDARD = new BigDecimal("1500.00");

	static final int MIN_HOURS = 80;

	static final BigDecimal SHARE = new BigDecimal("0.800");

	static final BigDecimal SESSION_HOURS = new BigDecimal("100");

	static final Instant AT = Instant.parse("2026-01-01T00:00:00Z");

	/** What happens to a claim after it is submitted. */
	enum Fate {
		LEFT, RETURNED_AT_ONCE, RETURNED_AFTER_REVIEW, REVIEWED, APPROVED, PAID
	}

	record Trainee(int person, int attendedHours, boolean certified, boolean cut) {
	}

	record ClassSpec(String occupation, SkillLevel level, int year, int hours, int capacity, int filedDaysBefore,
			boolean standard, List<Trainee> roster, Fate fate) {
	}

	/** The subsidised table's key. */
	record Held(PersonKey person, String occupation, SkillLevel level) {
	}

	@Property(tries = 300)
	void nobodyIsPaidBeyondTheRulesAndTheLedgerAddsUp(@ForAll("classes") List<ClassSpec> classes,
			@ForAll("caps") Map<Integer, Integer> caps) {
		Map<Held, Integer> subsidised = new HashMap<>();
		Map<Long, Held> heldByLine = new HashMap<>();
		Map<Long, ClassSpec> classOfLine = new HashMap<>();
		Map<Long, Trainee> traineeOfLine = new HashMap<>();
		Map<Long, Integer> seatOfLine = new HashMap<>();
		List<Claim> claims = new ArrayList<>();
		BigDecimal ledger = BigDecimal.ZERO;
		long nextLine = 1;

		for (ClassSpec spec : classes) {
			FrozenRules rules = new FrozenRules(spec.year(), caps.get(spec.year()), SHARE,
					spec.standard() ? STANDARD : BigDecimal.ZERO, spec.standard() ? MIN_HOURS : 0);
			List<Seat> seats = new ArrayList<>();
			Map<Long, Trainee> trainees = new HashMap<>();
			int seat = 0;
			for (Trainee trainee : spec.roster()) {
				seat++;
				PersonKey person = person(trainee.person());
				List<Past> past = subsidised.entrySet()
					.stream()
					.filter(e -> e.getKey().person().equals(person))
					.map(e -> new Past(e.getKey().occupation(), e.getKey().level(), e.getValue()))
					.toList();
				long line = nextLine++;
				trainees.put(line, trainee);
				seatOfLine.put(line, seat);
				seats.add(new Seat(line, person, seat, BigDecimal.valueOf(trainee.attendedHours()), trainee.certified(),
						past));
			}
			LocalDate starts = LocalDate.of(spec.year(), 5, 10);
			ClaimFacts facts = new ClaimFacts(spec.occupation(), spec.level(), spec.hours(), spec.capacity(), starts,
					starts.minusDays(spec.filedDaysBefore()), SESSION_HOURS, rules, seats);
			CheckedClaim checked = new CheckedClaim(claims.size() + 1, rules, ClaimPolicy.check(facts));
			Claim claim = Claim.submit("PXBT" + spec.year() + "-" + claims.size(), 1, true, false, checked, AT, "p");
			claim.lines().forEach(l -> ReflectionTestUtils.setField(l, "id", l.enrolmentId()));
			claims.add(claim);

			// the subsidised rows the submission inserts: a second for the same key would break its primary key
			for (ClaimLine line : claim.lines()) {
				classOfLine.put(line.id(), spec);
				traineeOfLine.put(line.id(), trainees.get(line.id()));
				if (line.granted()) {
					Held held = new Held(person(trainees.get(line.id()).person()), spec.occupation(), spec.level());
					assertThat(subsidised).as("granted twice: %s", held).doesNotContainKey(held);
					subsidised.put(held, spec.year());
					heldByLine.put(line.id(), held);
				}
			}
			for (ClaimLine line : claim.lines()) {
				if (line.granted() && traineeOfLine.get(line.id()).cut()) {
					claim.cut(line.id(), "核减", "hrss");
					subsidised.remove(heldByLine.remove(line.id()));
				}
			}
			switch (spec.fate()) {
				case LEFT -> {
				}
				case RETURNED_AT_ONCE -> release(claim.lines(), subsidised, heldByLine, () -> claim.returnToProvider("退回", AT, "hrss"));
				case RETURNED_AFTER_REVIEW -> {
					claim.review(AT, "hrss");
					release(claim.lines(), subsidised, heldByLine, () -> claim.returnToProvider("退回", AT, "finance"));
				}
				case REVIEWED -> claim.review(AT, "hrss");
				case APPROVED, PAID -> {
					claim.review(AT, "hrss");
					claim.approve(AT, "finance");
					if (spec.fate() == Fate.PAID) {
						claim.markPaid();
						ledger = ledger.add(claim.granted());
					}
				}
			}
		}

		// what the claims still standing grant
		Set<Held> grantedOnce = new HashSet<>();
		Map<String, Integer> perPersonYear = new HashMap<>();
		BigDecimal paid = BigDecimal.ZERO;
		for (Claim claim : claims) {
			if (claim.status() == ClaimStatus.RETURNED) {
				continue;
			}
			for (ClaimLine line : claim.lines()) {
				if (!line.granted()) {
					assertThat(line.amount()).isZero();
					continue;
				}
				ClassSpec spec = classOfLine.get(line.id());
				Trainee trainee = traineeOfLine.get(line.id());
				Held held = new Held(person(trainee.person()), spec.occupation(), spec.level());
				assertThat(grantedOnce.add(held)).as("granted twice: %s", held).isTrue();
				int inYear = perPersonYear.merge(trainee.person() + "/" + spec.year(), 1, Integer::sum);
				assertThat(inYear).as("beyond the cap of %d", spec.year()).isLessThanOrEqualTo(caps.get(spec.year()));
				// no rule forbids it
				assertThat(trainee.certified()).isTrue();
				assertThat(BigDecimal.valueOf(trainee.attendedHours()))
					.isGreaterThanOrEqualTo(SESSION_HOURS.multiply(SHARE));
				assertThat(seatOfLine.get(line.id())).isLessThanOrEqualTo(spec.capacity());
				assertThat(spec.filedDaysBefore()).isPositive();
				assertThat(spec.standard()).isTrue();
				assertThat(spec.hours()).isGreaterThanOrEqualTo(MIN_HOURS);
				assertThat(line.amount()).isEqualByComparingTo(STANDARD);
			}
			if (claim.status() == ClaimStatus.PAID) {
				paid = paid.add(claim.lines()
					.stream()
					.filter(ClaimLine::granted)
					.map(ClaimLine::amount)
					.reduce(BigDecimal.ZERO, BigDecimal::add));
			}
		}
		assertThat(ledger).isEqualByComparingTo(paid);
		assertThat(subsidised.keySet()).as("the table holds exactly the granted lines standing").isEqualTo(grantedOnce);
	}

	private static void release(List<ClaimLine> lines, Map<Held, Integer> subsidised, Map<Long, Held> heldByLine,
			Runnable step) {
		step.run();
		lines.forEach(line -> {
			Held held = heldByLine.remove(line.id());
			if (held != null) {
				subsidised.remove(held);
			}
		});
	}

	static PersonKey person(int n) {
		byte[] key = new byte[32];
		key[31] = (byte) n;
		return PersonKey.of(key);
	}

	@Provide
	Arbitrary<Map<Integer, Integer>> caps() {
		return Combinators.combine(Arbitraries.integers().between(1, 3), Arbitraries.integers().between(1, 3),
				Arbitraries.integers().between(1, 3)).as((a, b, c) -> Map.of(2025, a, 2026, b, 2027, c));
	}

	@Provide
	Arbitrary<List<ClassSpec>> classes() {
		Arbitrary<Trainee> trainee = Combinators.combine(Arbitraries.integers().between(0, PEOPLE - 1),
				Arbitraries.of(100, 90, 80, 79, 40, 0), Arbitraries.of(true, true, true, false),
				Arbitraries.of(false, false, false, false, true))
			.as(Trainee::new);
		Arbitrary<List<Trainee>> roster = trainee.list()
			.ofMinSize(1)
			.ofMaxSize(PEOPLE)
			.uniqueElements(Trainee::person);
		Arbitrary<ClassSpec> spec = Combinators
			.combine(Arbitraries.of("6-25-04-01", "4-03-01-01", "S-001"),
					Arbitraries.of(SkillLevel.SPECIAL, SkillLevel.JUNIOR, SkillLevel.INTERMEDIATE),
					Arbitraries.integers().between(2025, 2027), Arbitraries.of(60, 80, 100, 120),
					Arbitraries.integers().between(1, PEOPLE), Arbitraries.of(-2, 0, 1, 7, 30),
					Arbitraries.of(true, true, true, false), roster)
			.as((occupation, level, year, hours, capacity, filed, standard, trainees) -> new Object[] { occupation,
					level, year, hours, capacity, filed, standard, trainees })
			.flatMap(parts -> Arbitraries.of(Fate.values())
				.map(fate -> new ClassSpec((String) parts[0], (SkillLevel) parts[1], (Integer) parts[2],
						(Integer) parts[3], (Integer) parts[4], (Integer) parts[5], (Boolean) parts[6],
						castRoster(parts[7]), fate)));
		return spec.list().ofMinSize(1).ofMaxSize(25);
	}

	@SuppressWarnings("unchecked")
	private static List<Trainee> castRoster(Object roster) {
		return (List<Trainee>) roster;
	}

}
