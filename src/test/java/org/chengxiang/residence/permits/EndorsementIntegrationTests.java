package org.chengxiang.residence.permits;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import org.chengxiang.platform.crypto.GeneratedIdNumbers;
import org.chengxiang.platform.crypto.PersonKey;
import org.chengxiang.platform.crypto.PersonalDataProtector;
import org.chengxiang.residence.ResidenceFixtures;
import org.chengxiang.residence.ResidencePermits;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The daily lapse of permits whose yearly endorsement was missed, by the official calendar: a deadline on a day off
 * moves to the next working day. National Day 2026: 1 to 7 October off, 8 October a working day. Each test holds
 * permits of its own.
 */
@SpringBootTest
class EndorsementIntegrationTests {

	@Autowired
	PermitLapses lapses;

	@Autowired
	EndorsementDeadlines deadlines;

	@Autowired
	ResidencePermits permits;

	@Autowired
	PersonalDataProtector protector;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aDeadlineOnAHolidayMovesToTheNextWorkingDay() {
		assertThat(deadlines.deadline(LocalDate.of(2026, 10, 1))).isEqualTo(LocalDate.of(2026, 10, 8));
		assertThat(deadlines.deadline(LocalDate.of(2026, 10, 12))).isEqualTo(LocalDate.of(2026, 10, 12));
		// a Saturday made a working day (调休) is one
		assertThat(deadlines.deadline(LocalDate.of(2026, 10, 10))).isEqualTo(LocalDate.of(2026, 10, 10));
		// an ordinary Sunday is not
		assertThat(deadlines.deadline(LocalDate.of(2026, 11, 15))).isEqualTo(LocalDate.of(2026, 11, 16));
	}

	@Test
	void aPermitWhoseYearEndsInTheHolidayLapsesOnlyTheDayAfterTheFirstWorkingDay() {
		PersonKey holder = person();
		long id = ResidenceFixtures.permit(jdbc, holder, LocalDate.of(2025, 10, 2), LocalDate.of(2026, 10, 1));

		lapses.lapseMissed(LocalDate.of(2026, 10, 5));
		assertThat(status(id)).as("in the holiday").isEqualTo("VALID");
		lapses.lapseMissed(LocalDate.of(2026, 10, 8));
		assertThat(status(id)).as("on the first working day after it").isEqualTo("VALID");
		lapses.lapseMissed(LocalDate.of(2026, 10, 9));
		assertThat(status(id)).isEqualTo("LAPSED");
		assertThat(jdbc.sql("select ended_on from residence.permit where id = :id")
			.param("id", id)
			.query(LocalDate.class)
			.single()).isEqualTo(LocalDate.of(2026, 10, 2));
		assertThat(permits.validOn(holder, LocalDate.of(2026, 10, 1))).isTrue();
		assertThat(permits.validOn(holder, LocalDate.of(2026, 10, 9))).isFalse();
	}

	@Test
	void aPermitWhoseYearEndsOnAWorkingDayLapsesTheNextDayOnTime() {
		PersonKey holder = person();
		long endsMonday = ResidenceFixtures.permit(jdbc, holder, LocalDate.of(2025, 10, 13), LocalDate.of(2026, 10, 12));
		long endsTuesday = ResidenceFixtures.permit(jdbc, person(), LocalDate.of(2025, 10, 14),
				LocalDate.of(2026, 10, 13));

		lapses.lapseMissed(LocalDate.of(2026, 10, 12));
		assertThat(status(endsMonday)).isEqualTo("VALID");
		lapses.lapseMissed(LocalDate.of(2026, 10, 13));
		assertThat(status(endsMonday)).isEqualTo("LAPSED");
		assertThat(status(endsTuesday)).isEqualTo("VALID");
		// a second run changes nothing
		lapses.lapseMissed(LocalDate.of(2026, 10, 13));
		assertThat(jdbc.sql("select version from residence.permit where id = :id")
			.param("id", endsMonday)
			.query(Integer.class)
			.single()).isEqualTo(1);
	}

	private String status(long id) {
		return jdbc.sql("select status from residence.permit where id = :id").param("id", id).query(String.class).single();
	}

	private PersonKey person() {
		return protector.personKey(GeneratedIdNumbers.random());
	}

}
