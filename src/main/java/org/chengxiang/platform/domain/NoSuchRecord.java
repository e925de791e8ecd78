package org.chengxiang.platform.domain;

/**
 * A record that does not exist, or that the current user may not see: both answer 404 so that a user cannot probe
 * for records outside their scope. What was looked for goes to the log only.
 */
public class NoSuchRecord extends RuntimeException {

	public NoSuchRecord(String what) {
		super(what);
	}

}
