package org.chengxiang.platform.crypto;

/**
 * The personal-data master key is missing or unusable, so the platform must not start: anything it
 * encrypted now could never be read again.
 */
class PersonalDataKeyException extends IllegalStateException {

	private final String description;

	private final String action;

	PersonalDataKeyException(String description, String action) {
		this(description, action, null);
	}

	PersonalDataKeyException(String description, String action, Throwable cause) {
		super(description + " " + action, cause);
		this.description = description;
		this.action = action;
	}

	String description() {
		return this.description;
	}

	String action() {
		return this.action;
	}

}
