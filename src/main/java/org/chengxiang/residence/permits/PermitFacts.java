package org.chengxiang.residence.permits;

import java.time.LocalDate;
import java.util.Optional;

import org.chengxiang.residence.ResidenceClock.Residence;

/**
 * What the permit rules decide on, found for one application.
 *
 * @param rule the rules in force
 * @param residence the registration of the applicant (for a child, the guardian's)
 * @param holderLocal whether the holder holds local hukou
 * @param holderHasValidPermit whether the holder holds a valid permit today
 * @param childAge the child's age in whole years, when a guardian applies
 * @param today the day of the decision
 */
record PermitFacts(PermitRule rule, Optional<Residence> residence, boolean holderLocal, boolean holderHasValidPermit,
		Integer childAge, LocalDate today) {
}
