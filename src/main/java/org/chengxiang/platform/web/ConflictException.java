package org.chengxiang.platform.web;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * A command that the current state of a record does not allow (an illegal transition, a stale edit).
 * Answers 409 with a ProblemDetail.
 */
@ResponseStatus(HttpStatus.CONFLICT)
public class ConflictException extends RuntimeException {

	public ConflictException(String message) {
		super(message);
	}

}
