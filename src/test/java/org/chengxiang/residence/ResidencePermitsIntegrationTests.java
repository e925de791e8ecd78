package org.chengxiang.residence;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import org.chengxiang.platform.crypto.GeneratedIdNumbers;
import org.chengxiang.platform.crypto.PersonKey;
import org.chengxiang.platform.crypto.PersonalDataProtector;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The question other modules ask: was a permit valid on a day, for one person and for many. Each test holds people of
 * its own (fresh ID numbers), so the demo permits and other tests' do not count.
 */
@SpringBootTest
class ResidencePermitsIntegrationTests {

	static final LocalDate FROM = LocalDate.of(2026, 3, 1);

	static final LocalDate UNTIL = LocalDate.of(2027, 2, 28);

	@Autowired
	ResidencePermits permits;

	@Autowired
	PersonalDataProtector protector;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aPermitCountsFromItsFirstDayThroughItsLastAndNotBeyond() {
		PersonKey holder = person();
		ResidenceFixtures.permit(jdbc, holder, FROM, UNTIL);

		assertThat(permits.validOn(holder, FROM.minusDays(1))).isFalse();
		assertThat(permits.validOn(holder, FROM)).isTrue();
		assertThat(permits.validOn(holder, UNTIL)).isTrue();
		assertThat(permits.validOn(holder, UNTIL.plusDays(1))).isFalse();
		assertThat(permits.validOn(person(), FROM)).as("a person without a permit").isFalse();
	}

	@Test
	void anEndedPermitStopsCountingOnItsEndDayAndItsReplacementTakesOver() {
		PersonKey lapsed = person();
		LocalDate lapsedOn = LocalDate.of(2026, 9, 1);
		ResidenceFixtures.permit(jdbc, lapsed, FROM, UNTIL, lapsedOn, "LAPSED");
		assertThat(permits.validOn(lapsed, lapsedOn.minusDays(1))).isTrue();
		assertThat(permits.validOn(lapsed, lapsedOn)).isFalse();

		PersonKey replaced = person();
		LocalDate replacedOn = LocalDate.of(2026, 6, 15);
		ResidenceFixtures.permit(jdbc, replaced, FROM, UNTIL, replacedOn, "REPLACED");
		ResidenceFixtures.permit(jdbc, replaced, replacedOn, UNTIL);
		assertThat(IntStream.rangeClosed(-2, 2).mapToObj(d -> permits.validOn(replaced, replacedOn.plusDays(d))))
			.as("covered on every day around the replacement")
			.containsOnly(true);
	}

	@Test
	void theBatchAnswersTheSameAsOneByOne() {
		PersonKey valid = person();
		PersonKey expired = person();
		PersonKey cancelled = person();
		PersonKey none = person();
		ResidenceFixtures.permit(jdbc, valid, FROM, UNTIL);
		ResidenceFixtures.permit(jdbc, expired, FROM.minusYears(2), FROM.minusYears(1));
		ResidenceFixtures.permit(jdbc, cancelled, FROM, UNTIL, FROM.plusMonths(1), "CANCELLED");
		LocalDate day = FROM.plusMonths(2);
		List<PersonKey> asked = List.of(valid, expired, cancelled, none);

		assertThat(permits.validOn(asked, day)).containsExactly(valid)
			.isEqualTo(asked.stream().filter(p -> permits.validOn(p, day)).collect(java.util.stream.Collectors.toSet()));
		assertThat(permits.validOn(List.of(), day)).isEmpty();
	}

	@Test
	void aPersonKeyIsTheIndexOfTheNormalisedNumber() {
		String number = GeneratedIdNumbers.withCheck("21088219900101123");
		assertThat(protector.personKey(number.toLowerCase())).isEqualTo(protector.personKey(" " + number + " "));
	}

	private PersonKey person() {
		return protector.personKey(GeneratedIdNumbers.random());
	}

}
