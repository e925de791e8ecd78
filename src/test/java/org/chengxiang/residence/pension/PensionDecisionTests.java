package org.chengxiang.residence.pension;

import java.lang.reflect.RecordComponent;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

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
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

/**
 * Pension enrolment has no hukou restriction: the decision's inputs hold no hukou field, and a person from another
 * province with a valid permit enrols; the band is data of the year.
 */
class PensionDecisionTests {

	static final LocalDate TODAY = LocalDate.of(2026, 12, 7);

	static final PensionBand BAND = new PensionBand(2026, 3800, 19000, 0);

	/** Sichuan, Chengdu: another province. */
	static final String FROM_SICHUAN = org.chengxiang.platform.crypto.GeneratedIdNumbers.of("510104",
			LocalDate.of(1988, 6, 1), 35);

	@Test
	void theDecisionsInputsHoldNoHukouField() {
		List<String> names = Stream.of(PensionForm.class, PensionApplication.class, PensionFacts.class)
			.flatMap(type -> Arrays.stream(type.getRecordComponents()))
			.map(RecordComponent::getName)
			.toList();
		assertThat(names).containsExactlyInAnyOrder("contributionBase", "contributionBase", "year", "residesLawfully",
				"band", "alreadyEnrolled");
		assertThat(names).noneMatch(name -> name.toLowerCase().matches(".*(hukou|household|origin|registr|province).*"));
	}

	@Test
	void aPersonFromAnotherProvinceWithAValidPermitEnrolsAndHukouIsNeverAskedWhenThePermitAnswers() {
		Fixture fixture = new Fixture();
		when(fixture.permits.validOn(fixture.key, TODAY)).thenReturn(true);
		when(fixture.hukou.holds(fixture.key)).thenReturn(false);
		// a hukou field the form may carry is not read
		assertThat(fixture.handler.validate("{\"contributionBase\":\"5000\",\"hukouProvince\":\"四川省\"}",
				fixture.applicant)).isEmpty();
	}

	@Test
	void localHukouAloneEnrolsWithoutAPermit() {
		Fixture fixture = new Fixture();
		when(fixture.hukou.holds(fixture.key)).thenReturn(true);
		assertThat(fixture.handler.validate("{\"contributionBase\":\"5000\"}", fixture.applicant)).isEmpty();
		verify(fixture.permits, never()).validOn(any(PersonKey.class), any(LocalDate.class));
	}

	@Test
	void neitherHukouNorPermitIsRefusedByTheNamedRule() {
		Fixture fixture = new Fixture();
		assertThat(fixture.handler.validate("{\"contributionBase\":\"5000\"}", fixture.applicant))
			.extracting(Problem::rule)
			.containsExactly("residesLawfullyPolicy");
	}

	@Test
	void theBandIsTheYearsData() {
		PensionApplication low = new PensionApplication(3799, 2026);
		PensionApplication edge = new PensionApplication(3800, 2026);
		assertThat(PensionPolicy.decide(edge, new PensionFacts(true, Optional.of(BAND), false))).isEmpty();
		assertThat(PensionPolicy.decide(low, new PensionFacts(true, Optional.of(BAND), false)))
			.extracting(Problem::field, Problem::rule)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("contributionBase", "baseWithinBandPolicy"));
		assertThat(PensionPolicy.decide(low, new PensionFacts(true, Optional.of(new PensionBand(2026, 3000, 9000, 1)),
				false))).isEmpty();
		assertThat(PensionPolicy.decide(edge, new PensionFacts(false, Optional.empty(), true)))
			.extracting(Problem::rule)
			.containsExactly("residesLawfullyPolicy", "baseWithinBandPolicy", "notAlreadyEnrolledPolicy");
	}

	@Test
	void aBaseThatIsNoNumberIsNamed() {
		Fixture fixture = new Fixture();
		assertThat(fixture.handler.validate("{\"contributionBase\":\"lots\"}", fixture.applicant))
			.extracting(Problem::field)
			.containsExactly("contributionBase");
		assertThat(fixture.handler.validate("{}", fixture.applicant)).extracting(Problem::field)
			.containsExactly("contributionBase");
	}

	static final class Fixture {

		final PersonKey key = new PersonKey("cd".repeat(32));

		final LocalHukou hukou = mock(LocalHukou.class);

		final ResidencePermits permits = mock(ResidencePermits.class);

		final Applicant applicant = new Applicant(7, "外省居民", FROM_SICHUAN);

		final PensionHandler handler;

		Fixture() {
			PersonalDataProtector protector = mock(PersonalDataProtector.class);
			when(protector.personKey(FROM_SICHUAN)).thenReturn(key);
			PensionBands bands = mock(PensionBands.class);
			when(bands.of(2026)).thenReturn(Optional.of(BAND));
			handler = new PensionHandler(JsonMapper.builder().build(), bands, mock(PensionEnrolments.class), hukou,
					permits, protector,
					Clock.fixed(TODAY.atStartOfDay(ZoneId.of("Asia/Shanghai")).toInstant(), ZoneId.of("Asia/Shanghai")));
		}

	}

}
