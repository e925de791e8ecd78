package org.chengxiang.platform.audit;

/**
 * A request parameter of the audit API that cannot be used, with the message key of the reason.
 */
class InvalidAuditParameterException extends RuntimeException {

	private final String field;

	private final String key;

	InvalidAuditParameterException(String field, String key) {
		super(field + ": " + key);
		this.field = field;
		this.key = key;
	}

	String field() {
		return field;
	}

	String key() {
		return key;
	}

}
