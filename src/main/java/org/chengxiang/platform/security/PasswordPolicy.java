package org.chengxiang.platform.security;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.chengxiang.platform.domain.Text;
import org.chengxiang.platform.web.ReaderTexts;

/**
 * The password rule: 8 to 64 characters drawn from at least 3 of the 4 classes upper case, lower case, digits and
 * symbols; not one of the common passwords of {@code security/common-passwords.txt}, however dressed up with a
 * capital, look-alike symbols ({@code P@ssw0rd}) or a year and a symbol at the end ({@code Chengxiang@2020}); and
 * not holding the user name. Accounts made directly (the demo users) do not pass through it.
 */
public final class PasswordPolicy {

	public static final int MIN_LENGTH = 8;

	public static final int MAX_LENGTH = 64;

	/** The shortest user name the policy looks for inside a password. */
	static final int MIN_NAME_LENGTH = 3;

	private static final Set<String> COMMON = load("/security/common-passwords.txt");

	private PasswordPolicy() {
	}

	/** The reason a password is refused for this user name, worded for the reader, or empty when it is acceptable. */
	public static Optional<String> problem(String password, String username) {
		return refusal(password, username).map(ReaderTexts::of);
	}

	/** The reason a password is refused, worded for the reader, or empty when it is acceptable. */
	public static Optional<String> problem(String password) {
		return refusal(password).map(ReaderTexts::of);
	}

	/** The reason a password is refused for this user name, or empty when it is acceptable. */
	public static Optional<Text> refusal(String password, String username) {
		Optional<Text> problem = refusal(password);
		if (problem.isPresent() || username == null) {
			return problem;
		}
		String name = username.strip().toLowerCase(Locale.ROOT);
		if (name.length() >= MIN_NAME_LENGTH && password.toLowerCase(Locale.ROOT).contains(name)) {
			return Optional.of(Text.of("platform.password.holdsUsername"));
		}
		return Optional.empty();
	}

	/** The reason a password is refused, or empty when it is acceptable. */
	public static Optional<Text> refusal(String password) {
		if (password == null || password.length() < MIN_LENGTH) {
			return Optional.of(Text.of("platform.password.tooShort"));
		}
		if (password.length() > MAX_LENGTH) {
			return Optional.of(Text.of("platform.password.tooLong"));
		}
		boolean upper = false, lower = false, digit = false, symbol = false;
		for (int i = 0; i < password.length(); i++) {
			char c = password.charAt(i);
			if (Character.isWhitespace(c)) {
				return Optional.of(Text.of("platform.password.spaces"));
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
			return Optional.of(Text.of("platform.password.classes"));
		}
		if (isCommon(password)) {
			return Optional.of(Text.of("platform.password.common"));
		}
		return Optional.empty();
	}

	/**
	 * Whether the password is a common one: as typed (lower case), with look-alike symbols read as letters, and
	 * either of these without the digits and symbols at its end.
	 */
	static boolean isCommon(String password) {
		String lower = password.toLowerCase(Locale.ROOT);
		String plain = readLookAlikes(lower);
		for (String candidate : new String[] { lower, plain, stripTail(lower), stripTail(plain) }) {
			if (candidate.length() >= 4 && COMMON.contains(candidate)) {
				return true;
			}
		}
		return false;
	}

	private static String readLookAlikes(String text) {
		StringBuilder plain = new StringBuilder(text.length());
		// only inside the word: digits and symbols at the end are the "year and symbol" the tail strip drops
		int end = text.length();
		while (end > 0 && !Character.isLetter(text.charAt(end - 1))) {
			end--;
		}
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			plain.append(i >= end ? c : switch (c) {
				case '@', '4' -> 'a';
				case '0' -> 'o';
				case '1', '!' -> 'i';
				case '3' -> 'e';
				case '$', '5' -> 's';
				case '7' -> 't';
				default -> c;
			});
		}
		return plain.toString();
	}

	private static String stripTail(String text) {
		int end = text.length();
		while (end > 0 && !Character.isLetter(text.charAt(end - 1))) {
			end--;
		}
		return text.substring(0, end);
	}

	private static Set<String> load(String resource) {
		Set<String> words = new HashSet<>();
		try (InputStream in = PasswordPolicy.class.getResourceAsStream(resource)) {
			if (in == null) {
				throw new IllegalStateException("Missing " + resource);
			}
			BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
			for (String line = reader.readLine(); line != null; line = reader.readLine()) {
				String word = line.strip().toLowerCase(Locale.ROOT);
				if (!word.isEmpty() && !word.startsWith("#")) {
					words.add(word);
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return Set.copyOf(words);
	}

}
