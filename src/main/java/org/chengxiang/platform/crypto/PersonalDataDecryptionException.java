package org.chengxiang.platform.crypto;

/**
 * A stored personal-data value could not be decrypted: it was altered, truncated, or encrypted
 * with another key.
 */
public class PersonalDataDecryptionException extends RuntimeException {

	PersonalDataDecryptionException(String message) {
		super(message);
	}

	PersonalDataDecryptionException(String message, Throwable cause) {
		super(message, cause);
	}

}
