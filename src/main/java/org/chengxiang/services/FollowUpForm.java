package org.chengxiang.services;

/**
 * The form of one open follow-up on its page, as typed.
 *
 * @param contactNote how the call back went
 * @param measures what was put right
 */
record FollowUpForm(String contactNote, String measures) {

	/** No form has been sent. */
	static final FollowUpForm NONE = new FollowUpForm(null, null);

}
