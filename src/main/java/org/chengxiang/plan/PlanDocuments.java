package org.chengxiang.plan;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Pattern;

/** Uploaded plan documents: the text of a .txt, .html or .docx file, or the plan an Excel ledger holds. */
final class PlanDocuments {

	private static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

	private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

	private static final Charset GB18030 = Charset.forName("GB18030");

	private static final Pattern HTML_BREAKS = Pattern
		.compile("(?i)<br\\s*/?>|</(p|div|li|tr|h[1-6]|table|section|article)>");

	private static final Pattern HTML_HIDDEN = Pattern.compile("(?is)<(script|style|head)[^>]*>.*?</\\1>|<!--.*?-->");

	private static final Pattern HTML_TAG = Pattern.compile("<[^>]*>");

	private PlanDocuments() {
	}

	/**
	 * The text of a plan document.
	 * @param content the file's bytes
	 * @param filename the file's name, may be null
	 * @param contentType the declared media type, may be null
	 * @throws NotAPlanException for a file that holds no text to read (.doc, .xlsx, a damaged .docx)
	 */
	static String text(byte[] content, String filename, String contentType) {
		String name = (filename != null) ? filename.toLowerCase(Locale.ROOT) : "";
		String type = (contentType != null) ? contentType.toLowerCase(Locale.ROOT) : "";
		if (name.endsWith(".xlsx") || type.startsWith(XLSX)) {
			throw new NotAPlanException(NotAPlanException.SPREADSHEET);
		}
		if (name.endsWith(".doc") || type.startsWith("application/msword") || isOle2(content)) {
			throw new NotAPlanException(NotAPlanException.DOC);
		}
		if (name.endsWith(".docx") || type.startsWith(DOCX) || isZip(content)) {
			return DocxText.of(content);
		}
		String text = decode(content);
		boolean html = name.endsWith(".html") || name.endsWith(".htm") || type.startsWith("text/html");
		return html ? fromHtml(text) : text;
	}

	/**
	 * The plan an Excel ledger holds.
	 * @throws NotAPlanException when no header row or no task with units is found
	 */
	static ParsedPlan ledger(byte[] xlsx) {
		return LedgerReader.read(xlsx);
	}

	/** UTF-8 when the bytes are valid UTF-8, else GB18030, the superset of GBK that Chinese Windows writes. */
	static String decode(byte[] content) {
		if (startsWith(content, 0xEF, 0xBB, 0xBF)) {
			return new String(content, 3, content.length - 3, StandardCharsets.UTF_8);
		}
		if (startsWith(content, 0xFF, 0xFE)) {
			return new String(content, 2, content.length - 2, StandardCharsets.UTF_16LE);
		}
		if (startsWith(content, 0xFE, 0xFF)) {
			return new String(content, 2, content.length - 2, StandardCharsets.UTF_16BE);
		}
		try {
			return StandardCharsets.UTF_8.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT)
				.decode(ByteBuffer.wrap(content))
				.toString();
		}
		catch (CharacterCodingException ex) {
			return new String(content, GB18030);
		}
	}

	/** Paragraph and line breaks kept, tags and scripts dropped, the common entities resolved. */
	static String fromHtml(String html) {
		String text = HTML_HIDDEN.matcher(html).replaceAll("");
		text = HTML_BREAKS.matcher(text).replaceAll("\n");
		text = HTML_TAG.matcher(text).replaceAll("");
		return text.replace("&nbsp;", " ")
			.replace("&lt;", "<")
			.replace("&gt;", ">")
			.replace("&quot;", "\"")
			.replace("&ldquo;", "“")
			.replace("&rdquo;", "”")
			.replace("&mdash;", "—")
			.replace("&amp;", "&");
	}

	private static boolean isZip(byte[] content) {
		return startsWith(content, 'P', 'K', 3, 4);
	}

	private static boolean isOle2(byte[] content) {
		return startsWith(content, 0xD0, 0xCF, 0x11, 0xE0);
	}

	private static boolean startsWith(byte[] content, int... prefix) {
		if (content.length < prefix.length) {
			return false;
		}
		for (int i = 0; i < prefix.length; i++) {
			if ((content[i] & 0xFF) != prefix[i]) {
				return false;
			}
		}
		return true;
	}

}
