package org.chengxiang.directory;

/**
 * How a user is named to other people: their name, and for staff their unit, never their login.
 *
 * @param username the login, to find them by (not for display)
 * @param displayName their name, e.g. 王警官
 * @param unit the short name of their department, e.g. 公安局; {@code null} for residents
 */
public record PersonName(String username, String displayName, String unit) {

	/** Someone the directory does not know (an account removed since): named by what the record holds. */
	public static PersonName unknown(String username) {
		return new PersonName(username, username, null);
	}

}
