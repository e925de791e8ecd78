package org.chengxiang.residence.permits;

/**
 * A police clerk's step on a permit from its page: the version shown, and for a replacement why.
 *
 * @param kind why the card is replaced (换领/补领); not used by a cancellation
 * @param version the version of the permit shown
 */
record StepForm(ReplacementKind kind, Integer version) {

	static final StepForm NONE = new StepForm(null, null);

}
