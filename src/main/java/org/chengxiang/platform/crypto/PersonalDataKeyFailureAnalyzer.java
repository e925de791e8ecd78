package org.chengxiang.platform.crypto;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * Turns a missing or broken personal-data key into Spring Boot's short "what happened / what to
 * do" startup report instead of a long bean-creation stack trace.
 */
class PersonalDataKeyFailureAnalyzer extends AbstractFailureAnalyzer<PersonalDataKeyException> {

	@Override
	protected FailureAnalysis analyze(Throwable rootFailure, PersonalDataKeyException cause) {
		return new FailureAnalysis(cause.description(), cause.action(), cause);
	}

}
