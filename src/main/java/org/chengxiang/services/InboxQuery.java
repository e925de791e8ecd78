package org.chengxiang.services;

import java.util.regex.Pattern;

import org.chengxiang.platform.crypto.PersonalDataProtector;
import org.chengxiang.platform.crypto.ResidentIdNumbers;
import org.chengxiang.platform.domain.RuleBroken;

/**
 * What a clerk typed into the inbox search: an application number ({@code 210882-20201124-000123}) or a resident ID
 * number, the latter normalised as it is stored. Anything else is refused with the two forms it takes, rather than
 * answered with an empty list that looks like "nobody".
 *
 * @param number the application number, or {@code null}
 * @param idNumber the normalised ID number, or {@code null}
 */
record InboxQuery(String number, String idNumber) {

	private static final Pattern NUMBER = Pattern.compile("\\d{6}-\\d{8}-\\d{6}");

	/**
	 * Reads the text typed.
	 * @throws RuleBroken on field {@code q}, saying which forms are expected
	 */
	static InboxQuery of(String typed) {
		String q = typed == null ? "" : typed.strip();
		if (q.isEmpty()) {
			throw RuleBroken.at("q", "services.inbox.queryRequired");
		}
		String ascii = PersonalDataProtector.normalizeIdNumber(q);
		if (NUMBER.matcher(ascii).matches()) {
			return new InboxQuery(ascii, null);
		}
		if (ResidentIdNumbers.problem(ascii).isEmpty()) {
			return new InboxQuery(null, ascii);
		}
		throw RuleBroken.at("q", "services.inbox.queryForm");
	}

}
