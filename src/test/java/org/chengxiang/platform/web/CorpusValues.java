package org.chengxiang.platform.web;

import java.util.List;

/**
 * The hostile values of the bad-input corpus, by the kind of field they go into. A value marked {@code named} is
 * refused at the edge wherever it is sent (control characters, dates outside 1900–2100, wrong ID numbers), so the
 * answer must name its field. A wrong type or an impossible number is named by the first check that meets it, which
 * may be the missing field beside it; emoji, RTL marks and injection strings may be legitimate text. For those the
 * answer must be a refusal naming some field, never a 5xx.
 */
final class CorpusValues {

	/** One value: its JSON form, its form/query form, and whether every answer must name the field it went into. */
	record Value(String label, Object json, String text, boolean named) {

		static Value named(String label, Object json) {
			return new Value(label, json, String.valueOf(json), true);
		}

		static Value plain(String label, Object json) {
			return new Value(label, json, String.valueOf(json), false);
		}

	}

	/** A string of 1 MB, sent once per endpoint. */
	static final String ONE_MEGABYTE = "a".repeat(1 << 20);

	static final List<Value> TEXT = List.of(Value.named("nul", "甲\u0000乙"), Value.named("bell", "甲\u0007乙"),
			Value.named("escape", "\u001b[31m红\u001b[0m"), Value.named("delete", "a\u007fb"),
			Value.plain("emoji", "城乡😀🏙️👨‍👩‍👧"), Value.plain("rtl", "\u202Egpj.exe\u200F"),
			Value.plain("sql", "'; DROP TABLE directory.department; --"), Value.plain("sql-or", "1' OR '1'='1"),
			Value.plain("html", "<script>alert(1)</script><img src=x onerror=alert(1)>"),
			Value.plain("blank", "   "));

	/**
	 * Wrong ID numbers: check digit, impossible date, lengths, letters, full-width digits. Full-width digits are read
	 * as the digits they are (an input method types them so), so the full-width number is wrong by its check digit.
	 */
	static final List<Value> ID_NUMBERS = List.of(Value.named("id-check-digit", "210882199003071517"),
			Value.named("id-impossible-date", "210882199002301516"), Value.named("id-short", "21088219900307151"),
			Value.named("id-long", "2108821990030715160"), Value.named("id-letters", "21088219900307ABCD"),
			Value.named("id-full-width", "２１０８８２１９９００３０７１５１７"));

	static final List<Value> DATES = List.of(Value.named("date-far-future", "+999999999-12-31"),
			Value.named("date-before-1900", "1899-12-31"), Value.named("date-after-2100", "2101-01-01"),
			Value.named("date-impossible", "2026-02-30"), Value.named("date-words", "yesterday"));

	static final List<Value> DATE_TIMES = List.of(Value.named("datetime-far-future", "+999999999-12-31T23:59:59"),
			Value.named("datetime-before-1900", "1800-01-01T00:00:00"),
			Value.named("datetime-offset-far", "+999999999-12-31T23:59:59+08:00"),
			Value.named("datetime-impossible", "2026-13-01T00:00:00"), Value.named("datetime-words", "tomorrow"));

	static final List<Value> INTEGERS = List.of(Value.plain("negative", -1),
			Value.plain("min-long", Long.MIN_VALUE), Value.plain("overflow", new java.math.BigInteger("99999999999999999999999")),
			Value.plain("letters", "abc"), Value.plain("fraction", 1.5));

	static final List<Value> NUMBERS = List.of(Value.plain("negative", -1e308), Value.plain("huge", 1e308),
			Value.plain("letters", "abc"), Value.plain("nan", "NaN"));

	static final List<Value> BOOLEANS = List.of(Value.plain("maybe", "maybe"), Value.plain("two", 2));

	static final List<Value> ENUMS = List.of(Value.plain("unknown-constant", "NO_SUCH_CONSTANT"),
			Value.named("nul-constant", "A\u0000B"));

	/** What goes into a field of the given OpenAPI type and format (and name, for ID numbers). */
	static List<Value> forField(String name, String type, String format, boolean isEnum) {
		if (isEnum) {
			return ENUMS;
		}
		return switch (type == null ? "string" : type) {
			case "integer" -> INTEGERS;
			case "number" -> NUMBERS;
			case "boolean" -> BOOLEANS;
			case "array", "object" -> List.of(Value.named("not-a-list", "甲\u0000乙"));
			default -> switch (format == null ? "" : format) {
				case "date" -> DATES;
				case "date-time" -> DATE_TIMES;
				case "binary" -> List.of();
				default -> isIdNumber(name) ? concat(ID_NUMBERS, TEXT) : TEXT;
			};
		};
	}

	static boolean isIdNumber(String name) {
		return name.toLowerCase().endsWith("idnumber");
	}

	/** Whole JSON bodies that are wrong however the endpoint reads them. */
	static final List<Value> BODIES = List.of(Value.plain("malformed", "{\"a\": "),
			Value.plain("truncated-string", "{\"a\": \"b"), Value.plain("top-level-array", "[1,2,3]"),
			Value.plain("top-level-string", "\"text\""), Value.plain("empty-object", "{}"),
			Value.plain("raw-nul", "{\"a\": \"\u0000\"}"), Value.plain("deep", "[".repeat(5000) + "]".repeat(5000)));

	/** File names and contents that pretend to be something else. */
	record FakeFile(String label, String filename, String contentType, byte[] content, boolean named) {
	}

	static final List<FakeFile> FILES = List.of(
			new FakeFile("exe-as-jpeg", "photo.jpg", "image/jpeg", new byte[] { 'M', 'Z', (byte) 0x90, 0, 3, 0, 0, 0 },
					false),
			new FakeFile("html-as-pdf", "scan.pdf", "application/pdf",
					"<html><script>alert(1)</script></html>".getBytes(), false),
			new FakeFile("traversal", "../../../../etc/passwd", "image/png", new byte[] { (byte) 0x89, 'P', 'N', 'G' },
					false),
			new FakeFile("windows-traversal", "..\\..\\windows\\win.ini", "text/plain", "[fonts]".getBytes(), false),
			new FakeFile("nul-name", "photo\u0000.jpg", "image/jpeg", new byte[] { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF },
					true),
			new FakeFile("rtl-name", "photo\u202Egpj.exe", "image/jpeg", new byte[] { (byte) 0xFF, (byte) 0xD8 }, true),
			new FakeFile("empty", "empty.xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
					new byte[0], false),
			new FakeFile("zip-bomb-name", "a".repeat(300) + ".docx", "application/zip",
					new byte[] { 'P', 'K', 3, 4, 0, 0 }, false));

	private static <T> List<T> concat(List<T> a, List<T> b) {
		return java.util.stream.Stream.concat(a.stream(), b.stream()).toList();
	}

	private CorpusValues() {
	}

}
