package org.chengxiang.directory;

/**
 * How pages name a member of staff or a resident: the display name and the unit they work for, never the
 * login name.
 *
 * @param username login name, to find the person again (not for display)
 * @param displayName the person's name, e.g. 张警官
 * @param unit the short name of the person's department, {@code null} for residents
 */
public record PersonName(String username, String displayName, String unit) {

	/** Someone the directory does not know (an account removed since): named by what the record holds. */
	public static PersonName unknown(String username) {
		return new PersonName(username, username, null);
	}

	/** The unit and the name, e.g. 公安局 张警官; the name alone when it already names the unit or there is none. */
	public String label() {
		if (unit == null || unit.isBlank() || displayName.contains(unit)) {
			return displayName;
		}
		return unit + " " + displayName;
	}

}
