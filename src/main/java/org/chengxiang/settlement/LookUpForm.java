package org.chengxiang.settlement;

/**
 * The registry's look-up by ID number, sent by POST so that the number stays out of addresses and logs.
 *
 * @param idNumber the resident ID number of anyone in the household
 */
record LookUpForm(String idNumber) {

	static final LookUpForm NONE = new LookUpForm(null);

}
