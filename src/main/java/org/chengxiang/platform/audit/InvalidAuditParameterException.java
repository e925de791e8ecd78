package org.chengxiang.platform.audit;

/**
 * A request parameter of the audit API that cannot be used, with the reason in both languages.
 */
class InvalidAuditParameterException extends RuntimeException {

	private final String field;

	private final String chinese;

	private final String english;

	InvalidAuditParameterException(String field, String chinese, String english) {
		super(english);
		this.field = field;
		this.chinese = chinese;
		this.english = english;
	}

	String field() {
		return field;
	}

	String chinese() {
		return chinese;
	}

	String english() {
		return english;
	}

}
