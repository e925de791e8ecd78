package org.chengxiang.platform.web;

/**
 * A record that does not exist, or that the current user may not see: both answer 404 so that a
 * user cannot probe for records outside their scope.
 */
public class NotFoundException extends RuntimeException {

	public NotFoundException(String what) {
		super(what);
	}

}
