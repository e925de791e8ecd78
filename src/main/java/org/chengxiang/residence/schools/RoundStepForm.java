package org.chengxiang.residence.schools;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A step on a round (publish the seed, draw) with the round's version the page showed; the seed may be given (e.g.
 * a number drawn in public) or left empty for a random one.
 */
record RoundStepForm(@NotNull(message = "{residence.schools.version.required}") Integer version, @Size(max = 64, message = "{residence.schools.round.seed.tooLong}") String seed) {
}
