package org.chengxiang.training;

import jakarta.validation.constraints.NotNull;

/**
 * A bureau's step on a claim, from its page or the API: the version of the claim shown, and for a cut or a return
 * why.
 *
 * @param reason why a line is cut or the claim returned; not used by a review or an approval
 * @param version the version of the claim shown
 */
record ClaimStepForm(String reason, @NotNull(message = "{training.claim.version.required}") Integer version) {

	static final ClaimStepForm NONE = new ClaimStepForm(null, null);

}
