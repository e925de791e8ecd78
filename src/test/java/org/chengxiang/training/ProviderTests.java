package org.chengxiang.training;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.chengxiang.platform.domain.RuleBroken;
import org.chengxiang.platform.domain.StepRefused;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A provider's approval, suspension and reinstatement, and a year's claim rules, as their aggregates guard them. */
class ProviderTests {

	@Test
	void anInstitutionNeedsItsLicenceAndOnlyAnEnterpriseCarriesThePlansMarks() {
		assertThatThrownBy(() -> Provider.approve(1, details(ProviderKind.INSTITUTION, " "), LocalDate.of(2025, 3, 1)))
			.isInstanceOfSatisfying(RuleBroken.class,
					ex -> assertThat(ex.problems().get(0).field()).isEqualTo("licenceNumber"));
		Provider school = Provider.approve(1, details(ProviderKind.INSTITUTION, "许可 1"), LocalDate.of(2025, 3, 1));
		assertThat(school.aboveScale()).isFalse();
		assertThat(school.manyMigrants()).isFalse();
		Provider enterprise = Provider.approve(2, details(ProviderKind.ENTERPRISE, ""), LocalDate.of(2025, 3, 1));
		assertThat(enterprise.licenceNumber()).isNull();
		assertThat(enterprise.aboveScale()).isTrue();
		assertThat(enterprise.status()).isEqualTo(ProviderStatus.APPROVED);
	}

	@ParameterizedTest
	@CsvSource({ "APPROVED, SUSPEND, SUSPENDED", "APPROVED, REINSTATE, ", "SUSPENDED, SUSPEND, ",
			"SUSPENDED, REINSTATE, APPROVED" })
	void eachStepIsAllowedFromItsStatusOnly(ProviderStatus from, String step, ProviderStatus after) {
		Provider provider = Provider.approve(2, details(ProviderKind.ENTERPRISE, null), LocalDate.of(2025, 3, 1));
		if (from == ProviderStatus.SUSPENDED) {
			provider.suspend();
		}
		Runnable apply = "SUSPEND".equals(step) ? provider::suspend : provider::reinstate;
		if (after != null) {
			apply.run();
			assertThat(provider.status()).isEqualTo(after);
		}
		else {
			assertThatThrownBy(apply::run).isInstanceOf(StepRefused.class);
			assertThat(provider.status()).isEqualTo(from);
		}
	}

	@ParameterizedTest
	@CsvSource({ "3, 80, 0.800", "1, 87.5, 0.875", "12, 100, 1.000", "2, 0.5, 0.005" })
	void rulesKeepTheShareOfThePercentTyped(int cap, String percent, String share) {
		RuleYear rules = RuleYear.set(2030, cap, new BigDecimal(percent), "hrss", Instant.EPOCH);
		assertThat(rules.attendanceShare()).isEqualByComparingTo(share);
		assertThat(rules.attendancePercent()).isEqualByComparingTo(percent);
	}

	@ParameterizedTest
	@CsvSource({ "0, 80, yearlyCap", "13, 80, yearlyCap", "3, 0, attendancePercent", "3, 100.1, attendancePercent",
			"3, 85.55, attendancePercent", "3, -5, attendancePercent" })
	void rulesOutOfRangeAreRefusedByTheirField(int cap, String percent, String field) {
		assertThatThrownBy(() -> RuleYear.set(2030, cap, new BigDecimal(percent), "hrss", Instant.EPOCH))
			.isInstanceOfSatisfying(RuleBroken.class, ex -> assertThat(ex.problems().get(0).field()).isEqualTo(field));
	}

	private static Provider.Details details(ProviderKind kind, String licence) {
		return new Provider.Details("测试机构", "91350100M000100Y43", kind, licence, true, true, "周老师", new byte[] { 1 });
	}

}
