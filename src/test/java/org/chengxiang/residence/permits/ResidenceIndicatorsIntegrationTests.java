package org.chengxiang.residence.permits;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.chengxiang.plan.IndicatorSource;
import org.chengxiang.plan.IndicatorSource.IndicatorScope;
import org.chengxiang.platform.crypto.GeneratedIdNumbers;
import org.chengxiang.platform.crypto.PersonalDataProtector;
import org.chengxiang.residence.PlanTask;
import org.chengxiang.residence.ResidenceFixtures;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The plan's indicators of task (三): permits issued in the plan's year (2043, a year no other test writes to),
 * permits valid today rising with a new one, and the entitlements counted from the data.
 */
@SpringBootTest
class ResidenceIndicatorsIntegrationTests {

	@Autowired
	List<IndicatorSource> indicators;

	@Autowired
	PersonalDataProtector protector;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	java.time.Clock clock;

	@Test
	void permitsIssuedInTheYearValidTodayAndTheEntitlementsAreMeasured() {
		double validBefore = measure("residence.permits-valid", 2043);
		ResidenceFixtures.permit(jdbc, protector.personKey(GeneratedIdNumbers.random()), LocalDate.of(2043, 2, 1),
				LocalDate.of(2044, 1, 31));
		ResidenceFixtures.permit(jdbc, protector.personKey(GeneratedIdNumbers.random()), LocalDate.of(2043, 5, 1),
				LocalDate.of(2044, 4, 30));
		LocalDate today = LocalDate.now(clock);
		ResidenceFixtures.permit(jdbc, protector.personKey(GeneratedIdNumbers.random()), today, today.plusYears(1));

		assertThat(measure("residence.permits-issued", 2043)).isEqualTo(2.0);
		assertThat(measure("residence.permits-valid", 2043)).isEqualTo(validBefore + 1);
		assertThat(measure("residence.entitlements", 2043)).isEqualTo(
				jdbc.sql("select count(*) from residence.entitlement where active").query(Long.class).single()
					.doubleValue())
			.isGreaterThanOrEqualTo(13.0);
		assertThat(indicators.stream().filter(i -> i.key().startsWith("residence.")))
			.allSatisfy(i -> assertThat(i.measuredTask()).isEqualTo(PlanTask.WORDS));
	}

	private double measure(String key, int year) {
		return indicators.stream()
			.filter(i -> i.key().equals(key))
			.findFirst()
			.orElseThrow()
			.measure(new IndicatorScope(1, year, 1))
			.orElseThrow()
			.value();
	}

}
