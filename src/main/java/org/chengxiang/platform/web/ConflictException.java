package org.chengxiang.platform.web;

/**
 * A command that the current state of a record does not allow (an illegal transition, a stale edit).
 * Answers 409 with a ProblemDetail.
 */
public class ConflictException extends RuntimeException {

	public ConflictException(String message) {
		super(message);
	}

}
