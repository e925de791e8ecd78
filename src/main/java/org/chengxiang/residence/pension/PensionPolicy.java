package org.chengxiang.residence.pension;

import java.util.List;
import java.util.Optional;

import org.chengxiang.platform.domain.RuleBroken.Problem;
import org.chengxiang.platform.domain.Text;

/**
 * One named rule of flexible-employment pension enrolment. There is no hukou rule: residing lawfully (local hukou or a
 * valid permit) is all that is asked of where a person comes from.
 */
@FunctionalInterface
interface PensionPolicy {

	Optional<Problem> check(PensionApplication application, PensionFacts facts);

	/** Local hukou, or a residence permit valid on the day. */
	PensionPolicy residesLawfullyPolicy = (application, facts) -> facts.residesLawfully() ? Optional.empty()
			: reject("residesLawfullyPolicy", "applicant", "residence.pension.rejection.noResidence");

	/** The base lies inside the year's published band. */
	PensionPolicy baseWithinBandPolicy = (application, facts) -> {
		if (facts.band().isEmpty()) {
			return reject("baseWithinBandPolicy", "contributionBase", "residence.pension.rejection.noBand",
					String.valueOf(application.year()));
		}
		PensionBand band = facts.band().get();
		return application.contributionBase() < band.lowerBase() || application.contributionBase() > band.upperBase()
				? reject("baseWithinBandPolicy", "contributionBase", "residence.pension.rejection.outsideBand",
						String.valueOf(application.contributionBase()), String.valueOf(application.year()),
						String.valueOf(band.lowerBase()), String.valueOf(band.upperBase()))
				: Optional.empty();
	};

	/** One enrolment a year. */
	PensionPolicy notAlreadyEnrolledPolicy = (application, facts) -> facts.alreadyEnrolled()
			? reject("notAlreadyEnrolledPolicy", "applicant", "residence.pension.rejection.alreadyEnrolled",
					String.valueOf(application.year()))
			: Optional.empty();

	static List<PensionPolicy> all() {
		return List.of(residesLawfullyPolicy, baseWithinBandPolicy, notAlreadyEnrolledPolicy);
	}

	/** Every refusal of every rule, at once. */
	static List<Problem> decide(PensionApplication application, PensionFacts facts) {
		return all().stream().map(policy -> policy.check(application, facts)).flatMap(Optional::stream).toList();
	}

	private static Optional<Problem> reject(String policy, String field, String reasonKey, Object... arguments) {
		return Optional.of(new Problem(field, Text.of("residence.pension.rejection.explained",
				Text.of(reasonKey, arguments), Text.of("residence.pension.rule." + policy)), policy));
	}

}
