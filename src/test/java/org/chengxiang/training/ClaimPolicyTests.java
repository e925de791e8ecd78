package org.chengxiang.training;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.chengxiang.platform.crypto.PersonKey;
import org.chengxiang.platform.domain.Text;
import org.chengxiang.training.ClaimFacts.Past;
import org.chengxiang.training.ClaimFacts.Seat;

import static org.assertj.core.api.Assertions.assertThat;

/** Each claim rule refuses by its name and figures; a line failing two rules names both; a good line is granted. */
class ClaimPolicyTests {

	static final FrozenRules RULES = new FrozenRules(2026, 3, new BigDecimal("0.800"), new BigDecimal("1500.00"), 80);

	static final PersonKey ZHANG = person(1);

	static final PersonKey LI = person(2);

	static PersonKey person(int n) {
		byte[] key = new byte[32];
		key[0] = (byte) n;
		return PersonKey.of(key);
	}

	/** A welder class of 100 hours in sessions, 2 seats, filed the week before it opened. */
	static ClaimFacts facts(FrozenRules rules, int hours, LocalDate filedOn, Seat... seats) {
		return new ClaimFacts("6-25-04-01", SkillLevel.JUNIOR, hours, 2, LocalDate.of(2026, 5, 11), filedOn,
				new BigDecimal("100.0"), rules, List.of(seats));
	}

	static ClaimFacts facts(Seat... seats) {
		return facts(RULES, 100, LocalDate.of(2026, 5, 4), seats);
	}

	static Seat good(int seat, PersonKey person, Past... past) {
		return new Seat(seat, person, seat, new BigDecimal("96.0"), true, List.of(past));
	}

	@Test
	void aCompleteLineIsGrantedTheStandardsAmount() {
		CheckedLine line = ClaimPolicy.check(facts(good(1, ZHANG, new Past("6-25-04-01", SkillLevel.INTERMEDIATE, 2025),
				new Past("4-03-01-01", SkillLevel.JUNIOR, 2026)))).get(0);

		assertThat(line.granted()).isTrue();
		assertThat(line.amount()).isEqualByComparingTo("1500");
		assertThat(line.refusedBy()).isEmpty();
	}

	@Test
	void theSameOccupationAndLevelSubsidisedInAnyYearIsRefused() {
		CheckedLine line = ClaimPolicy.check(facts(good(1, ZHANG, new Past("6-25-04-01", SkillLevel.JUNIOR, 2019))))
			.get(0);

		assertThat(line.refusedBy()).containsExactly(ClaimRule.ALREADY_SUBSIDISED);
		assertThat(line.reasons()).containsExactly(Text.of("training.rule.ALREADY_SUBSIDISED", "2019"));
		assertThat(line.amount()).isZero();
	}

	@Test
	void theYearlyCapCountsThePastTrainingsOfTheRulesYear() {
		Past[] three = { new Past("A-1", SkillLevel.JUNIOR, 2026), new Past("A-2", SkillLevel.JUNIOR, 2026),
				new Past("A-3", SkillLevel.SPECIAL, 2026), new Past("A-4", SkillLevel.JUNIOR, 2025) };
		List<CheckedLine> lines = ClaimPolicy.check(facts(good(1, ZHANG, three),
				good(2, LI, new Past("A-1", SkillLevel.JUNIOR, 2026), new Past("A-2", SkillLevel.JUNIOR, 2026))));

		assertThat(lines.get(0).refusedBy()).containsExactly(ClaimRule.YEARLY_CAP);
		assertThat(lines.get(0).reasons()).containsExactly(Text.of("training.rule.YEARLY_CAP", "3", "3"));
		assertThat(lines.get(1).granted()).as("two of three this year").isTrue();
	}

	@Test
	void theYearlyCapCountsEarlierLinesOfTheSameCheck() {
		Past[] two = { new Past("A-1", SkillLevel.JUNIOR, 2026), new Past("A-2", SkillLevel.JUNIOR, 2026) };
		ClaimFacts facts = new ClaimFacts("B-1", SkillLevel.SPECIAL, 100, 5, LocalDate.of(2026, 5, 11),
				LocalDate.of(2026, 5, 1), new BigDecimal("100"), RULES,
				List.of(good(1, ZHANG, two), new Seat(2, ZHANG, 2, new BigDecimal("100"), true, List.of(two))));

		List<CheckedLine> lines = ClaimPolicy.check(facts);

		assertThat(lines.get(0).granted()).isTrue();
		assertThat(lines.get(1).refusedBy()).contains(ClaimRule.YEARLY_CAP, ClaimRule.ALREADY_SUBSIDISED);
	}

	@Test
	void noPassedExamWithACertificateIsRefused() {
		CheckedLine line = ClaimPolicy
			.check(facts(new Seat(1, ZHANG, 1, new BigDecimal("100"), false, List.of())))
			.get(0);

		assertThat(line.refusedBy()).containsExactly(ClaimRule.NOT_COMPLETED);
		assertThat(line.reasons()).containsExactly(Text.of("training.rule.NOT_COMPLETED"));
	}

	@Test
	void attendanceUnderTheShareIsRefusedAndExactlyTheShareIsNot() {
		List<CheckedLine> lines = ClaimPolicy.check(facts(new Seat(1, ZHANG, 1, new BigDecimal("79.5"), true, List.of()),
				new Seat(2, LI, 2, new BigDecimal("80.0"), true, List.of())));

		assertThat(lines.get(0).refusedBy()).containsExactly(ClaimRule.ATTENDANCE_SHORT);
		assertThat(lines.get(0).reasons()).containsExactly(Text.of("training.rule.ATTENDANCE_SHORT", "79.5", "100", "80"));
		assertThat(lines.get(1).granted()).isTrue();
	}

	@Test
	void aSeatBeyondTheCapacityFiledIsRefused() {
		List<CheckedLine> lines = ClaimPolicy.check(facts(good(1, ZHANG), good(2, LI), good(3, person(3))));

		assertThat(lines).extracting(CheckedLine::granted).containsExactly(true, true, false);
		assertThat(lines.get(2).refusedBy()).containsExactly(ClaimRule.OVER_CAPACITY);
		assertThat(lines.get(2).reasons()).containsExactly(Text.of("training.rule.OVER_CAPACITY", "3", "2"));
	}

	@Test
	void aClassFiledOnItsFirstDayIsRefusedForEveryone() {
		List<CheckedLine> lines = ClaimPolicy.check(facts(RULES, 100, LocalDate.of(2026, 5, 11), good(1, ZHANG), good(2, LI)));

		assertThat(lines).allSatisfy(line -> assertThat(line.refusedBy()).containsExactly(ClaimRule.FILED_LATE));
		assertThat(lines.get(0).reasons())
			.containsExactly(Text.of("training.rule.FILED_LATE", "2026-05-11", "2026-05-11"));
	}

	@Test
	void noStandardForTheYearOrTooFewHoursIsRefused() {
		FrozenRules none = new FrozenRules(2026, 3, new BigDecimal("0.8"), BigDecimal.ZERO, 0);
		CheckedLine noStandard = ClaimPolicy.check(facts(none, 100, LocalDate.of(2026, 5, 4), good(1, ZHANG))).get(0);
		CheckedLine tooShort = ClaimPolicy.check(facts(RULES, 60, LocalDate.of(2026, 5, 4), good(1, ZHANG))).get(0);

		assertThat(noStandard.refusedBy()).containsExactly(ClaimRule.NO_STANDARD);
		assertThat(noStandard.reasons()).containsExactly(Text.of("training.rule.NO_STANDARD", "2026"));
		assertThat(tooShort.refusedBy()).containsExactly(ClaimRule.NO_STANDARD);
		assertThat(tooShort.reasons()).containsExactly(Text.of("training.rule.NO_STANDARD.hours", "60", "80"));
	}

	@Test
	void aLineFailingTwoRulesNamesBothInTheRulesOrder() {
		CheckedLine line = ClaimPolicy.check(facts(new Seat(1, ZHANG, 1, new BigDecimal("10"), false,
				List.of(new Past("6-25-04-01", SkillLevel.JUNIOR, 2024))))).get(0);

		assertThat(line.refusedBy()).containsExactly(ClaimRule.ALREADY_SUBSIDISED, ClaimRule.NOT_COMPLETED,
				ClaimRule.ATTENDANCE_SHORT);
		assertThat(line.reasons()).hasSize(3);
		assertThat(line.amount()).isZero();
	}

}
