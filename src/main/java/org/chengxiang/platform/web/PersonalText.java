package org.chengxiang.platform.web;

import org.chengxiang.platform.domain.Text;

import java.text.Normalizer;
import java.util.Optional;

/**
 * What a real name and an address may hold, for every form that asks for one (registration, staff, settlement
 * members and addresses, service forms).
 *
 * <p>
 * A real name (姓名, as on the ID card) is Chinese characters, or letters of a minority or foreign name whose parts
 * are separated by a middle dot (·) or single spaces, e.g. 阿依古丽·买买提 or Anna Müller. The full-width and
 * half-width katakana dots (・ ･) and the bullet often typed instead are read as the middle dot. Nothing else: no
 * digits, no emoji, no control or invisible characters.
 *
 * <p>
 * An address takes any letters, digits, spaces and punctuation, but no emoji or other pictographs and no control or
 * invisible characters, which a registry would otherwise copy onto documents.
 */
public final class PersonalText {

	/** The longest real name, in characters. */
	public static final int MAX_NAME = 50;

	public static final char MIDDLE_DOT = '·';

	private PersonalText() {
	}

	/**
	 * A name as it is stored: NFC, the dots typed in its place read as the middle dot, surrounding spaces dropped,
	 * runs of spaces made one. {@code null} stays {@code null}.
	 */
	public static String realName(String name) {
		if (name == null) {
			return null;
		}
		String text = Normalizer.normalize(name, Normalizer.Form.NFC)
			.replace('・', MIDDLE_DOT)
			.replace('･', MIDDLE_DOT)
			.replace('•', MIDDLE_DOT)
			.replace('‧', MIDDLE_DOT)
			.replace('\u3000', ' ')
			.strip()
			.replaceAll(" {2,}", " ");
		return text.replaceAll(" ?· ?", String.valueOf(MIDDLE_DOT));
	}

	/** An address as it is stored: NFC, full-width spaces read as spaces, surrounding spaces dropped. */
	public static String address(String address) {
		return address == null ? null
				: Normalizer.normalize(address, Normalizer.Form.NFC).replace('\u3000', ' ').strip();
	}

	/** Why the text is no real name, in the reader's language, or nothing when it is one (blank is for the caller). */
	public static Optional<String> realNameProblem(String name) {
		return realNameRefusal(name).map(ReaderTexts::of);
	}

	/** Why the text is no address, in the reader's language, or nothing when it is one (blank is for the caller). */
	public static Optional<String> addressProblem(String address) {
		return addressRefusal(address).map(ReaderTexts::of);
	}

	/** Why the text is no real name, or nothing when it is one (blank is for the caller). */
	public static Optional<Text> realNameRefusal(String name) {
		String text = realName(name);
		if (text == null || text.isEmpty()) {
			return Optional.empty();
		}
		if (text.codePointCount(0, text.length()) > MAX_NAME) {
			return Optional.of(Text.of("platform.name.tooLong", MAX_NAME));
		}
		boolean han = false;
		boolean latin = false;
		int previous = ' ';
		for (int i = 0; i < text.length();) {
			int c = text.codePointAt(i);
			i += Character.charCount(c);
			if (isHan(c)) {
				han = true;
			}
			else if (Character.isLetter(c) && Character.UnicodeScript.of(c) == Character.UnicodeScript.LATIN) {
				latin = true;
			}
			else if (c == MIDDLE_DOT || c == ' ') {
				if (previous == MIDDLE_DOT || previous == ' ' || i == text.length()) {
					return Optional.of(Text.of("platform.name.separator"));
				}
			}
			else if ((c == '-' || c == '\'') && Character.isLetter(previous) && !isHan(previous)) {
				// Jean-Luc, O'Brien: within a Latin part only
			}
			else {
				return Optional.of(Text.of("validation.realName"));
			}
			previous = c;
		}
		if (previous == '-' || previous == '\'') {
			return Optional.of(Text.of("validation.realName"));
		}
		if (!han && !latin) {
			return Optional.of(Text.of("platform.name.required"));
		}
		return Optional.empty();
	}

	/** Why the text is no address, or nothing when it is one (blank is for the caller). */
	public static Optional<Text> addressRefusal(String address) {
		String text = address(address);
		if (text == null || text.isEmpty()) {
			return Optional.empty();
		}
		for (int i = 0; i < text.length();) {
			int c = text.codePointAt(i);
			i += Character.charCount(c);
			if (Character.isISOControl(c) || isInvisibleOrPictograph(c)) {
				return Optional.of(Text.of("platform.address.pictographs"));
			}
		}
		return Optional.empty();
	}

	private static boolean isHan(int c) {
		return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN && Character.isLetter(c);
	}

	private static boolean isInvisibleOrPictograph(int c) {
		return switch (Character.getType(c)) {
			case Character.FORMAT, Character.PRIVATE_USE, Character.SURROGATE, Character.UNASSIGNED,
					Character.LINE_SEPARATOR, Character.PARAGRAPH_SEPARATOR, Character.OTHER_SYMBOL,
					Character.ENCLOSING_MARK ->
				true;
			// variation selectors turn a character into its emoji form
			case Character.NON_SPACING_MARK -> (c >= 0xFE00 && c <= 0xFE0F) || (c >= 0xE0100 && c <= 0xE01EF);
			default -> false;
		};
	}

}
