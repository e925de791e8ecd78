package org.chengxiang.platform.web;

/**
 * Characters no input may carry: the C0 and C1 control characters and DEL (a NUL cannot even be stored in
 * PostgreSQL), except tab, line feed and carriage return, which multi-line text needs. File names also refuse
 * those three and the bidirectional overrides that make {@code photo\u202Egpj.exe} read as a picture.
 */
public final class ControlCharacters {

	private ControlCharacters() {
	}

	/** Whether the text holds a character no text field takes. */
	public static boolean inText(CharSequence text) {
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (isControl(c) && c != '\t' && c != '\n' && c != '\r') {
				return true;
			}
		}
		return false;
	}

	/** Whether a file name holds a control character or a bidirectional override. */
	public static boolean inFileName(CharSequence name) {
		for (int i = 0; i < name.length(); i++) {
			char c = name.charAt(i);
			if (isControl(c) || (c >= '\u202A' && c <= '\u202E') || (c >= '\u2066' && c <= '\u2069')) {
				return true;
			}
		}
		return false;
	}

	private static boolean isControl(char c) {
		return c < 0x20 || (c >= 0x7F && c <= 0x9F);
	}

	static final String REFUSED = "problem.controlCharacters";

	static final String REFUSED_FILE_NAME = "problem.fileNameCharacters";

}
