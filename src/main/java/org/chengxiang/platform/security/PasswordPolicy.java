package org.chengxiang.platform.security;

import java.util.Optional;

/**
 * The password rule: at least 8 characters drawn from at least 3 of the 4 classes upper case, lower
 * case, digits and symbols.
 */
public final class PasswordPolicy {

	public static final int MIN_LENGTH = 8;

	public static final int MAX_LENGTH = 64;

	private PasswordPolicy() {
	}

	/** The reason a password is refused, in Chinese and English, or empty when it is acceptable. */
	public static Optional<String> problem(String password) {
		if (password == null || password.length() < MIN_LENGTH) {
			return Optional.of(org.chengxiang.platform.web.Wording.of("密码至少 8 位", "A password has at least 8 characters"));
		}
		if (password.length() > MAX_LENGTH) {
			return Optional.of(org.chengxiang.platform.web.Wording.of("密码最多 64 位", "A password has at most 64 characters"));
		}
		boolean upper = false, lower = false, digit = false, symbol = false;
		for (int i = 0; i < password.length(); i++) {
			char c = password.charAt(i);
			if (Character.isWhitespace(c)) {
				return Optional.of(org.chengxiang.platform.web.Wording.of("密码不能包含空白字符", "A password cannot hold spaces"));
			}
			if (c >= 'A' && c <= 'Z') {
				upper = true;
			}
			else if (c >= 'a' && c <= 'z') {
				lower = true;
			}
			else if (c >= '0' && c <= '9') {
				digit = true;
			}
			else {
				symbol = true;
			}
		}
		int classes = (upper ? 1 : 0) + (lower ? 1 : 0) + (digit ? 1 : 0) + (symbol ? 1 : 0);
		if (classes < 3) {
			return Optional.of(org.chengxiang.platform.web.Wording.of("密码须包含大写字母、小写字母、数字、符号中的至少三类", "Use at least three of: capital letters, small letters, digits, symbols"));
		}
		return Optional.empty();
	}

}
