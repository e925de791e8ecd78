package org.chengxiang.residence.housing;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.chengxiang.platform.crypto.PersonKey;
import org.chengxiang.platform.crypto.PersonalDataProtector;
import org.chengxiang.platform.domain.RuleBroken.Problem;
import org.chengxiang.residence.ResidencePermits;
import org.chengxiang.services.ServiceItemHandler.Applicant;
import org.chengxiang.settlement.LocalHukou;

import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

/**
 * The eligibility rules and the points of public rental housing, with the limits taken from the rules as data.
 */
class HousingPolicyTests {

	static final HousingRule RULE = new HousingRule(3000, new BigDecimal("15.0"), 10, 5, 20, 2, 100, 1,
			new BigDecimal("1.0"), 0);

	static final String ID = "210882199003071516";

	static final LocalDate TODAY = LocalDate.of(2026, 12, 7);

	@Test
	void anEligibleHouseholdPassesEveryRule() {
		assertThat(HousingPolicy.decide(new Household(3, 6000, BigDecimal.ZERO), facts(true, RULE))).isEmpty();
	}

	@Test
	void everyFailingRuleIsNamedAtOnceWithItsField() {
		List<Problem> problems = HousingPolicy.decide(new Household(2, 8000, new BigDecimal("40.0")),
				new HousingFacts(false, RULE, true));
		assertThat(problems).extracting(Problem::rule)
			.containsExactly("localHukouOrPermitPolicy", "incomeWithinLimitPolicy", "housingAreaBelowLimitPolicy",
					"notAlreadyWaitingPolicy");
		assertThat(problems).extracting(Problem::field)
			.containsExactly("applicant", "householdIncome", "housingArea", "applicant");
		assertThat(((org.chengxiang.platform.domain.Text) problems.get(1).text().args()[0]).key())
			.isEqualTo("residence.housing.rejection.income");
	}

	@Test
	void theLimitsAreTheRulesData() {
		Household household = new Household(2, 5000, new BigDecimal("20.0")); // 2,500 a head, 10 m² a head
		assertThat(HousingPolicy.decide(household, facts(true, RULE))).isEmpty();
		HousingRule stricter = new HousingRule(2000, new BigDecimal("10.0"), 10, 5, 20, 2, 100, 1,
				new BigDecimal("1.0"), 1);
		assertThat(HousingPolicy.decide(household, facts(true, stricter))).extracting(Problem::rule)
			.containsExactly("incomeWithinLimitPolicy", "housingAreaBelowLimitPolicy");
	}

	@Test
	void anIncomeExactlyAtTheLimitIsEligibleAndAnAreaAtTheLimitIsNot() {
		assertThat(HousingPolicy.decide(new Household(1, 3000, new BigDecimal("14.9")), facts(true, RULE))).isEmpty();
		assertThat(HousingPolicy.decide(new Household(1, 3001, new BigDecimal("15.0")), facts(true, RULE)))
			.extracting(Problem::rule)
			.containsExactly("incomeWithinLimitPolicy", "housingAreaBelowLimitPolicy");
	}

	@Test
	void pointsAddUpFromTheRulesAndSayWhy() {
		// 3 members: 30; no housing: 20; 1,500 a head is 15 steps of 100 below 3,000: 30; 0 m² is 15 steps below 15: 15
		HousingPoints.Score score = HousingPoints.score(new Household(3, 4500, BigDecimal.ZERO), RULE);
		assertThat(score.total()).isEqualTo(95);
		assertThat(score.parts()).extracting(HousingPoints.Part::key)
			.containsExactly("residence.housing.points.members", "residence.housing.points.withoutHousing",
					"residence.housing.points.income", "residence.housing.points.area");
		assertThat(score.parts()).extracting(HousingPoints.Part::points).containsExactly(30, 20, 30, 15);
		// members beyond those counted give nothing more
		assertThat(HousingPoints.score(new Household(8, 0, new BigDecimal("100.0")), RULE).parts().get(0).points())
			.isEqualTo(50);
	}

	@Test
	void theSameHouseholdAlwaysScoresTheSame() {
		Household household = new Household(4, 7000, new BigDecimal("22.5"));
		assertThat(List.of(1, 2, 3).stream().map(i -> HousingPoints.score(household, RULE)).distinct()).hasSize(1);
	}

	@Test
	void theHandlerAsksLocalHukouOrAValidPermitOnTheDay() {
		PersonalDataProtector protector = mock(PersonalDataProtector.class);
		PersonKey key = new PersonKey("ab".repeat(32));
		when(protector.personKey(ID)).thenReturn(key);
		LocalHukou hukou = mock(LocalHukou.class);
		ResidencePermits permits = mock(ResidencePermits.class);
		HousingRules rules = mock(HousingRules.class);
		when(rules.current()).thenReturn(RULE);
		WaitingList waitingList = mock(WaitingList.class);
		Clock clock = Clock.fixed(TODAY.atStartOfDay(ZoneId.of("Asia/Shanghai")).toInstant(),
				ZoneId.of("Asia/Shanghai"));
		HousingHandler handler = new HousingHandler(JsonMapper.builder().build(), rules, waitingList, hukou, permits,
				protector, clock);
		String form = "{\"householdSize\":\"3\",\"householdIncome\":\"4500\",\"housingArea\":\"0\"}";
		Applicant applicant = new Applicant(1, "申请人", ID);

		assertThat(handler.validate(form, applicant)).extracting(Problem::rule)
			.containsExactly("localHukouOrPermitPolicy");
		when(permits.validOn(eq(key), eq(TODAY))).thenReturn(true);
		assertThat(handler.validate(form, applicant)).as("a valid permit on the day").isEmpty();
		when(permits.validOn(any(PersonKey.class), any(LocalDate.class))).thenReturn(false);
		when(hukou.holds(key)).thenReturn(true);
		assertThat(handler.validate(form, applicant)).as("local hukou").isEmpty();
	}

	@Test
	void aFieldThatIsNoNumberIsNamed() {
		HousingHandler handler = new HousingHandler(JsonMapper.builder().build(), mock(HousingRules.class),
				mock(WaitingList.class), mock(LocalHukou.class), mock(ResidencePermits.class),
				mock(PersonalDataProtector.class), Clock.systemUTC());
		assertThat(handler.validate("{\"householdSize\":\"three\",\"householdIncome\":\"1\",\"housingArea\":\"0\"}",
				new Applicant(1, "申请人", ID)))
			.extracting(Problem::field)
			.containsExactly("householdSize");
		assertThat(handler.validate("{\"householdSize\":\"0\",\"housingArea\":\"-1\"}", new Applicant(1, "申请人", ID)))
			.extracting(Problem::field)
			.containsExactly("householdSize", "householdIncome", "housingArea");
	}

	private static HousingFacts facts(boolean residesLawfully, HousingRule rule) {
		return new HousingFacts(residesLawfully, rule, false);
	}

}
