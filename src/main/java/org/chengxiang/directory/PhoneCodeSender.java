package org.chengxiang.directory;

/**
 * Sends the code that confirms a resident's phone at registration. On the embedded default the
 * {@link LoggedPhoneCodes} write it to the log; a production deployment provides its SMS gateway as a bean
 * implementing this. Without one, online registration answers that it is not available.
 */
public interface PhoneCodeSender {

	/**
	 * @param phone the normalised mainland mobile number
	 * @param code the six digits to type back
	 */
	void send(String phone, String code);

}
